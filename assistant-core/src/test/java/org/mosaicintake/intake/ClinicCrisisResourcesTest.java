package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.Clinic;
import org.junit.jupiter.api.Tag;

/** Crisis resources are clinic configuration per locale, with the defaults for a locale the clinic left out. */
@QuarkusTest
@Tag("database")
class ClinicCrisisResourcesTest {

    private static void clinic(String id, String crisisResources) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Clinic.findById(id) == null) {
                Clinic clinic = new Clinic();
                clinic.id = id;
                clinic.name = "Riverside Therapy";
                clinic.locale = "en";
                clinic.primaryOrientation = "cbt";
                clinic.crisisResources = crisisResources;
                clinic.createdAt = Instant.now();
                clinic.persist();
            }
        });
    }

    private static JsonPath screen(String clinic, String locale) {
        IntakeDriver intake = IntakeDriver.start(clinic, locale).advanceTo("phq9.9");
        return intake.choice("1");
    }

    @Test
    void a_clinic_shows_its_own_resources_and_the_defaults_for_a_locale_it_did_not_configure() {
        clinic("riverside", """
                {"en": {"resources": [{"name": "Riverside crisis team", "phone": "0800 123 4567", "hours": "24/7"},
                                      {"name": "Shout", "text": "85258"}],
                        "emergency": "999", "helpLine": "our crisis team on 0800 123 4567"}}
                """);
        JsonPath en = screen("riverside", "en");
        assertThat(en.getList("crisis.resources.name", String.class)).containsExactly("Riverside crisis team", "Shout");
        assertThat(en.getString("crisis.emergency")).isEqualTo("999");
        assertThat(en.getString("crisis.message")).contains("0800 123 4567");

        JsonPath es = screen("riverside", "es");
        assertThat(es.getList("crisis.resources.phone", String.class)).contains("024");
        assertThat(es.getString("crisis.emergency")).isEqualTo("112");
    }

    @Test
    void a_broken_setting_never_leaves_the_client_without_help() {
        clinic("brokenhelp", "{\"en\": {\"resources\": [], \"emergency\": \"\"}}");
        JsonPath r = screen("brokenhelp", "en");
        assertThat(r.getList("crisis.resources.phone", String.class)).contains("988", "116 123");
    }
}
