package org.mosaicintake.intake;

/** No intake with that id (or it was withdrawn and erased). */
public class IntakeNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean withdrawn;

    public IntakeNotFoundException(String message, boolean withdrawn) {
        super(message);
        this.withdrawn = withdrawn;
    }

    public boolean withdrawn() {
        return withdrawn;
    }
}
