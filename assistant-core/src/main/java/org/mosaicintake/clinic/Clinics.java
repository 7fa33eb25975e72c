package org.mosaicintake.clinic;

import org.mosaicintake.persistence.Clinic;

/** Looking up the clinic a request names. */
public final class Clinics {

    private Clinics() {
    }

    /** @throws UnknownClinicException when there is no such clinic */
    public static Clinic require(String clinicId) {
        Clinic clinic = Clinic.findById(clinicId);
        if (clinic == null) {
            throw new UnknownClinicException(clinicId);
        }
        return clinic;
    }
}
