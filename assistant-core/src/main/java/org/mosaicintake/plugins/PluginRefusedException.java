package org.mosaicintake.plugins;

import org.mosaicintake.domain.FieldException;

/**
 * An uploaded plugin jar was refused before anything of it ran or was installed: invalid (400,
 * field {@code jar}), not trusted (403, field {@code jar}), or replacing a plugin the operator placed
 * or installing an older version without an explicit force (409, field {@code force}).
 */
public class PluginRefusedException extends FieldException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PluginRefusedException(int status, String field, String message) {
        super(field, message);
        this.status = status;
    }

    /** The HTTP status that says why: 400, 403 or 409. */
    public int status() {
        return status;
    }
}
