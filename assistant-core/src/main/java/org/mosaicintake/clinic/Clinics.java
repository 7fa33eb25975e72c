package org.mosaicintake.clinic;

import org.mosaicintake.persistence.Clinic;

/** Looking up the clinic a request names. */
public final class Clinics {

    private Clinics() {
    }

    /** The id of the demo clinic the first migration creates. */
    public static final String DEMO = "demo";

    /** Whether a clinic takes new clients: every clinic does, except the demo clinic when the demo is switched off. */
    public static boolean open(Clinic clinic, boolean demoEnabled) {
        return clinic != null && (demoEnabled || !DEMO.equals(clinic.id));
    }

    /** @throws UnknownClinicException when there is no such clinic, or it takes no new clients */
    public static Clinic requireOpen(String clinicId, boolean demoEnabled) {
        Clinic clinic = require(clinicId);
        if (!open(clinic, demoEnabled)) {
            throw new UnknownClinicException(clinicId);
        }
        return clinic;
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
