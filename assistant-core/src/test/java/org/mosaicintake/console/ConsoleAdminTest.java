package org.mosaicintake.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.ClinicPlugin;
import org.mosaicintake.persistence.StaffAccount;
import org.junit.jupiter.api.Tag;

/** Admin pages: clinic settings, plugins per clinic, staff accounts, the audit trail's check. */
@QuarkusTest
@Tag("database")
class ConsoleAdminTest {

    private static ConsoleSession admin() {
        return ConsoleSession.signIn("admin", "admin-test-password");
    }

    @AfterEach
    void restoreDemoClinic() {
        QuarkusTransaction.requiringNew().run(() -> {
            ClinicPlugin.deleteAll();
            Clinic demo = Clinic.findById("demo");
            demo.name = "Harbour Street Counselling (demo)";
            demo.primaryOrientation = "cbt";
            demo.crisisResources = null;
            demo.allowedOrigins = null;
            demo.accentColour = "#1d5c63";
            demo.launcherText = "Start here";
        });
    }

    private static Response save(ConsoleSession admin, Object... overrides) {
        Map<String, Object> form = new java.util.LinkedHashMap<>(Map.of("name", "Harbour Street Counselling", "country", "US", "primaryOrientation", "cbt",
                "allowedOrigins", "https://www.harbour.example\nhttps://book.harbour.example", "accentColour", "#225588",
                "launcherText", "Talk to us", "crisisResources", ""));
        for (int i = 0; i < overrides.length; i += 2) {
            form.put((String) overrides[i], overrides[i + 1]);
        }
        Object[] fields = form.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        return admin.post("/console/admin/clinics/demo", fields);
    }

    @Test
    void clinic_settings_are_saved_and_reach_the_widget() {
        ConsoleSession admin = admin();
        assertThat(admin.request().get("/console/admin/clinics").asString()).contains("Harbour Street Counselling (demo)");
        String crisis = """
                {"en": {"resources": [{"name": "Harbour crisis line", "phone": "0800 123 456", "hours": "24/7"}],
                        "emergency": "999", "helpLine": "the Harbour crisis line on 0800 123 456"}}
                """;
        save(admin, "primaryOrientation", "humanistic", "crisisResources", crisis).then().statusCode(303);
        Clinic demo = QuarkusTransaction.requiringNew().call(() -> Clinic.findById("demo"));
        assertThat(demo.name).isEqualTo("Harbour Street Counselling");
        assertThat(demo.primaryOrientation).isEqualTo("humanistic");
        assertThat(demo.allowedOrigins).isEqualTo("https://www.harbour.example\nhttps://book.harbour.example");
        given().get("/api/v1/clinics/demo/widget").then().statusCode(200)
                .body("accentColour", org.hamcrest.Matchers.equalTo("#225588")).body("launcherText", org.hamcrest.Matchers.equalTo("Talk to us"));
        // a client in crisis now sees the clinic's own line
        IntakeDriver client = IntakeDriver.start("en");
        client.choice("agree");
        var flagged = client.text("Lately I keep thinking everyone would be better off if I were dead.");
        assertThat(flagged.getString("crisis.resources[0].name")).isEqualTo("Harbour crisis line");
    }

