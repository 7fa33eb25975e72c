package org.mosaicintake.dialogue;

import org.mosaicintake.domain.FieldException;

/** A turn that cannot be an answer to the current prompt, naming the field at fault. */
public class InvalidAnswerException extends FieldException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String field, String message) {
        super(field, message);
    }
}
