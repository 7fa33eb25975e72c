package org.mosaicintake.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.AuditRecord;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;
import org.junit.jupiter.api.Tag;

/** A clinician's day in the console: the list, one intake's summary, changing the plan, approving it. */
@QuarkusTest
@Tag("database")
class ConsoleReviewTest {

    static final String STORY = "Since the redundancy I lie awake going over everything and I have stopped seeing friends.";

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.console", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "demo");
    }

    /** A finished intake whose risk screen ran (PHQ-9 item 9, then a positive, non-acute ASQ): MODERATE. */
    static String screenedIntake() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", STORY, "phq9.1", "2", "phq9.2", "3", "phq9.9", "1", "asq.1", "1", "asq.2", "1",
                "gad7.1", "2", "goals", "Sleep through the night and see my friends again."));
        IntakeFlowTest.stored(intake.id, "plan");
        IntakeFlowTest.stored(intake.id, "summary");
        return intake.id;
    }

    @Test
    void the_list_puts_urgent_intakes_first_and_shows_no_client_words() {
        String calm = completedCalmIntake();
        String screened = screenedIntake();
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        String page = session.request().get("/console/intakes").then().statusCode(200).extract().asString();
        assertThat(page).contains("/console/intakes/" + screened).contains("/console/intakes/" + calm);
        assertThat(page.indexOf("/console/intakes/" + screened)).isLessThan(page.indexOf("/console/intakes/" + calm));
        assertThat(page).contains("Moderate").contains("Urgent").contains("Awaiting review");
        assertThat(page).doesNotContain("redundancy");
    }

    @Test
    void the_summary_shows_words_scores_risk_profile_and_plan_and_the_read_is_audited() {
        String id = screenedIntake();
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        long auditBefore = auditCount(id);
        String page = session.request().get("/console/intakes/" + id).then().statusCode(200).extract().asString();
        // the client's own words and goals
        assertThat(page).contains("I lie awake going over everything").contains("Sleep through the night");
        // PHQ-9 with its band and the verbatim items with the answers shown to the client
        assertThat(page).contains("PHQ-9: ").contains("Little interest or pleasure in doing things").contains("Nearly every day");
        // the risk screen: what set it off, what the client was shown, the answers
        assertThat(page).contains("phq9.9").contains("During the screen the client was shown").contains("988");
        // BASIC I.D. chart, formulation, plan by phase with the common factors
        assertThat(page).contains("<svg class=\"chart\"").contains("Interpersonal").contains("Stage of change");
        assertThat(page).contains("Phase 1: Stabilization").contains("Common factors").contains("Monitoring").contains("Approve version 1");
        assertThat(auditCount(id)).isGreaterThan(auditBefore);
    }

    @Test
    void the_summary_shows_each_problem_s_status_and_evidence_and_the_red_flags() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "Work has been stressful lately.", "zfocs.gate", "1", "zfocs.2", "1", "redflag.experiences", "1",
                "phq9.1", "2", "phq9.2", "2", "phq9.4", "2", "phq9.5", "2", "phq9.6", "2", "phq9.7", "2"));
        IntakeFlowTest.stored(intake.id, "plan");
        IntakeFlowTest.stored(intake.id, "summary");
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        String page = session.request().get("/console/intakes/" + intake.id).then().statusCode(200).extract().asString();
        assertThat(page).contains("Depression (Moderate, measured): PHQ-9 12 (moderate)");
        assertThat(page).contains("Ocd (Mild, possible, to assess): ZF-OCS: yes to 1 of 5");
        assertThat(page).contains("Flags (red flags and safety)").contains("Psychosis");
        assertThat(page).contains("Possible psychosis: specialist assessment before any plan");
    }

    @Test
    void re_plan_edit_wording_remove_add_and_approve_through_the_forms() {
        String id = screenedIntake();
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        Plan first = plan(id);
        String other = first.primaryOrientation().equals("humanistic") ? "psychodynamic" : "humanistic";

        Response replan = session.post("/console/intakes/" + id + "/plan", "action", "replan", "primaryOrientation", other,
                "note", "prefers to explore feelings");
        assertThat(replan.statusCode()).isEqualTo(303);
        assertThat(plan(id).primaryOrientation()).isEqualTo(other);

        Plan.PlanItem item = plan(id).phases().get(0).items().get(0);
        session.post("/console/intakes/" + id + "/plan", "action", "edit", "techniqueId", item.techniqueId(),
                "clientDescription", "We will first make a plan together for the hard nights.").then().statusCode(303);
        Plan.PlanItem edited = plan(id).phases().get(0).items().get(0);
        assertThat(edited.clientDescription()).isEqualTo("We will first make a plan together for the hard nights.");
        assertThat(edited.framing()).isEqualTo(item.framing());
        assertThat(edited.reasons()).contains("wording edited by dr.console");

        List<Plan.PlanItem> items = plan(id).items();
        String last = items.get(items.size() - 1).techniqueId();
        session.post("/console/intakes/" + id + "/plan", "action", "remove", "techniqueId", last).then().statusCode(303);
        assertThat(techniques(plan(id))).doesNotContain(last);

        session.post("/console/intakes/" + id + "/approve").then().statusCode(303);
        IntakeRecord approved = record(id);
        assertThat(approved.reviewStatus).isEqualTo(org.mosaicintake.review.ReviewStatus.APPROVED);
        assertThat(approved.approvedBy).isEqualTo("dr.console");
        assertThat(approved.approvedVersion).isEqualTo(4);
        String page = session.request().get("/console/intakes/" + id).asString();
        assertThat(page).contains("Approved by dr.console").doesNotContain("Approve version");
        // every version kept, with who and why
        List<PlanVersion> versions = QuarkusTransaction.requiringNew().call(() -> PlanVersion.of(id));
        assertThat(versions).extracting(v -> v.author).containsExactly("mosaic", "dr.console", "dr.console", "dr.console");
        assertThat(org.mosaicintake.intake.IntakeFlowTest.open(id, versions.get(1).note)).isEqualTo("prefers to explore feelings");
        assertThat(versions).extracting(v -> org.mosaicintake.intake.IntakeFlowTest.open(id, v.change)).containsExactly(null, "re-planned under " + other,
                "reworded " + item.techniqueId(), "removed " + last);
        assertThat(page).contains("re-planned under " + other).contains("Proposed by Mosaic");
    }

    @Test
    void a_bad_change_is_refused_naming_the_field_and_the_plan_is_unchanged() {
        String id = screenedIntake();
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        String before = record(id).plan;
        Response bad = session.post("/console/intakes/" + id + "/plan", "action", "add", "techniqueId", "no-such-technique", "phase", "PROCESSING");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(bad)).contains("add[0].techniqueId").contains("no technique 'no-such-technique'");
        Response blank = session.post("/console/intakes/" + id + "/plan", "action", "rationale", "rationale", "   ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(blank)).contains("rationale: must be between 1 and 4000 characters");
        assertThat(record(id).plan).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PlanVersion.latest(id))).isEqualTo(1);
    }

    @Test
    void staff_of_another_clinic_cannot_open_the_intake() {
        String id = screenedIntake();
        TestStaff.ensure("dr.faraway", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "elsewhere");
        ConsoleSession other = ConsoleSession.signIn("dr.faraway", ConsoleSignInTest.PASSWORD);
        other.request().get("/console/intakes/" + id).then().statusCode(404);
        other.post("/console/intakes/" + id + "/approve").then().statusCode(404);
        assertThat(other.request().get("/console/intakes").asString()).doesNotContain(id);
        assertThat(record(id).reviewStatus).isEqualTo(org.mosaicintake.review.ReviewStatus.AWAITING_REVIEW);
    }

    @Test
    void an_intake_still_in_progress_shows_what_there_is_and_cannot_be_approved() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Work has been overwhelming and I cry in the car before my shifts.");
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        String page = session.request().get("/console/intakes/" + intake.id).then().statusCode(200).extract().asString();
        assertThat(page).contains("In progress").contains("I cry in the car before my shifts")
                .contains("The plan is made when the client finishes the intake.").doesNotContain("Approve version");
        Response early = session.post("/console/intakes/" + intake.id + "/approve");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(ConsoleSession.page(early)).contains("Not possible yet").contains("the client has not finished");
    }

    @Test
    void console_errors_are_pages_that_escape_what_came_from_the_address() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", ConsoleSignInTest.PASSWORD);
        Response missing = session.request().get("/console/intakes/<b>nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.asString()).contains("Not found").contains("&lt;b&gt;nope").doesNotContain("<b>nope")
                .contains("Back to the intakes");
        // a form without the session's token: a page saying so, not JSON
        Response forged = session.request().contentType("application/x-www-form-urlencoded").formParam("csrf", "forged")
                .post("/console/intakes/x/approve");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).contains("Not allowed").contains("This form has expired");
    }

    static String completedCalmIntake() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "I want to feel more confident at work.", "phq9.1", "1"));
        IntakeFlowTest.stored(intake.id, "plan");
        return intake.id;
    }

    static Plan plan(String id) {
        String json = org.mosaicintake.intake.IntakeFlowTest.open(id, record(id).plan);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json, Plan.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> techniques(Plan plan) {
        return plan.phases().stream().flatMap(p -> p.items().stream()).map(Plan.PlanItem::techniqueId).toList();
    }

    static IntakeRecord record(String id) {
        return QuarkusTransaction.requiringNew().call(() -> IntakeRecord.findById(id));
    }

    static long auditCount(String id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("intakeId", id));
    }
}
