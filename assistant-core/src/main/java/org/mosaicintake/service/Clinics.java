package org.mosaicintake.service;

import org.mosaicintake.persistence.Clinic;

/** Looking up the clinic a request names. */
final class Clinics {

    private Clinics() {
    }

    /** @throws UnknownClinicException when there is no such clinic */
    static Clinic require(String clinicId) {
        Clinic clinic = Clinic.findById(clinicId);
        if (clinic == null) {
            throw new UnknownClinicException(clinicId);
        }
        return clinic;
    }
}
