package org.mosaicintake.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;
import org.mosaicintake.testsupport.TestClinics;

/**
 * A plan's course through the service (clinical reference, section 12): the clinic's session budget, set
 * by its administrators, bounds the plans made for it; an intake escalated at high risk gets a crisis plan
 * only, and the course is planned when a clinician re-plans with the risk found at review.
 */
@QuarkusTest
class CoursePlanningTest {

    private static final String CLINIC = TestClinics.ensure("budget-clinic", "Budget Clinic", null, false);
    private static final String PASSWORD = "a long clinician password";

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.course", PASSWORD, StaffAccount.CLINICIAN, CLINIC);
    }

    private static String settings(int budget) {
        return """
                {"name": "Budget Clinic", "country": "US", "languageModel": false, "sessionBudget": %d}""".formatted(budget);
    }

    @Test
    void administrators_set_the_session_budget_and_plans_for_the_clinic_keep_within_it_or_say_why() {
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON).body(settings(12))
                .put("/api/v1/admin/clinics/" + CLINIC).then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/clinics/" + CLINIC)
                .then().statusCode(200).extract().jsonPath().getInt("sessionBudget");
        assertThat(given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/clinics/" + CLINIC)
                .then().extract().jsonPath().getInt("sessionBudget")).isEqualTo(12);

        JsonPath plan = given().contentType(ContentType.JSON).body("""
                {"clinic": "%s", "problems": [{"code": "DEPRESSION", "severity": "MODERATE"}], "risk": "NONE", "stageOfChange": "ACTION",
                 "copingStyle": "MIXED", "reactance": "MODERATE", "impairment": "MODERATE", "distress": "MODERATE",
                 "basicId": {"AFFECT": 3, "BEHAVIOR": 2}}""".formatted(CLINIC)).post("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        assertThat(plan.getInt("sessionBudget")).isEqualTo(12);
        int sessions = plan.getInt("estimatedSessions");
        assertThat(sessions).isEqualTo(plan.getList("phases.items.flatten().sessions", Integer.class).stream().mapToInt(i -> i).sum());
        if (sessions > 12) {
            assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).startsWith("Estimated " + sessions + " sessions"));
        }
        // a larger budget gives room for more of the course
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON).body(settings(20))
                .put("/api/v1/admin/clinics/" + CLINIC).then().statusCode(200);
    }

    @Test
    void a_budget_out_of_range_is_refused_naming_the_field_and_the_stored_one_is_kept() {
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON).body(settings(20))
                .put("/api/v1/admin/clinics/" + CLINIC).then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON).body(settings(0))
                .put("/api/v1/admin/clinics/" + CLINIC).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("sessionBudget"));
        given().auth().preemptive().basic("admin", "admin-test-password").contentType(ContentType.JSON)
                .body(settings(20).replace("20}", "\"many\"}")).put("/api/v1/admin/clinics/" + CLINIC).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("sessionBudget"));
        assertThat(given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/clinics/" + CLINIC)
                .then().extract().jsonPath().getInt("sessionBudget")).isEqualTo(20);
        given().auth().preemptive().basic("dr.course", PASSWORD).get("/api/v1/admin/clinics/" + CLINIC).then().statusCode(403);
    }

    @Test
    void an_escalated_intake_gets_a_crisis_plan_and_the_course_is_planned_after_the_clinicians_review() {
        IntakeDriver intake = IntakeDriver.start(CLINIC, "en");
        intake.choice("agree");
        JsonPath r = intake.text("I have felt low for months and I've been saving up my tablets for when it gets too much");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");
        JsonPath crisis = IntakeFlowTest.stored(intake.id, "plan");
        List<String> crisisItems = crisis.getList("phases.items.flatten().techniqueId");
        assertThat(crisisItems).first().isEqualTo("cbt.safety-planning");
        assertThat(crisis.getList("phases[1].items")).isEmpty();
        assertThat(crisis.getList("phases[2].items")).isEmpty();
        assertThat(crisis.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).startsWith("Crisis plan"));

        JsonPath reviewed = given().auth().preemptive().basic("dr.course", PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("riskAfterReview", "MODERATE", "note", "seen today; safety plan in place"))
                .post("/api/v1/clinician/intakes/" + intake.id + "/plan").then().statusCode(200).extract().jsonPath();
        assertThat(reviewed.getInt("currentVersion")).isEqualTo(2);
        List<String> course = reviewed.getList("plan.phases.items.flatten().techniqueId");
        assertThat(course).first().isEqualTo("cbt.safety-planning");
        assertThat(course).hasSizeGreaterThan(crisisItems.size()).contains("cbt.suicide-focused-work");
        assertThat(reviewed.getList("plan.warnings", String.class))
                .contains("Risk reviewed by dr.course: moderate. This plan is made for that level.")
                .noneSatisfy(w -> assertThat(w).startsWith("Crisis plan"));

        given().auth().preemptive().basic("dr.course", PASSWORD).contentType(ContentType.JSON).body(Map.of("riskAfterReview", "fine"))
                .post("/api/v1/clinician/intakes/" + intake.id + "/plan").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("riskAfterReview"));
    }

    @Test
    void a_spanish_intake_gets_its_rationale_and_hope_in_spanish() {
        IntakeDriver intake = IntakeDriver.start(CLINIC, "es");
        intake.completeWith(IntakeDriver.answers("story", "Desde hace meses estoy muy triste y ya no quedo con nadie.",
                "phq9.1", "2", "phq9.2", "2", "phq9.4", "2", "phq9.6", "2", "goals", "Volver a quedar con mis amigas."));
        JsonPath plan = IntakeFlowTest.stored(intake.id, "plan");
        assertThat(plan.getString("rationale")).contains("Volver a quedar con mis amigas.").contains("Esto es una propuesta")
                .doesNotContain("You told us").doesNotContain("This is a proposal");
        assertThat(plan.getString("commonFactors.hope")).startsWith("Este plan se ajusta a usted");
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getString("language")).isEqualTo("es");
        // the plan made at completion is made within the clinic's budget
        int budget = given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/clinics/" + CLINIC)
                .then().extract().jsonPath().getInt("sessionBudget");
        assertThat(plan.getInt("sessionBudget")).isEqualTo(budget);
        assertThat(plan.getInt("estimatedSessions")).isPositive();
    }
}
