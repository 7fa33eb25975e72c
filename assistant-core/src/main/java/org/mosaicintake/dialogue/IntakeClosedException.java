package org.mosaicintake.dialogue;

/** The intake takes no more turns (completed, escalated or withdrawn), or cannot go back now. */
public class IntakeClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntakeClosedException(String message) {
        super(message);
    }
}
