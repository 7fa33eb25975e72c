package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosaicintake.intake.IntakeDriver.answers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.persistence.IntakeRecord;
import org.junit.jupiter.api.Tag;

/** Whole intakes through the client API, for clients with different difficulties. */
@QuarkusTest
@Tag("database")
public class IntakeFlowTest {

    /**
     * A stored column of an intake. The formulation, plan and summary are made just after the last turn
     * commits: for those, wait (up to 20 s) until they are there.
     */
    public static JsonPath stored(String intakeId, String column) {
        if (column.equals("state")) {
            String state = open(intakeId, record(intakeId).state);
            return state == null ? null : JsonPath.from(state);
        }
        IntakeRecord record = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> record(intakeId), r -> column(r, column) != null || !java.util.Set.of(org.mosaicintake.dialogue.IntakeStatus.COMPLETED, org.mosaicintake.dialogue.IntakeStatus.ESCALATED).contains(r.status));
        String json = open(intakeId, column(record, column));
        return json == null ? null : JsonPath.from(json);
    }

    /** A sealed column opened, as the service reads it (the text at rest is encrypted). */
    public static String open(String intakeId, String sealed) {
        var cipher = io.quarkus.arc.Arc.container().instance(org.mosaicintake.crypto.IntakeCipher.class).get();
        return QuarkusTransaction.requiringNew().call(() -> cipher.open(intakeId, sealed));
    }

    private static IntakeRecord record(String intakeId) {
        return QuarkusTransaction.requiringNew().call(() -> IntakeRecord.findById(intakeId));
    }

    private static String column(IntakeRecord record, String column) {
        return switch (column) {
            case "formulation" -> record.formulation;
            case "plan" -> record.plan;
            case "summary" -> record.summary;
            default -> record.state;
        };
    }

    @Test
    void a_client_with_low_mood_completes_the_intake_and_gets_scores_a_formulation_and_a_plan() {
        IntakeDriver intake = IntakeDriver.start("en");
        assertThat(intake.prompt()).isEqualTo("consent");
        JsonPath end = intake.completeWith(answers(
                "story", "For months I have felt flat and tired, I stopped seeing friends and I can't enjoy anything.",
                "phq9.1", "2", "phq9.2", "2", "phq9.3", "2", "phq9.4", "2", "phq9.5", "2", "phq9.6", "2", "phq9.7", "2", "phq9.8", "1",
                "phq9.difficulty", "2",
                "gad7.1", "2", "gad7.2", "2", "gad7.3", "1", "gad7.4", "2", "gad7.5", "0", "gad7.6", "1", "gad7.7", "1",
                "basicid.affect", "Sadness, mostly, and guilt.", "basicid.affect.rating", "3", "basicid.behavior.rating", "2",
                "basicid.cognition.rating", "2",
                "wsas.1", "4", "wsas.2", "4", "wsas.3", "5", "wsas.4", "3", "wsas.5", "4",
                "stage", "ACTION", "readiness", 8, "coping", "EXTERNALIZING", "reactance", "LOW", "style", "SKILLS",
                "goals", "To enjoy things again and see my friends."));
        assertThat(end.getString("status")).isEqualTo("COMPLETED");
        assertThat(end.getString("prompt")).isNull();
        assertThat(end.getList("messages", String.class)).anySatisfy(m -> assertThat(m).contains("A clinician from Harbour Street Counselling (demo) will read your answers"));
        assertThat(end.getInt("progress.percent")).isEqualTo(100);

        // skip logic: no drinking, no trauma, no panic attack: their follow-ups were never asked
        assertThat(intake.asked).contains("phq9.difficulty", "auditc.1", "pcptsd5.0", "panic.1", "zfocs.gate", "goals", "heard")
                .doesNotContain("auditc.2", "auditc.3", "pcptsd5.1", "panic.2", "asq.1");

        JsonPath f = stored(intake.id, "formulation");
        assertThat(f.getInt("scores.PHQ9")).isEqualTo(15);
        assertThat(f.getInt("scores.GAD7")).isEqualTo(9);
        assertThat(f.getInt("scores.WSAS")).isEqualTo(20);
        assertThat(f.getInt("scores.AUDITC")).isZero();
        assertThat(f.getInt("scores.PCPTSD5")).isZero();
        // three from the questionnaires; "I stopped seeing friends" adds a relationship difficulty from the client's words
        assertThat(f.getList("problems.code", String.class)).containsExactly("DEPRESSION", "GENERALIZED_ANXIETY", "INSOMNIA", "RELATIONSHIP");
        // a screen is not a diagnosis: PHQ-9 15 measures depression (severe for the plan, "moderately severe" in its own bands);
        // GAD-7 9 is below its cut-off and the sleep item mixes insomnia and oversleeping: possible, with their evidence
        assertThat(f.getString("problems.find { it.code == 'DEPRESSION' }.severity")).isEqualTo("SEVERE");
        assertThat(f.getString("problems.find { it.code == 'DEPRESSION' }.status")).isEqualTo("MEASURED");
        assertThat(f.getList("problems.find { it.code == 'DEPRESSION' }.evidence", String.class)).containsExactly("PHQ-9 15 (moderately severe)");
        assertThat(f.getString("problems.find { it.code == 'GENERALIZED_ANXIETY' }.severity")).isEqualTo("MILD");
        assertThat(f.getString("problems.find { it.code == 'GENERALIZED_ANXIETY' }.status")).isEqualTo("POSSIBLE");
        assertThat(f.getString("problems.find { it.code == 'INSOMNIA' }.status")).isEqualTo("POSSIBLE");
        assertThat(f.getList("problems.find { it.code == 'RELATIONSHIP' }.evidence", String.class)).containsExactly("the client's own words");
        assertThat(f.getString("risk")).isEqualTo("NONE");
        assertThat(f.getString("stageOfChange")).isEqualTo("ACTION");
        assertThat(f.getString("copingStyle")).isEqualTo("EXTERNALIZING");
        assertThat(f.getString("impairment")).isEqualTo("MODERATE");
        assertThat(f.getString("distress")).isEqualTo("HIGH");
        assertThat(f.getInt("basicId.AFFECT")).isEqualTo(3);
        assertThat(f.getString("preferences.style")).isEqualTo("SKILLS");

        JsonPath plan = stored(intake.id, "plan");
        assertThat(plan.getString("primaryOrientation")).isEqualTo("cbt");
        assertThat(plan.getList("phases.items.flatten().techniqueId", String.class)).contains("cbt.behavioural-activation");

        // the client's own words are kept in the transcript
        List<IntakeMessage> transcript = QuarkusTransaction.requiringNew().call(() -> IntakeMessage.transcript(intake.id));
        assertThat(transcript).anySatisfy(m -> assertThat(open(intake.id, m.body)).isEqualTo("To enjoy things again and see my friends."));
        assertThat(transcript).anySatisfy(m -> assertThat(open(intake.id, m.body)).isEqualTo("Several days"));
    }

    @Test
    void a_client_with_trauma_drinking_and_panic_who_is_pregnant_gets_each_screen_scored_and_flagged() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(answers(
                "story", "Since the accident I can't sleep, I drink to calm down, and I get sudden attacks of fear. A friend said EMDR helped her but it sounds scary.",
                "basicid.imagery.rating", "3", "basicid.sensation.rating", "3",
                "perinatal", "pregnant",
                "auditc.1", "3", "auditc.2", "2", "auditc.3", "2",
                "stage", "CONTEMPLATION", "coping", "INTERNALIZING", "reactance", "HIGH", "style", "INSIGHT", "avoid", "emdr",
                "panic.1", "1", "panic.2", "1", "panic.3", "1", "panic.4", "1",
                "pcptsd5.0", "1", "pcptsd5.1", "1", "pcptsd5.2", "1", "pcptsd5.3", "1", "pcptsd5.4", "1", "pcptsd5.5", "0",
                "dissociation.1", "2"));
        assertThat(intake.last.getString("status")).isEqualTo("COMPLETED");
        assertThat(intake.asked).contains("auditc.2", "auditc.3", "panic.4", "pcptsd5.5", "dissociation.2");
        JsonPath f = stored(intake.id, "formulation");
        assertThat(f.getInt("scores.PCPTSD5")).isEqualTo(4);
        assertThat(f.getInt("scores.AUDITC")).isEqualTo(7);
        assertThat(f.getList("problems.code", String.class)).contains("PTSD", "SUBSTANCE_USE", "PANIC");
        assertThat(f.getString("problems.find { it.code == 'SUBSTANCE_USE' }.severity")).isEqualTo("MILD");
        assertThat(f.getString("problems.find { it.code == 'SUBSTANCE_USE' }.status")).isEqualTo("POSSIBLE");
        assertThat(f.getList("problems.find { it.code == 'PTSD' }.evidence", String.class)).containsExactly("PC-PTSD-5 4 of 5 (positive screen)");
        assertThat(f.getList("flags", String.class)).containsExactlyInAnyOrder("PREGNANCY", "PERINATAL", "DISSOCIATION");
        assertThat(intake.asked).contains("audit.4", "audit.10", "perinatal");
        assertThat(f.getInt("scores.AUDIT")).isEqualTo(7);
        assertThat(f.getList("preferences.avoidModalities", String.class)).containsExactly("emdr");
        assertThat(f.getString("reactance")).isEqualTo("HIGH");
        JsonPath plan = stored(intake.id, "plan");
        assertThat(plan.getList("phases.items.flatten().techniqueId", String.class)).noneMatch(id -> id.startsWith("emdr."));
        assertThat(plan.getString("excluded.find { it.techniqueId == 'cbt.trauma-focused-cbt' }.reason")).contains("dissociation");
    }

    @Test
    void free_text_at_a_choice_prompt_is_mapped_when_clear_and_asked_again_when_not() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Work stress mostly.");
        assertThat(intake.prompt()).isEqualTo("phq9.1");
        intake.text("nearly every day");
        assertThat(intake.prompt()).isEqualTo("phq9.2");
        intake.text("nope");
        assertThat(intake.prompt()).isEqualTo("phq9.3");
        JsonPath again = intake.text("bananas");
        assertThat(again.getString("prompt.id")).isEqualTo("phq9.3");
        assertThat(again.getList("messages", String.class)).containsExactly("I'm sorry, I didn't quite catch that. Please choose one of the options, or say it another way.");
        JsonPath state = stored(intake.id, "state");
        assertThat(state.getString("answers.'phq9.1'")).isEqualTo("3");
        assertThat(state.getString("answers.'phq9.2'")).isEqualTo("0");
        assertThat(state.getString("answers.'phq9.3'")).isNull();
    }

    @Test
    void the_client_can_go_back_one_step_and_change_an_answer() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("I feel on edge.");
        intake.choice("1");
        assertThat(intake.prompt()).isEqualTo("phq9.2");
        JsonPath back = intake.answer(Map.of("back", true));
        assertThat(back.getString("prompt.id")).isEqualTo("phq9.1");
        assertThat(back.getList("messages", String.class)).containsExactly("Of course, let's go back to that question.");
        intake.choice("3");
        assertThat(stored(intake.id, "state").getString("answers.'phq9.1'")).isEqualTo("3");
        assertThat(intake.prompt()).isEqualTo("phq9.2");
    }

    @Test
    void the_intake_speaks_spanish_with_the_published_spanish_versions_of_the_instruments() {
        IntakeDriver intake = IntakeDriver.start("es");
        assertThat(intake.last.getString("messages[0]")).startsWith("Hola, bienvenido o bienvenida. Soy Mosaic");
        assertThat(intake.last.getString("prompt.text")).contains("Este no es un servicio de emergencias");
        intake.choice("agree");
        assertThat(intake.last.getString("prompt.text")).startsWith("¿Qué le trae por aquí?");
        JsonPath phq = intake.text("Estoy muy cansada.");
        assertThat(phq.getString("prompt.text")).as("the PHQ Screeners' Spanish (USA) PHQ-9, stem and item verbatim")
                .isEqualTo("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? "
                        + "Poco interés o placer en hacer cosas");
        assertThat(phq.getList("prompt.options.label", String.class)).containsExactly("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días");
        assertThat(phq.getList("messages", String.class)).noneSatisfy(m -> assertThat(m).contains("inglés"));
        JsonPath second = intake.text("casi todos los días");
        assertThat(stored(intake.id, "state").getString("answers.'phq9.1'")).as("an option typed in Spanish is understood").isEqualTo("3");
        assertThat(second.getString("prompt.text")).startsWith("Durante las últimas 2 semanas").endsWith("Se ha sentido decaído(a), deprimido(a) o sin esperanzas");
    }

    @Test
    void a_spanish_disclosure_opens_the_nimh_spanish_asq() {
        IntakeDriver intake = IntakeDriver.start("es");
        intake.choice("agree");
        JsonPath r = intake.text("Últimamente pienso en quitarme la vida.");
        assertThat(r.getString("crisis.pathway")).isEqualTo("SUICIDE");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        assertThat(r.getString("prompt.text")).isEqualTo("En las últimas semanas, ¿ha deseado estar muerto?");
        assertThat(r.getList("prompt.options.label", String.class)).startsWith("Sí", "No");
        assertThat(intake.choice("1").getString("prompt.text"))
                .isEqualTo("En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?");
    }

    @Test
    void a_domain_the_story_already_speaks_of_is_not_asked_again_and_the_client_can_correct_it_at_the_end() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath after = intake.text("I feel sad and anxious all the time. I'm full of guilt and shame. My partner and I argue every night.");
        assertThat(after.getList("messages", String.class)).as("the acknowledgment reflects the story")
                .anySatisfy(m -> assertThat(m).startsWith("Thank you for telling me this. You've spoken about").contains("relationships"));
        intake.completeWith(answers("basicid.behavior", "skip", "heard", "correct", "heard.correction", "The arguing has stopped since last week."));
        assertThat(intake.asked).doesNotContain("basicid.affect", "basicid.affect.rating", "basicid.interpersonal", "basicid.interpersonal.rating")
                .as("a skipped domain is not rated").contains("basicid.behavior").doesNotContain("basicid.behavior.rating")
                .containsSubsequence("goals", "heard", "heard.correction");
        JsonPath heard = intake.responses.stream().filter(r -> "heard".equals(r.getString("prompt.id"))).findFirst().orElseThrow();
        assertThat(heard.getString("prompt.text")).startsWith("Before we finish, here is what I heard.").contains("relationships");
        JsonPath formulation = stored(intake.id, "formulation");
        assertThat(formulation.getInt("basicId.AFFECT")).isGreaterThanOrEqualTo(2);
        assertThat(formulation.getInt("basicId.INTERPERSONAL")).isGreaterThanOrEqualTo(2);
        assertThat(formulation.getInt("basicId.BEHAVIOR")).isZero();
        assertThat(formulation.getList("notes", String.class)).anyMatch(n -> n.contains("The arguing has stopped since last week."));
    }

    @Test
    void the_enabled_plugins_add_their_steps_in_order() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(answers("pcptsd5.0", "1", "zfocs.gate", "1"));
        assertThat(intake.asked).containsSubsequence("style", "panic.1", "zfocs.gate", "zfocs.1", "zfocs.5", "pcptsd5.0", "pcptsd5.1", "pcptsd5.5",
                "dissociation.1", "dissociation.2", "goals");
        assertThat(intake.responses.stream().filter(r -> "pcptsd5.0".equals(r.getString("prompt.id"))).findFirst().orElseThrow()
                .getString("prompt.text")).startsWith("Sometimes things happen to people that are unusually or especially frightening");
    }

    @Test
    void declining_consent_ends_the_intake_and_keeps_nothing() {
        IntakeDriver intake = IntakeDriver.start("en");
        JsonPath declined = intake.choice("decline");
        assertThat(declined.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(declined.getString("prompt")).isNull();
        assertThat(declined.getList("messages", String.class)).containsExactly(
                "That's completely fine. Nothing has been kept. If you'd like to talk to someone, you can contact Harbour Street Counselling (demo) directly.");
        assertThat(stored(intake.id, "state")).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> IntakeMessage.transcript(intake.id))).isEmpty();
    }

    @jakarta.inject.Inject
    org.mosaicintake.intake.CompletionService completion;

    @Test
    void an_intake_a_restart_left_without_its_formulation_and_plan_gets_them_from_the_sweep() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(answers());
        assertThat(stored(intake.id, "plan").getList("phases.phase")).containsExactly("STABILIZATION", "PROCESSING", "INTEGRATION");
        // as if the service had stopped between the last turn and the completion work
        QuarkusTransaction.requiringNew().run(() -> {
            IntakeRecord record = IntakeRecord.findById(intake.id);
            record.formulation = null;
            record.plan = null;
            record.summary = null;
        });
        completion.sweep();
        assertThat(stored(intake.id, "formulation").getString("risk")).isEqualTo("NONE");
        assertThat(stored(intake.id, "plan").getList("phases")).isNotEmpty();
        assertThat(stored(intake.id, "summary").getString("narrative.text")).isNotBlank();
    }
}
