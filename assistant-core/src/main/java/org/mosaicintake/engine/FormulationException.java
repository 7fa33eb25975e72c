package org.mosaicintake.engine;

/** The formulation names something the installed plugins do not know; carries the field path. */
public class FormulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FormulationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
