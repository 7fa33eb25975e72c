package org.mosaicintake.dialogue;

/** A turn that cannot be an answer to the current prompt, naming the field at fault. */
public class InvalidAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAnswerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
