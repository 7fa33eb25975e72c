package org.mosaicintake.intake;

/** An Idempotency-Key reused for a different turn. */
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException(String message) {
        super(message);
    }
}
