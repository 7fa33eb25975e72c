package org.mosaicintake.staff;

/**
 * A member of staff asked for something outside what they may administer (answered 403, with this
 * message, and recorded in the audit trail as a denied access).
 */
public class NotPermittedException extends RuntimeException {

    private final String actor;
    private final String target;

    /**
     * @param actor   who asked
     * @param target  what they asked for, briefly (a clinic id, "create a clinic")
     * @param message why it is refused
     */
    public NotPermittedException(String actor, String target, String message) {
        super(message);
        this.actor = actor;
        this.target = target;
    }

    public String actor() {
        return actor;
    }

    public String target() {
        return target;
    }
}
