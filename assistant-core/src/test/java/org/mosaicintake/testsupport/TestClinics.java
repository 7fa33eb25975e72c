package org.mosaicintake.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.mosaicintake.persistence.Clinic;

/** Clinics besides the demo one, created once per run for tests that need another clinic's settings. */
public final class TestClinics {

    private TestClinics() {
    }

    /** Creates the clinic unless it exists; its id is returned. */
    public static String ensure(String id, String name, String primaryOrientation, boolean languageModel) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Clinic.findById(id) == null) {
                Clinic clinic = new Clinic();
                clinic.id = id;
                clinic.name = name;
                clinic.locale = "en";
                clinic.country = "US";
                clinic.primaryOrientation = primaryOrientation;
                clinic.languageModel = languageModel;
                clinic.createdAt = Instant.now();
                clinic.persist();
            }
        });
        return id;
    }
}
