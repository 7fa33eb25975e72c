package org.mosaicintake.clinic;

import org.mosaicintake.domain.FieldException;

/** A request names a clinic that does not exist. */
public class UnknownClinicException extends FieldException {

    private static final long serialVersionUID = 1L;

    public UnknownClinicException(String clinicId) {
        super("clinic", "no clinic '" + clinicId + "'");
    }
}
