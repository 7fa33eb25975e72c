package org.mosaicintake.intake;

/** The bearer token is missing, wrong or expired for this intake. */
public class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message) {
        super(message);
    }
}
