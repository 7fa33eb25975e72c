package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosaicintake.intake.IntakeDriver.answers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A screen is not a diagnosis (clinical reference, section 11), through the client API: a positive
 * brief screen makes a problem POSSIBLE with its evidence and an "assess" warning, never a disorder
 * protocol on its own; a validated measure at its cut-off makes it MEASURED; words never overturn a
 * negative screen.
 */
@QuarkusTest
@Tag("database")
class ScreenIsNotDiagnosisTest {

    private static final String STORY = "Work has been stressful and I would like to feel calmer.";

    private static JsonPath[] intake(Map<String, Object> answers) {
        IntakeDriver intake = IntakeDriver.start("en");
        assertThat(intake.completeWith(answers).getString("status")).isEqualTo("COMPLETED");
        return new JsonPath[] {IntakeFlowTest.stored(intake.id, "formulation"), IntakeFlowTest.stored(intake.id, "plan")};
    }

    private static List<String> planned(JsonPath plan) {
        return plan.getList("phases.items.flatten().techniqueId", String.class);
    }

    @Test
    void one_yes_on_the_zf_ocs_is_a_possible_ocd_to_assess_not_exposure_and_response_prevention() {
        JsonPath[] r = intake(answers("story", STORY, "zfocs.gate", "1", "zfocs.2", "1"));
        assertThat(r[0].getString("problems.find { it.code == 'OCD' }.status")).isEqualTo("POSSIBLE");
        assertThat(r[0].getList("problems.find { it.code == 'OCD' }.evidence", String.class)).containsExactly("ZF-OCS: yes to 1 of 5");
        assertThat(planned(r[1])).doesNotContain("cbt.exposure-response-prevention");
        assertThat(r[1].getList("warnings", String.class)).anyMatch(w -> w.startsWith("Possible ocd (ZF-OCS: yes to 1 of 5): assess it"));
        assertThat(r[1].getString("excluded.find { it.techniqueId == 'cbt.exposure-response-prevention' }.reason")).contains("only possible");
    }

    @Test
    void the_phq9_sleep_item_is_a_possible_sleep_problem_not_sleep_restriction() {
        JsonPath[] r = intake(answers("story", STORY, "phq9.3", "3"));
        assertThat(r[0].getString("problems.find { it.code == 'INSOMNIA' }.status")).isEqualTo("POSSIBLE");
        assertThat(r[0].getList("problems.find { it.code == 'INSOMNIA' }.evidence", String.class).get(0)).contains("mixes insomnia and oversleeping");
        assertThat(planned(r[1])).doesNotContain("cbt.sleep-restriction");
    }

    @Test
    void a_validated_measure_at_its_cut_off_is_measured_with_the_instrument_s_band() {
        JsonPath[] r = intake(answers("story", STORY, "phq9.1", "2", "phq9.2", "2", "phq9.4", "2", "phq9.5", "2", "phq9.6", "2", "phq9.7", "2"));
        assertThat(r[0].getInt("scores.PHQ9")).isEqualTo(12);
        assertThat(r[0].getString("problems.find { it.code == 'DEPRESSION' }.status")).isEqualTo("MEASURED");
        assertThat(r[0].getString("problems.find { it.code == 'DEPRESSION' }.severity")).as("PHQ-9 12 is moderate, not mild").isEqualTo("MODERATE");
        assertThat(r[0].getList("problems.find { it.code == 'DEPRESSION' }.evidence", String.class)).containsExactly("PHQ-9 12 (moderate)");
    }

    @Test
    void words_never_turn_a_negative_screen_into_a_problem() {
        JsonPath[] r = intake(answers("story", "Since the car crash I have flashbacks and nightmares and I avoid driving.", "pcptsd5.0", "0"));
        assertThat(r[0].getList("problems.code", String.class)).doesNotContain("PTSD");
        assertThat(planned(r[1])).noneMatch(id -> id.equals("cbt.trauma-focused-cbt") || id.equals("emdr.standard-protocol"));
        assertThat(r[0].getList("notes", String.class)).as("clinicians see the disagreement")
                .anyMatch(n -> n.equals("The client's words suggest ptsd; the screen was negative (PC-PTSD-5)."));
    }

    @Test
    void every_problem_carries_its_status_and_evidence() {
        JsonPath[] r = intake(answers("story", "I feel low and I worry all the time about money.", "phq9.1", "2", "phq9.2", "2", "gad7.1", "3",
                "gad7.2", "3", "gad7.3", "2"));
        assertThat(r[0].getList("problems", Map.class)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("status")).isIn("MEASURED", "POSSIBLE");
            assertThat((List<?>) p.get("evidence")).isNotEmpty();
        });
    }

    @Test
    void what_was_never_asked_stays_null_and_the_summary_says_not_asked() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(answers("story", "I have saved up pills and I plan to take them all tonight."));
        assertThat(intake.last.getString("status")).isEqualTo("ESCALATED");
        JsonPath formulation = IntakeFlowTest.stored(intake.id, "formulation");
        for (String unknown : List.of("stageOfChange", "copingStyle", "reactance", "impairment", "distress", "readiness", "goals")) {
            assertThat(formulation.getMap("$")).as(unknown).containsEntry(unknown, null);
        }
        String narrative = IntakeFlowTest.stored(intake.id, "summary").getString("narrative.text");
        assertThat(narrative).contains("Stage of change: not asked; coping style: not asked; reactance: not asked; distress: not asked; impairment: not asked.");
        assertThat(IntakeFlowTest.stored(intake.id, "plan").getList("warnings", String.class))
                .anyMatch(w -> w.startsWith("Not asked at intake: stage of change, coping style, reactance"));
    }

    @Test
    void readiness_and_goals_reach_the_formulation_and_the_plan_and_the_client_can_correct_the_summary() {
        JsonPath[] r = intake(answers("story", STORY, "readiness", 2, "stage", "PREPARATION", "goals", "To sleep through the night and enjoy weekends.",
                "heard", "correct", "heard.correction", "I forgot to say my father died in May."));
        assertThat(r[0].getInt("readiness")).isEqualTo(2);
        assertThat(r[0].getString("goals")).isEqualTo("To sleep through the night and enjoy weekends.");
        assertThat(r[0].getList("notes", String.class)).anyMatch(n -> n.contains("I forgot to say my father died in May."));
        assertThat(r[1].getList("monitoring", String.class))
                .anyMatch(l -> l.contains("goals as the outcome targets") && l.contains("To sleep through the night and enjoy weekends."));
        assertThat(r[1].getList("commonFactors.alliance", String.class)).anyMatch(l -> l.startsWith("Readiness to change 2 of 10"));
    }
}
