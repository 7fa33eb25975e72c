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
 * Red flags through the client API (clinical reference, section 10): each from its screen and from
 * the client's own words whatever the screen said; each sets its flag, tells clinicians plainly and
 * shapes the plan.
 */
@QuarkusTest
@Tag("database")
class RedFlagsTest {

    private static final String CALM_STORY = "I have been feeling low and tired since the spring and I would like some support.";

    private record Done(IntakeDriver intake, JsonPath formulation, JsonPath plan) {
        List<String> flags() {
            return formulation.getList("flags", String.class);
        }

        List<String> warnings() {
            return plan.getList("warnings", String.class);
        }

        List<String> planned() {
            return plan.getList("phases.items.flatten().techniqueId", String.class);
        }
    }

    private static Done intake(Map<String, Object> answers) {
        IntakeDriver intake = IntakeDriver.start("en");
        JsonPath end = intake.completeWith(answers);
        assertThat(end.getString("status")).isEqualTo("COMPLETED");
        return new Done(intake, IntakeFlowTest.stored(intake.id, "formulation"), IntakeFlowTest.stored(intake.id, "plan"));
    }

    @Test
    void possible_psychosis_from_the_screen_or_from_words_calls_for_a_specialist_first_and_no_interpretive_work() {
        Done screen = intake(answers("story", CALM_STORY, "redflag.experiences", "1", "style", "INSIGHT"));
        assertThat(screen.flags()).contains("PSYCHOSIS");
        assertThat(screen.warnings()).anyMatch(w -> w.startsWith("Possible psychosis: specialist assessment before any plan"));
        assertThat(screen.planned()).doesNotContain("psychodynamic.free-association", "psychodynamic.interpreting-defences",
                "mindfulness.mbct-relapse-prevention");

        Done words = intake(answers("story", "I hear voices telling me that my neighbours are plotting against me, and I can't sleep.",
                "redflag.experiences", "0"));
        assertThat(words.flags()).as("words count whatever the screen said").contains("PSYCHOSIS");
    }

    @Test
    void a_known_bipolar_disorder_is_never_given_sleep_restriction() {
        Done words = intake(answers("story", "I was diagnosed with bipolar disorder years ago and I take lithium. I sleep terribly.",
                "phq9.3", "3", "redflag.mood", "0"));
        assertThat(words.flags()).contains("BIPOLAR");
        assertThat(words.planned()).doesNotContain("cbt.sleep-restriction");
        assertThat(words.warnings()).anyMatch(w -> w.contains("psychiatric liaison") && w.contains("no standard sleep restriction"));

        Done screen = intake(answers("story", CALM_STORY, "redflag.mood", "1"));
        assertThat(screen.flags()).contains("BIPOLAR");
    }

    @Test
    void a_positive_scoff_or_purging_in_words_flags_an_eating_disorder() {
        Done screen = intake(answers("story", CALM_STORY, "scoff.gate", "1", "scoff.1", "1", "scoff.2", "1"));
        assertThat(screen.intake().asked).contains("scoff.1", "scoff.5");
        assertThat(screen.formulation().getInt("scores.SCOFF")).isEqualTo(2);
        assertThat(screen.flags()).contains("EATING_DISORDER");
        assertThat(screen.warnings()).anyMatch(w -> w.startsWith("Possible eating disorder: specialist assessment before any plan"));

        Done gateNo = intake(answers("story", CALM_STORY));
        assertThat(gateNo.intake().asked).as("the SCOFF waits behind its gate").doesNotContain("scoff.1");
        assertThat(gateNo.flags()).doesNotContain("EATING_DISORDER");

        Done words = intake(answers("story", "After meals I make myself throw up and I have lost two stone in three months.", "scoff.gate", "0"));
        assertThat(words.flags()).contains("EATING_DISORDER");
    }

    @Test
    void a_positive_audit_c_brings_the_full_audit_and_signs_of_dependence_bring_withdrawal_safety() {
        Done dependent = intake(answers("story", CALM_STORY, "auditc.1", "4", "auditc.2", "3", "auditc.3", "3",
                "audit.4", "3", "audit.6", "3"));
        assertThat(dependent.intake().asked).contains("audit.4", "audit.10");
        assertThat(dependent.formulation().getInt("scores.AUDIT")).isEqualTo(16);
        assertThat(dependent.flags()).contains("SUBSTANCE_DEPENDENCE");
        assertThat(dependent.warnings()).anyMatch(w -> w.contains("Never advise stopping drinking abruptly"));
        assertThat(dependent.planned()).noneMatch(id -> id.startsWith("emdr.") && id.endsWith("protocol"));

        Done light = intake(answers("story", CALM_STORY, "auditc.1", "1"));
        assertThat(light.intake().asked).as("no AUDIT after a negative AUDIT-C").doesNotContain("audit.4");

        Done words = intake(answers("story", "I need a drink first thing in the morning to stop the shakes.", "auditc.1", "0"));
        assertThat(words.flags()).contains("SUBSTANCE_DEPENDENCE");
    }

