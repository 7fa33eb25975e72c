package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.testsupport.TestClinics;

/**
 * Crisis lines follow the clinic's country, never the client's language: a clinic's own resources
 * per locale where it set them, else the lines Mosaic ships for its country, named in the client's
 * language. Every crisis block says which danger it is about.
 */
@QuarkusTest
@Tag("database")
class ClinicCrisisResourcesTest {

    private static void clinic(String id, String country, String crisisResources) {
        TestClinics.ensure(id, "Riverside Therapy", country, "cbt", false, crisisResources);
    }

    private static JsonPath screen(String clinic, String locale) {
        IntakeDriver intake = IntakeDriver.start(clinic, locale).advanceTo("phq9.9");
        return intake.choice("1");
    }

    @Test
    void a_spanish_speaking_client_of_a_us_clinic_gets_us_lines_in_spanish() {
        JsonPath es = screen("demo", "es");
        assertThat(es.getString("crisis.pathway")).isEqualTo("SUICIDE");
        assertThat(es.getList("crisis.resources.phone", String.class)).containsExactly("988");
        assertThat(es.getString("crisis.resources[0].name")).contains("marca 2 para español");
        assertThat(es.getString("crisis.emergency")).isEqualTo("911");
        assertThat(es.getList("crisis.resources.phone", String.class)).doesNotContain("024");
    }

    @Test
    void an_english_speaking_client_of_a_clinic_in_spain_gets_spanish_lines_in_english() {
        clinic("sevilla", "ES", null);
        JsonPath en = screen("sevilla", "en");
        assertThat(en.getList("crisis.resources.phone", String.class)).contains("024").doesNotContain("988");
        assertThat(en.getString("crisis.resources[0].name")).contains("Spain's suicide crisis line");
        assertThat(en.getString("crisis.emergency")).isEqualTo("112");
    }

    @Test
    void clinics_in_the_uk_and_ireland_get_their_own_lines_and_emergency_numbers() {
        clinic("thames", "GB", null);
        JsonPath uk = screen("thames", "en");
        assertThat(uk.getList("crisis.resources.phone", String.class)).contains("116 123");
        assertThat(uk.getList("crisis.resources.text", String.class)).contains("85258");
        assertThat(uk.getString("crisis.emergency")).startsWith("999");
        clinic("liffey", "IE", null);
        JsonPath ie = screen("liffey", "en");
        assertThat(ie.getList("crisis.resources.phone", String.class)).containsExactly("116 123");
        assertThat(ie.getString("crisis.emergency")).isEqualTo("112 or 999");
    }

    @Test
    void a_country_without_shipped_lines_gets_an_international_directory_never_nothing() {
        clinic("seine", "FR", null);
        JsonPath r = screen("seine", "en");
        assertThat(r.getList("crisis.resources.url", String.class)).containsExactly("https://findahelpline.com");
        assertThat(r.getString("crisis.emergency")).isEqualTo("your local emergency number");
    }

    @Test
    void a_clinic_shows_its_own_resources_and_its_country_s_lines_for_a_locale_it_did_not_configure() {
        clinic("riverside", "GB", """
                {"en": {"resources": [{"name": "Riverside crisis team", "phone": "0800 123 4567", "hours": "24/7"},
                                      {"name": "Shout", "text": "85258"}],
                        "emergency": "999", "helpLine": "our crisis team on 0800 123 4567"}}
                """);
        JsonPath en = screen("riverside", "en");
        assertThat(en.getList("crisis.resources.name", String.class)).containsExactly("Riverside crisis team", "Shout");
        assertThat(en.getString("crisis.emergency")).isEqualTo("999");
        assertThat(en.getString("crisis.message")).contains("0800 123 4567");

        // a Spanish-speaking client of this UK clinic: UK lines, in Spanish; never Spain's
        JsonPath es = screen("riverside", "es");
        assertThat(es.getList("crisis.resources.phone", String.class)).contains("116 123").doesNotContain("024");
        assertThat(es.getString("crisis.emergency")).startsWith("999");
    }

    @Test
    void a_broken_setting_never_leaves_the_client_without_help() {
        clinic("brokenhelp", "US", "{\"en\": {\"resources\": [], \"emergency\": \"\"}}");
        JsonPath r = screen("brokenhelp", "en");
        assertThat(r.getList("crisis.resources.phone", String.class)).containsExactly("988");
        assertThat(r.getString("crisis.emergency")).isEqualTo("911");
    }

    @Test
    void a_clinic_sets_its_own_help_for_violence_at_home_and_keeps_domestic_abuse_lines_where_it_did_not() {
        clinic("harbourdv", "GB", """
                {"en": {"resources": [{"name": "Harbour crisis team", "phone": "0800 765 4321"}], "emergency": "999",
                        "helpLine": "our crisis team on 0800 765 4321"},
                 "en:VIOLENCE_AT_HOME": {"resources": [{"name": "Harbour Women's Refuge", "phone": "0800 111 2222", "hours": "24/7"}],
                        "emergency": "999", "helpLine": "Harbour Women's Refuge on 0800 111 2222"}}
                """);
        IntakeDriver en = IntakeDriver.start("harbourdv", "en");
        en.choice("agree");
        JsonPath vah = en.text("My husband hits me and I am scared of him.");
        assertThat(vah.getString("crisis.pathway")).isEqualTo("VIOLENCE_AT_HOME");
        assertThat(vah.getList("crisis.resources.name", String.class)).containsExactly("Harbour Women's Refuge");
        assertThat(vah.getString("crisis.message")).contains("Harbour Women's Refuge on 0800 111 2222");

        // a locale without its own: the country's domestic-abuse lines, never the clinic's suicide team
        IntakeDriver es = IntakeDriver.start("harbourdv", "es");
        es.choice("agree");
        JsonPath vahEs = es.text("Mi marido me pega y le tengo miedo.");
        assertThat(vahEs.getString("crisis.pathway")).isEqualTo("VIOLENCE_AT_HOME");
        assertThat(vahEs.getList("crisis.resources.phone", String.class)).contains("0808 2000 247").doesNotContain("0800 765 4321");
    }

    @Test
    void a_clinic_s_own_help_for_self_harm_is_what_a_client_who_self_harms_is_shown() {
        clinic("harboursh", "GB", """
                {"en": {"resources": [{"name": "Harbour crisis team", "phone": "0800 765 4321"}], "emergency": "999",
                        "helpLine": "our crisis team on 0800 765 4321"},
                 "en:SELF_HARM": {"resources": [{"name": "Harbour self-harm service", "phone": "0800 333 4444"}],
                        "emergency": "999", "helpLine": "the Harbour self-harm service on 0800 333 4444"}}
                """);
        IntakeDriver en = IntakeDriver.start("harboursh", "en");
        en.choice("agree");
        JsonPath sh = en.text("I cut myself most weeks to cope, but I don't want to die.");
        assertThat(sh.getString("crisis.pathway")).isEqualTo("SELF_HARM");
        assertThat(sh.getList("crisis.resources.name", String.class)).containsExactly("Harbour self-harm service");
    }
}
