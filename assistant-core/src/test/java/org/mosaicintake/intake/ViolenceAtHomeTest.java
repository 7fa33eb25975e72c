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
 * Violence at home through the client API (clinical reference, section 9): a client who tells of a
 * partner who hurts her is asked first whether it is safe to talk, then about danger, then the ASQ as
 * well; she sees domestic-abuse help, not only suicide lines; clinicians see the intake pinned, the
 * alert names the pathway, and the plan keeps trauma processing, exposure and chair work out while
 * the danger continues, opening with safety planning.
 */
@QuarkusTest
@Tag("database")
class ViolenceAtHomeTest {

    private static final String STORY = "My husband hits me when he has been drinking, last week he hurt my arm, and I am afraid to go home.";

    @Test
    void a_client_hurt_at_home_gets_her_own_questions_help_urgency_and_a_plan_that_waits_for_her_safety() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath disclosed = intake.text(STORY);
        assertThat(disclosed.getString("prompt.id")).isEqualTo("risk.vah.safe");
        assertThat(disclosed.getString("crisis.pathway")).isEqualTo("VIOLENCE_AT_HOME");
        assertThat(disclosed.getList("crisis.resources.phone", String.class)).containsExactly("1-800-799-7233");
        assertThat(disclosed.getString("crisis.emergency")).isEqualTo("911");
        assertThat(disclosed.getString("crisis.message")).contains("not your fault").contains("close this chat quickly");

        intake.choice("1");      // safe to talk now
        intake.choice("1");      // lives with him
        intake.choice("1");      // afraid to go home now
        while (intake.prompt().startsWith("risk.vah.")) {
            intake.choice("0");
        }
        assertThat(intake.prompt()).isEqualTo("asq.1"); // suicide may be present too: asked as well
        for (int i = 0; i < 4; i++) {
            intake.choice("0");
        }
        assertThat(intake.prompt()).isEqualTo("phq9.1");
        assertThat(intake.asked).containsSubsequence("risk.vah.safe", "risk.vah.afraid", "risk.vah.children", "asq.1", "asq.4");

        // clinicians: pinned, with an alert naming the pathway and no client words
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intake.id))).extracting(a -> a.pathway)
                .containsExactly(org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME);
        List<WebhookReceiver.Delivery> got = TestServers.webhook.await(d -> d.body().contains(intake.id), 1, Duration.ofSeconds(20));
        assertThat(JsonPath.from(got.get(0).body()).getString("pathway")).isEqualTo("VIOLENCE_AT_HOME");
        assertThat(got.get(0).body()).doesNotContain("husband", "drinking");
        JsonPath list = given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/clinician/intakes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getBoolean("find { it.intakeId == '" + intake.id + "' }.urgent")).isTrue();

        intake.completeWith(Map.of());
        JsonPath formulation = IntakeFlowTest.stored(intake.id, "formulation");
        assertThat(formulation.getList("flags", String.class)).contains("UNSAFE_ENVIRONMENT");
        JsonPath plan = IntakeFlowTest.stored(intake.id, "plan");
        List<String> planned = plan.getList("phases.items.flatten().techniqueId", String.class);
        assertThat(planned).noneMatch(id -> id.contains("exposure") || id.contains("chair") || id.endsWith("-protocol")
                || id.equals("emdr.cognitive-interweave") || id.equals("cbt.trauma-focused-cbt"));
        assertThat(plan.getString("phases[0].items[0].reasons[0]")).contains("violence at home was disclosed").contains("safety");
        assertThat(plan.getList("excluded.reason", String.class)).anyMatch(r -> r.contains("violence at home was disclosed"));
    }

    @Test
    void a_client_for_whom_it_is_not_safe_to_talk_is_asked_nothing_more_and_is_pinned() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("He threatened me again last night and I am not safe at home.");
        JsonPath r = intake.choice("0");
        assertThat(r.getString("prompt.id")).isEqualTo("phq9.1");
        assertThat(r.getString("crisis.pathway")).isEqualTo("VIOLENCE_AT_HOME");
        assertThat(intake.asked).doesNotContain("risk.vah.afraid", "asq.1");
        JsonPath list = given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/clinician/intakes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getBoolean("find { it.intakeId == '" + intake.id + "' }.urgent")).isTrue();
    }
}