    @Test
    void a_client_who_says_he_is_a_man_is_read_at_the_men_s_audit_c_cut_off_and_clinicians_are_told() {
        Done him = intake(answers("story", "I'm a 38-year-old man and since the redundancy I have felt low and flat.",
                "auditc.1", "2", "auditc.2", "1", "auditc.3", "0"));
        assertThat(him.intake().asked).as("AUDIT-C 3 is below the men's cut-off of 4").doesNotContain("audit.4", "audit.10");
        assertThat(him.formulation().getInt("scores.AUDITC")).isEqualTo(3);
        assertThat(him.formulation().getList("problems.code", String.class)).doesNotContain("SUBSTANCE_USE");
        assertThat(him.formulation().getList("notes", String.class)).anyMatch(n -> n.startsWith("The AUDIT-C is read at the men's cut-off of 4"));
        assertThat(him.plan().getList("monitoring", String.class)).anyMatch(l -> l.startsWith("AUDIT-C every four weeks (baseline 3, negative screen)"));

        Done unknown = intake(answers("story", CALM_STORY, "auditc.1", "2", "auditc.2", "1", "auditc.3", "0"));
        assertThat(unknown.intake().asked).as("3 where sex is not known").contains("audit.4", "audit.10");
    }

    @Test
    void the_perinatal_question_is_asked_only_where_it_matters_and_protects_sleep() {
        Done nobody = intake(answers("story", CALM_STORY));
        assertThat(nobody.intake().asked).doesNotContain("perinatal");

        Done mother = intake(answers("story", "Since my baby was born four months ago I barely sleep and I cry every day.",
                "perinatal", "baby", "phq9.3", "3"));
        assertThat(mother.intake().asked).contains("perinatal");
        assertThat(mother.flags()).contains("PERINATAL");
        assertThat(mother.planned()).doesNotContain("cbt.sleep-restriction");
        assertThat(mother.warnings()).anyMatch(w -> w.startsWith("Pregnancy or a recent birth: the perinatal pathway"));

        Done psychosisAfterBirth = intake(answers("story", "Since my baby was born I have been struggling.", "perinatal", "baby",
                "redflag.experiences", "1"));
        assertThat(psychosisAfterBirth.warnings()).anyMatch(w -> w.contains("emergency") && w.contains("postpartum psychosis"));
    }

    @Test
    void psychotic_signs_after_a_birth_are_an_emergency_at_once_not_only_in_the_plan() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath turn = intake.text("Since my baby was born three weeks ago I hear voices at night and I think the neighbours are watching me.");
        assertThat(turn.getList("messages", String.class)).anySatisfy(m -> assertThat(m)
                .contains("needs a doctor's attention today").contains("midwife, your doctor or your maternity unit").contains("911"));
        JsonPath list = io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password")
                .get("/api/v1/clinician/intakes").then().statusCode(200).extract().jsonPath();
        assertThat(list.getBoolean("find { it.intakeId == '" + intake.id + "' }.urgent")).as("pinned for clinicians now").isTrue();
        List<org.mosaicintake.persistence.Alert> alerts = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.mosaicintake.persistence.Alert.forIntake(intake.id));
        assertThat(alerts).as("an alert is raised").hasSize(1);
        intake.completeWith(Map.of());
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getList("flags", String.class)).contains("PSYCHOSIS", "PERINATAL");
        assertThat(IntakeFlowTest.stored(intake.id, "plan").getList("warnings", String.class))
                .anyMatch(w -> w.contains("postpartum psychosis"));
    }

    @Test
    void a_yes_to_unusual_experiences_and_then_a_recent_birth_raise_it_too() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(answers("story", CALM_STORY, "redflag.experiences", "1", "panic.1", "1", "panic.2", "1", "panic.3", "1", "panic.4", "1",
                "perinatal", "baby"));
        assertThat(intake.responses).anySatisfy(r -> assertThat(r.getList("messages", String.class))
                .anyMatch(m -> m.contains("needs a doctor's attention today")));
        JsonPath list = io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password")
                .get("/api/v1/clinician/intakes").then().statusCode(200).extract().jsonPath();
        assertThat(list.getBoolean("find { it.intakeId == '" + intake.id + "' }.urgent")).isTrue();
    }
}
