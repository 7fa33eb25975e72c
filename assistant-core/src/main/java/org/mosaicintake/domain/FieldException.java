package org.mosaicintake.domain;

/**
 * Something the caller sent is not acceptable, and one field is at fault. The REST layer answers 400
 * with the field named; the message never echoes the client's free text.
 */
public class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field path at fault, e.g. {@code choice} or {@code preferences.avoidModalities}. */
    public String field() {
        return field;
    }
}
