package org.mosaicintake.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.console.ConsoleSession;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.AuditRecord;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;

/**
 * Junk cannot bury a real crisis (issue 19): the clinicians' list pages and filters, and staff can
 * mark an intake not genuine: it leaves the list, nothing of it is deleted, and it is audited.
 */
@QuarkusTest
@Tag("database")
class TriageTest {

    private static final String PASSWORD = "triage password for tests";

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.triage", PASSWORD, StaffAccount.CLINICIAN, "demo");
    }

    private static RequestSpecification clinician() {
        return given().auth().preemptive().basic("dr.triage", PASSWORD);
    }

    private static String escalated() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "I have saved up pills and I plan to take them all tonight."));
        IntakeFlowTest.stored(intake.id, "summary");
        return intake.id;
    }

    private static String calm() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        return intake.id;
    }

    @Test
    void the_list_pages_with_a_total_and_filters_by_status_and_risk() {
        calm();
        calm();
        String crisis = escalated();
        Response first = clinician().get("/api/v1/clinician/intakes?size=2&page=0").then().statusCode(200).header("Cache-Control", "no-store").extract().response();
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.jsonPath().getList("intakeId")).hasSize(2);
        List<String> second = clinician().get("/api/v1/clinician/intakes?size=2&page=1").then().statusCode(200).extract().jsonPath().getList("intakeId");
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first.jsonPath().getList("intakeId", String.class));

        List<Map<String, Object>> escalations = clinician().get("/api/v1/clinician/intakes?status=escalated&size=500").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(escalations).isNotEmpty().allSatisfy(row -> assertThat(row.get("status")).isEqualTo("ESCALATED"));
        assertThat(escalations).anySatisfy(row -> assertThat(row.get("intakeId")).isEqualTo(crisis));
        List<String> risky = clinician().get("/api/v1/clinician/intakes?risk=HIGH&size=500").then().statusCode(200).extract().jsonPath().getList("risk");
        assertThat(risky).isNotEmpty().allMatch(r -> r.equals("HIGH") || r.equals("IMMINENT"));
    }

    @Test
    void bad_filters_are_a_400_naming_the_field() {
        clinician().get("/api/v1/clinician/intakes?status=SOMETIMES").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("status"));
        clinician().get("/api/v1/clinician/intakes?from=yesterday").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("from"));
        clinician().get("/api/v1/clinician/intakes?size=0").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("size"));
    }

    @Test
    void an_intake_marked_not_genuine_leaves_the_list_keeps_its_safety_data_and_is_audited() {
        String junk = escalated();
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("intakeId", junk));
        clinician().contentType("application/json").body(Map.of()).post("/api/v1/clinician/intakes/" + junk + "/not-genuine").then().statusCode(204);

        assertThat(clinician().get("/api/v1/clinician/intakes?size=500").then().statusCode(200).extract().jsonPath().getList("intakeId"))
                .doesNotContain(junk);
        assertThat(clinician().get("/api/v1/clinician/intakes?size=500&notGenuine=true").then().statusCode(200).extract().jsonPath()
                .getList("intakeId")).contains(junk);
        var summary = clinician().get("/api/v1/clinician/intakes/" + junk + "/summary").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getString("notGenuineBy")).isEqualTo("dr.triage");
        assertThat(summary.getString("risk")).as("the risk screen is kept").isEqualTo("HIGH");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("intakeId = ?1 and action = ?2", junk, "mark_not_genuine")))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("intakeId", junk))).isGreaterThan(audited);

        clinician().contentType("application/json").body(Map.of("notGenuine", false)).post("/api/v1/clinician/intakes/" + junk + "/not-genuine")
                .then().statusCode(204);
        assertThat(clinician().get("/api/v1/clinician/intakes?size=500").then().statusCode(200).extract().jsonPath().getList("intakeId"))
                .contains(junk);
    }

    @Test
    void the_console_filters_pages_and_marks_not_genuine() {
        String junk = escalated();
        ConsoleSession session = ConsoleSession.signIn("dr.triage", PASSWORD);
        String list = session.request().get("/console/intakes?status=ESCALATED").then().statusCode(200).extract().asString();
        assertThat(list).contains("/console/intakes/" + junk).contains("intakes").contains("name=\"status\"");
        session.post("/console/intakes/" + junk + "/not-genuine").then().statusCode(303);
        assertThat(session.request().get("/console/intakes?status=ESCALATED").then().statusCode(200).extract().asString())
                .doesNotContain("/console/intakes/" + junk);
        assertThat(ConsoleSession.page(session.request().get("/console/intakes/" + junk).then().statusCode(200).extract().response()))
                .contains("Marked not genuine by dr.triage");
        assertThat(session.request().get("/console/intakes?notGenuine=true").then().statusCode(200).extract().asString())
                .contains("/console/intakes/" + junk);
    }
}
