package org.mosaicintake.engine;

import org.mosaicintake.domain.FieldException;

/** The formulation names something the installed plugins do not know; carries the field path. */
public class FormulationException extends FieldException {

    private static final long serialVersionUID = 1L;

    public FormulationException(String field, String message) {
        super(field, message);
    }
}