    @Test
    void bad_settings_are_refused_naming_the_field_and_nothing_changes() {
        ConsoleSession admin = admin();
        String[][] cases = {
                {"accentColour", "red", "accentColour: must be a colour like #1d5c63"},
                {"allowedOrigins", "https://ok.example *", "allowedOrigins: '*' is not an origin"},
                {"primaryOrientation", "astrology", "primaryOrientation: 'astrology' is not a modality"},
                {"crisisResources", "{\"en\": {\"resources\": []}}", "crisisResources: is not valid"},
                {"crisisResources", "not json", "crisisResources: is not valid"},
                {"crisisResources", "{\"en:FLOODS\": {\"resources\": [{\"name\": \"x\", \"phone\": \"1\"}], \"emergency\": \"9\", \"helpLine\": \"x\"}}",
                        "crisisResources: 'en:FLOODS' is not a locale"},
                {"name", " ", "name: must be between 1 and 200 characters"},
                {"country", "Atlantis", "country: must be a two-letter country code"},
                {"country", "", "country: must be a two-letter country code"},
        };
        for (String[] c : cases) {
            Response r = save(admin, c[0], c[1]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(ConsoleSession.page(r)).as(c[0]).contains(c[2]);
        }
        Clinic demo = QuarkusTransaction.requiringNew().call(() -> Clinic.findById("demo"));
        assertThat(demo.name).isEqualTo("Harbour Street Counselling (demo)");
        assertThat(demo.accentColour).isEqualTo("#1d5c63");
        assertThat(demo.crisisResources).isNull();
        assertThat(demo.country).isEqualTo("US");
    }

    @Test
    void a_plugin_switched_off_for_a_clinic_leaves_its_intake_and_its_plans() {
        ConsoleSession admin = admin();
        assertThat(admin.request().get("/console/admin/plugins?clinic=demo").asString()).contains("emdr").contains("Switch off");
        admin.post("/console/admin/plugins/clinic", "clinicId", "demo", "pluginId", "emdr", "enabled", "false").then().statusCode(303);
        assertThat(admin.request().get("/console/admin/plugins?clinic=demo").asString()).contains("Switch on");

        // EMDR's screening steps are not asked and no EMDR technique is planned for this clinic
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "Since the accident I keep seeing it again and I cannot sleep."));
        assertThat(intake.asked).contains("phq9.1").noneMatch(step -> step.startsWith("pcptsd5.") || step.startsWith("dissociation."));
        org.mosaicintake.intake.IntakeFlowTest.stored(intake.id, "plan");
        assertThat(ConsoleReviewTest.plan(intake.id).phases().stream().flatMap(p -> p.items().stream()))
                .noneMatch(item -> item.modality().equals("emdr"));

        // the plugin giving the clinic's default orientation cannot be switched off
        Response refused = admin.post("/console/admin/plugins/clinic", "clinicId", "demo", "pluginId", "cbt", "enabled", "false");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(refused)).contains("default primary orientation");

        admin.post("/console/admin/plugins/clinic", "clinicId", "demo", "pluginId", "emdr", "enabled", "true").then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClinicPlugin.disabledFor("demo"))).isEmpty();
    }

    @Test
    void admins_add_accounts_with_checked_fields() {
        ConsoleSession admin = admin();
        Response created = admin.post("/console/admin/accounts", "username", "dr.new", "password", "a brand new password", "role", "clinician",
                "clinicId", "demo");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.page(created)).contains("Account 'dr.new' created.");
        assertThat(ConsoleSession.signInAttempt("dr.new", "a brand new password").statusCode()).isEqualTo(303);
        StaffAccount account = QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById("dr.new"));
        assertThat(account.roles).isEqualTo("clinician");
        assertThat(account.passwordHash).startsWith("$2").doesNotContain("a brand new password");

        assertThat(ConsoleSession.page(admin.post("/console/admin/accounts", "username", "dr.new", "password", "another long password", "role", "clinician"))).contains("username: 'dr.new' already exists");
        assertThat(ConsoleSession.page(admin.post("/console/admin/accounts", "username", "dr.short", "password", "short", "role", "clinician"))).contains("password: must be at least 12 characters");
        assertThat(admin.post("/console/admin/accounts", "username", "dr.odd", "password", "a long enough one", "role", "owner")
                .statusCode()).isEqualTo(400);
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById("dr.odd"))).isNull();
    }

    @Test
    void the_audit_page_verifies_the_chain() {
        ConsoleSession admin = admin();
        assertThat(admin.request().get("/console/admin/audit").then().statusCode(200).extract().asString()).contains("The chain is intact");
    }
}
