package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.alerts.WebhookReceiver;
import org.mosaicintake.persistence.Alert;
import org.mosaicintake.testsupport.TestServers;

/**
 * Harm to others through the client API (clinical reference, section 9): a conditional threat gets
 * its own calm questions and the ASQ, the HARM_TO_OTHERS flag, urgency with an identifiable person and
 * means, an alert naming the pathway, and a plan that waits for a clinician's review; unwanted
 * intrusive thoughts of harm get a normalising question and message and are never handled as a threat.
 */
@QuarkusTest
@Tag("database")
class HarmToOthersTest {

    @Test
    void a_client_who_threatens_his_boss_is_asked_calmly_flagged_pinned_and_his_plan_waits_for_review() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath disclosed = intake.text("Work is hell. If my boss humiliates me in front of everyone again I swear I'll beat the crap out of him.");
        assertThat(disclosed.getString("prompt.id")).isEqualTo("risk.hto.who");
        assertThat(disclosed.getString("crisis.pathway")).isEqualTo("HARM_TO_OTHERS");
        assertThat(disclosed.getString("crisis.message")).contains("a clinician will talk with you");
        assertThat(disclosed.getList("crisis.resources.phone", String.class)).containsExactly("988");
        assertThat(disclosed.getString("crisis.emergency")).isEqualTo("911");

        intake.choice("work");
        intake.choice("weekly");
        intake.choice("0");  // intent
        intake.choice("0");  // plan
        intake.choice("1");  // hurt someone before
        intake.choice("1");  // can get a weapon
        assertThat(intake.prompt()).isEqualTo("asq.1"); // threats to others often come with suicidal thinking
        for (int i = 0; i < 4; i++) {
            intake.choice("0");
        }
        assertThat(intake.prompt()).isEqualTo("phq9.1");
        assertThat(intake.asked).containsSubsequence("risk.hto.who", "risk.hto.intent", "risk.hto.weapon", "asq.1");

        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intake.id))).extracting(a -> a.pathway)
                .containsExactly(org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS);
        List<WebhookReceiver.Delivery> got = TestServers.webhook.await(d -> d.body().contains(intake.id), 1, Duration.ofSeconds(20));
        assertThat(JsonPath.from(got.get(0).body()).getString("pathway")).isEqualTo("HARM_TO_OTHERS");
        assertThat(got.get(0).body()).doesNotContain("boss", "crap");
        JsonPath list = given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/clinician/intakes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getBoolean("find { it.intakeId == '" + intake.id + "' }.urgent")).isTrue();

        intake.completeWith(Map.of());
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getList("flags", String.class)).contains("HARM_TO_OTHERS");
        JsonPath plan = IntakeFlowTest.stored(intake.id, "plan");
        assertThat(plan.getList("warnings", String.class)).anyMatch(w -> w.contains("review the risk to others before any part of this plan")
                && w.contains("duty to protect"));
        assertThat(plan.getList("phases.items.flatten().techniqueId", String.class)).doesNotContain("cbt.anger-regulation");
    }

    @Test
    void a_new_mother_with_unwanted_thoughts_of_harming_her_baby_is_reassured_and_flagged_not_treated_as_a_threat() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath disclosed = intake.text("Since my son was born I keep getting images of hurting him, like dropping him. "
                + "They horrify me, I would never do it, and now I avoid bathing him.");
        assertThat(disclosed.getString("prompt.id")).isEqualTo("risk.it.unwanted");
        assertThat(disclosed.getString("crisis")).isNull();
        assertThat(disclosed.getList("messages", String.class)).anyMatch(m -> m.contains("does not make someone dangerous"));
        intake.choice("1");
        JsonPath after = intake.choice("0");
        assertThat(after.getString("prompt.id")).isEqualTo("phq9.1");
        assertThat(after.getString("crisis")).isNull();
        assertThat(intake.asked).noneMatch(id -> id.startsWith("asq.") || id.startsWith("risk.hto."));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intake.id))).isEmpty();

        intake.completeWith(Map.of());
        JsonPath formulation = IntakeFlowTest.stored(intake.id, "formulation");
        assertThat(formulation.getList("flags", String.class)).contains("INTRUSIVE_THOUGHTS").doesNotContain("HARM_TO_OTHERS");
        assertThat(formulation.getString("risk")).isEqualTo("NONE");
        assertThat(IntakeFlowTest.stored(intake.id, "plan").getList("warnings", String.class))
                .anyMatch(w -> w.contains("not a threat") && w.contains("perinatal OCD"));
    }
}
