package org.mosaicintake.staff;

/** A member of staff asked for something outside what they may administer (answered 403, with this message). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
