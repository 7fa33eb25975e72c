package org.mosaicintake.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.TestIntakes;
import org.mosaicintake.persistence.StaffAccount;
import org.junit.jupiter.api.Tag;
import org.mosaicintake.staff.TestStaff;

/** The clinicians' list: staff only, escalated and urgent intakes pinned at the top. */
@QuarkusTest
@Tag("database")
class ClinicianListTest {

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.lee", "correct horse battery", StaffAccount.CLINICIAN, "demo");
        TestStaff.ensure("dr.far", "another clinic entirely", StaffAccount.CLINICIAN, "elsewhere");
    }


    private static JsonPath list(String user, String password) {
        return given().auth().preemptive().basic(user, password).get("/api/v1/clinician/intakes")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void escalated_then_urgent_intakes_are_pinned_above_newer_ones() {
        String escalated = TestIntakes.acuteAfterStory("I want to kill myself.").getString("intakeId");
        String moderate = TestIntakes.moderateScreen();
        String low = TestIntakes.negativeScreen(); // the newest

        JsonPath rows = list("dr.lee", "correct horse battery");
        List<String> ids = rows.getList("intakeId", String.class);
        assertThat(ids).containsSubsequence(escalated, moderate, low);
        int lastUrgent = Math.max(ids.indexOf(escalated), ids.indexOf(moderate));
        assertThat(rows.getList("urgent", Boolean.class).subList(0, lastUrgent + 1)).containsOnly(true);
        assertThat(rows.getString("find { it.intakeId == '" + escalated + "' }.status")).isEqualTo("ESCALATED");
        assertThat(rows.getString("find { it.intakeId == '" + low + "' }.risk")).isEqualTo("LOW");
        // the list carries no client text
        assertThat(rows.prettify()).doesNotContain("kill");
    }

    @Test
    void staff_of_another_clinic_do_not_see_these_intakes() {
        TestIntakes.negativeScreen();
        assertThat(list("dr.far", "another clinic entirely").getList("intakeId")).isEmpty();
    }

    @Test
    void no_credentials_a_wrong_password_or_a_client_token_get_401() {
        given().get("/api/v1/clinician/intakes").then().statusCode(401);
        given().auth().preemptive().basic("dr.lee", "wrong").get("/api/v1/clinician/intakes").then().statusCode(401);
        String token = given().contentType("application/json").body("{\"clinic\": \"demo\"}").post("/api/v1/intakes")
                .then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/clinician/intakes").then().statusCode(401);
    }

    @Test
    void the_first_admin_exists_with_the_configured_password() {
        list("admin", "admin-test-password"); // answered 200
        org.mosaicintake.persistence.StaffAccount admin = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.mosaicintake.persistence.StaffAccount.findById("admin"));
        assertThat(admin.roles).contains(org.mosaicintake.persistence.StaffAccount.ADMIN);
        assertThat(admin.passwordHash).startsWith("$2").doesNotContain("admin-test-password");
    }

    @Test
    void a_limit_out_of_range_is_a_400_naming_it() {
        List<String> fields = given().auth().preemptive().basic("dr.lee", "correct horse battery").get("/api/v1/clinician/intakes?limit=0")
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class);
        assertThat(fields).containsExactly("limit");
    }
}
