package org.mosaicintake.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.console.ConsoleSession;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.testsupport.TestClinics;

/**
 * Roles (architecture, "Roles" and "Admin API"): an admin of one clinic administers that clinic only,
 * through the API and the console alike; a superadmin (the first account) every clinic, new clinics,
 * accounts without a clinic and plugin uploads.
 */
@QuarkusTest
@Tag("database")
class AdminRolesTest {

    private static final String PASSWORD = "a long admin password";

    @BeforeEach
    void staff() {
        TestClinics.ensure("north", "North Street Therapy", "cbt", false);
        TestClinics.ensure("south", "South Street Therapy", "cbt", false);
        TestStaff.ensure("north.admin", PASSWORD, StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, "north");
        TestStaff.ensure("south.admin", PASSWORD, StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, "south");
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, username.equals("admin") ? "admin-test-password" : PASSWORD).contentType("application/json");
    }

    private static Map<String, Object> settings(String name) {
        return Map.of("name", name, "country", "GB", "allowedOrigins", List.of("https://north.example"), "sessionBudget", 16);
    }

    @Test
    void a_clinic_admin_changes_its_own_clinic_and_is_refused_anothers_without_changing_it() {
        as("north.admin").body(settings("North Street Therapy")).put("/api/v1/admin/clinics/north").then().statusCode(200)
                .body("sessionBudget", is(16));
        String before = QuarkusTransaction.requiringNew().call(() -> Clinic.<Clinic>findById("south").name);
        as("north.admin").body(settings("Taken over")).put("/api/v1/admin/clinics/south").then().statusCode(403)
                .body("error", containsString("administers clinic 'north' only"));
        as("north.admin").get("/api/v1/admin/clinics/south").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.mosaicintake.persistence.AuditRecord.count(
                "actor = ?1 and action = ?2 and argument = ?3", "north.admin", "access_denied", "clinic south")))
                .as("denied accesses are in the audit trail").isGreaterThanOrEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Clinic.<Clinic>findById("south").name)).isEqualTo(before);
        as("admin").body(settings("South Street Therapy")).put("/api/v1/admin/clinics/south").then().statusCode(200);
    }

    @Test
    void a_clinic_admin_adds_accounts_to_its_own_clinic_only() {
        String name = "north.clin" + System.nanoTime() % 100000;
        as("north.admin").body(Map.of("username", name, "password", PASSWORD, "roles", List.of("clinician"), "clinicId", "north"))
                .post("/api/v1/admin/accounts").then().statusCode(201).body("roles", hasItems("clinician")).body("clinicId", is("north"));
        as("north.admin").body(Map.of("username", name + "x", "password", PASSWORD, "roles", List.of("clinician"), "clinicId", "south"))
                .post("/api/v1/admin/accounts").then().statusCode(403);
        as("north.admin").body(Map.of("username", name + "y", "password", PASSWORD, "roles", List.of("clinician")))
                .post("/api/v1/admin/accounts").then().statusCode(403).body("error", containsString("without a clinic"));
        as("north.admin").body(Map.of("username", name + "z", "password", PASSWORD, "roles", List.of("superadmin")))
                .post("/api/v1/admin/accounts").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAccount.count("username like ?1", name + "_"))).isZero();
        // a field at fault is named, never a 500
        as("north.admin").body(Map.of("username", name + "w", "password", "short", "roles", List.of("clinician"), "clinicId", "north"))
                .post("/api/v1/admin/accounts").then().statusCode(400).body("violations[0].field", is("password"));
        as("north.admin").body(Map.of("username", name + "v", "password", PASSWORD, "roles", List.of("wizard"), "clinicId", "north"))
                .post("/api/v1/admin/accounts").then().statusCode(400).body("violations[0].field", is("role"));
    }

    @Test
    void only_a_superadmin_creates_clinics_accounts_without_a_clinic_and_reads_the_audit_check() {
        String id = "new-" + System.nanoTime() % 100000;
        as("north.admin").body(Map.of("id", id, "name", "New Clinic")).post("/api/v1/admin/clinics").then().statusCode(403);
        as("admin").body(Map.of("id", id, "name", "New Clinic")).post("/api/v1/admin/clinics").then().statusCode(201)
                .body("id", is(id)).body("sessionBudget", is(20));
        as("admin").body(Map.of("id", id, "name", "Again")).post("/api/v1/admin/clinics").then().statusCode(400).body("violations[0].field", is("id"));
        as("admin").body(Map.of("id", "Bad Id!", "name", "x")).post("/api/v1/admin/clinics").then().statusCode(400).body("violations[0].field", is("id"));
        String boss = "boss" + System.nanoTime() % 100000;
        as("admin").body(Map.of("username", boss, "password", PASSWORD, "roles", List.of("superadmin")))
                .post("/api/v1/admin/accounts").then().statusCode(201).body("roles", hasItems("superadmin", "admin", "clinician"));
        as(boss).get("/api/v1/admin/clinics/north").then().statusCode(200);
        as("north.admin").get("/api/v1/admin/audit/verify").then().statusCode(403);
        as("admin").get("/api/v1/admin/audit/verify").then().statusCode(200).body("intact", is(true));
        as("north.admin").contentType("application/java-archive").body(new byte[] {1, 2, 3}).post("/api/v1/admin/plugins").then().statusCode(403);
        as("admin").contentType("application/java-archive").body(new byte[] {1, 2, 3}).post("/api/v1/admin/plugins").then().statusCode(400)
                .body("violations[0].field", is("jar"));
    }

    @Test
    void staff_api_changes_from_another_site_or_as_form_posts_are_refused() {
        given().auth().preemptive().basic("admin", "admin-test-password").header("Origin", "https://evil.example")
                .post("/api/v1/clinician/intakes/00000000-0000-0000-0000-000000000000/approve").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/api/v1/clinician/intakes/00000000-0000-0000-0000-000000000000/approve").then().statusCode(415);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("text/plain").body("{}")
                .post("/api/v1/clinician/intakes/00000000-0000-0000-0000-000000000000/approve").then().statusCode(415);
        as("north.admin").header("Origin", "https://evil.example").body(settings("Evil")).put("/api/v1/admin/clinics/north").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Clinic.<Clinic>findById("north").name)).isNotEqualTo("Evil");
        // the service's own origin, and API clients that send none, are accepted
        String own = io.restassured.RestAssured.baseURI.replaceFirst("^https?://", "") + ":" + io.restassured.RestAssured.port;
        as("north.admin").header("Origin", "http://" + own).body(settings("North Street Therapy")).put("/api/v1/admin/clinics/north").then().statusCode(200);
    }

    @Test
    void a_cross_site_form_post_to_the_admin_api_is_refused() {
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/x-www-form-urlencoded")
                .formParam("id", "sneaky").formParam("name", "Sneaky").post("/api/v1/admin/clinics").then().statusCode(415);
    }

    @Test
    void the_console_shows_a_clinic_admin_its_own_clinic_and_accounts_and_refuses_the_rest() {
        ConsoleSession north = ConsoleSession.signIn("north.admin", PASSWORD);
        String clinics = north.request().get("/console/admin/clinics").asString();
        assertThat(clinics).contains("North Street Therapy").doesNotContain("South Street Therapy").doesNotContain("Harbour Street");
        Response saved = north.post("/console/admin/clinics/south", "name", "Taken over", "country", "US", "primaryOrientation", "cbt",
                "allowedOrigins", "", "accentColour", "#225588", "launcherText", "Hi", "crisisResources", "");
        assertThat(saved.statusCode()).isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Clinic.<Clinic>findById("south").name)).isEqualTo("South Street Therapy");
        String accounts = north.request().get("/console/admin/accounts").asString();
        assertThat(accounts).contains("north.admin").doesNotContain("south.admin").doesNotContain(">admin<")
                .doesNotContain("value=\"superadmin\"").doesNotContain("All clinics");
        assertThat(north.post("/console/admin/accounts/admin/unlock").statusCode()).as("never the superadmin").isEqualTo(403);
        assertThat(north.post("/console/admin/accounts/south.admin/unlock").statusCode()).isEqualTo(403);
        assertThat(north.post("/console/admin/plugins/clinic", "clinicId", "south", "pluginId", "emdr", "enabled", "false").statusCode()).isEqualTo(403);
        assertThat(north.request().get("/console/admin/plugins").asString()).doesNotContain("plugins/upload");
        assertThat(north.request().get("/console/admin/audit").statusCode()).isEqualTo(403);

        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        assertThat(admin.request().get("/console/admin/clinics").asString()).contains("South Street Therapy");
        assertThat(admin.request().get("/console/admin/accounts").asString()).contains("south.admin").contains("value=\"superadmin\"");
    }
}
