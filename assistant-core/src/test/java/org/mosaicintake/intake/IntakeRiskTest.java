package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosaicintake.intake.IntakeDriver.answers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The risk hook of the dialogue: PHQ-9 item 9, risk phrases in free text, and the ASQ outcomes. */
@QuarkusTest
@Tag("database")
class IntakeRiskTest {

    private static IntakeDriver upTo(String promptId) {
        return IntakeDriver.start("en").advanceTo(promptId);
    }

    @Test
    void phq9_item9_above_zero_routes_to_the_risk_screen() {
        IntakeDriver intake = upTo("phq9.9");
        JsonPath r = intake.choice("1");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        assertThat(r.getString("prompt.text")).isEqualTo("In the past few weeks, have you wished you were dead?");
        assertThat(r.getString("crisis.level")).isEqualTo("LOW");
        assertThat(r.getString("crisis.pathway")).isEqualTo("SUICIDE");
        assertThat(r.getList("crisis.resources.phone", String.class)).containsExactly("988");
        assertThat(r.getString("crisis.emergency")).isEqualTo("911");
        assertThat(IntakeFlowTest.stored(intake.id, "state").getList("riskTriggers", String.class)).containsExactly("phq9.9 answered 1");
    }

    @Test
    void phq9_item9_at_zero_does_not() {
        IntakeDriver intake = upTo("phq9.9");
        JsonPath r = intake.choice("0");
        // every item at 0: the difficulty item is skipped too
        assertThat(r.getString("prompt.id")).isEqualTo("gad7.1");
        assertThat(r.getString("crisis")).isNull();
    }

    @Test
    void a_negative_screen_checks_in_and_returns_to_where_the_client_was() {
        IntakeDriver intake = upTo("phq9.9");
        intake.choice("1");
        intake.choice("0");
        intake.choice("0");
        intake.choice("0");
        JsonPath r = intake.choice("0");
        assertThat(r.getString("prompt.id")).isEqualTo("phq9.difficulty");
        assertThat(r.getString("crisis.level")).isEqualTo("LOW");
        assertThat(r.getList("messages", String.class)).anySatisfy(m -> assertThat(m).startsWith("Thank you for answering. If you ever feel unsafe"));
        assertThat(IntakeFlowTest.stored(intake.id, "state").getString("risk")).isEqualTo("LOW");
    }

    @Test
    void a_positive_non_acute_screen_shows_resources_and_continues_gently() {
        IntakeDriver intake = upTo("phq9.9");
        intake.choice("2");
        intake.choice("1");
        intake.choice("0");
        intake.choice("0");
        intake.choice("0");
        assertThat(intake.prompt()).isEqualTo("asq.5");
        JsonPath r = intake.choice("0");
        assertThat(r.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(r.getString("crisis.level")).isEqualTo("MODERATE");
        assertThat(r.getString("prompt.id")).isEqualTo("phq9.difficulty");
        // the resources stay with every later turn
        assertThat(intake.choice("1").getString("crisis.level")).isEqualTo("MODERATE");
    }

    @Test
    void an_acute_screen_escalates_and_stops_the_questions() {
        IntakeDriver intake = upTo("phq9.9");
        intake.choice("3");
        intake.choice("1");
        intake.choice("1");
        intake.choice("1");
        intake.choice("0");
        JsonPath r = intake.choice("1");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");
        assertThat(r.getString("prompt")).isNull();
        assertThat(r.getString("crisis.level")).isEqualTo("IMMINENT");
        assertThat(r.getString("crisis.message")).contains("Your safety comes first right now").contains("911");
        assertThat(intake.send(Map.of("choice", "0")).statusCode()).isEqualTo(409);
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getString("risk")).isEqualTo("IMMINENT");
    }

    @Test
    void refusing_to_answer_counts_as_yes() {
        IntakeDriver intake = upTo("phq9.9");
        intake.choice("1");
        intake.choice("declined");
        assertThat(intake.prompt()).isEqualTo("asq.2");
        intake.choice("0");
        intake.choice("0");
        intake.choice("0");
        assertThat(intake.prompt()).isEqualTo("asq.5");
    }

    @Test
    void a_risk_phrase_in_the_story_opens_the_screen_with_the_crisis_block() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath r = intake.text("Honestly I've been thinking about suicide a lot lately.");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        assertThat(r.getString("crisis.level")).isEqualTo("LOW");
        assertThat(r.getList("crisis.resources.phone", String.class)).contains("988");
        // one denial does not close it
        JsonPath denial = intake.text("I didn't mean it");
        assertThat(denial.getString("prompt.id")).isEqualTo("asq.1");
    }

    @Test
    void a_risk_phrase_typed_at_a_questionnaire_item_opens_the_screen_and_the_item_is_asked_later() {
        IntakeDriver intake = upTo("phq9.4");
        JsonPath r = intake.text("what's the point in going on");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        intake.completeWith(Map.of());
        assertThat(intake.asked).containsSubsequence("asq.1", "asq.4", "phq9.4", "phq9.5");
    }

    @Test
    void a_stated_plan_escalates_at_once() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath r = intake.text("I've been saving up my tablets for when it gets too much");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");
        assertThat(r.getString("crisis.level")).isEqualTo("HIGH");
        assertThat(r.getString("prompt")).isNull();
    }

    @Test
    void an_everyday_idiom_does_not_open_the_screen() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath r = intake.text("This commute is killing me and my deadlines are brutal.");
        assertThat(r.getString("prompt.id")).isEqualTo("phq9.1");
        assertThat(r.getString("crisis")).isNull();
    }

    @Test
    void answers_typed_during_the_screen_are_read_too() {
        IntakeDriver intake = upTo("phq9.9");
        intake.choice("1");
        JsonPath r = intake.text("yes");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.2");
        intake.completeWith(answers("asq.2", "0", "asq.3", "0", "asq.4", "0", "asq.5", "0"));
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getString("risk")).isEqualTo("MODERATE");
    }
}
