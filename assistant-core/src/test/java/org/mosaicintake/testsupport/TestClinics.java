package org.mosaicintake.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.mosaicintake.persistence.Clinic;

/** Clinics besides the demo one, created once per run for tests that need another clinic's settings. */
public final class TestClinics {

    private TestClinics() {
    }

    /** Creates the clinic (in the US, with the shipped crisis lines) unless it exists; its id is returned. */
    public static String ensure(String id, String name, String primaryOrientation, boolean languageModel) {
        return ensure(id, name, "US", primaryOrientation, languageModel, null);
    }

    /** Creates the clinic unless it exists; {@code crisisResources} is its own JSON setting, or null. Its id is returned. */
    public static String ensure(String id, String name, String country, String primaryOrientation, boolean languageModel,
                                String crisisResources) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Clinic.findById(id) == null) {
                Clinic clinic = new Clinic();
                clinic.id = id;
                clinic.name = name;
                clinic.locale = "en";
                clinic.country = country;
                clinic.crisisResources = crisisResources;
                clinic.primaryOrientation = primaryOrientation;
                clinic.languageModel = languageModel;
                clinic.createdAt = Instant.now();
                clinic.persist();
            }
        });
        return id;
    }
}
