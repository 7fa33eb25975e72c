package org.mosaicintake.formulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.dialogue.IntakeState;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.instruments.Scoring;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * The formulation from a finished intake's answers, without the embedding model (so only the
 * questionnaires and the client's explicit choices count): scores, problems from instrument
 * cut-offs, the configured PC-PTSD-5 cut-off, flags, preferences and the screen's risk level.
 */
class FormulationBuilderTest {

    private static final TextUnderstanding NO_MODEL = new TextUnderstanding(text -> Optional.empty());

    private static FormulationBuilder builder(Bands bands) {
        return new FormulationBuilder(new Scoring(bands), NO_MODEL);
    }

    private static IntakeState answered(String prefix, int count, int each) {
        IntakeState s = new IntakeState();
        IntStream.rangeClosed(1, count).forEach(i -> s.answers.put(prefix + i, String.valueOf(each)));
        return s;
    }

    private static Formulation build(IntakeState s) {
        return build(Bands.STANDARD, s);
    }

    /** With the bundled plugins' findings: the PHQ panic items and ZF-OCS (CBT), the PC-PTSD-5 and dissociation questions (EMDR). */
    private static Formulation build(Bands bands, IntakeState s) {
        return builder(bands).build("demo", s, org.mosaicintake.understanding.Understanding.none(), BUNDLED.withBands(bands));
    }

    private static final org.mosaicintake.findings.PluginFindings BUNDLED = org.mosaicintake.findings.PluginFindings.of(
            org.mosaicintake.plugins.BundledCatalogs.load(java.nio.file.Path.of("target/bundled-plugins")), Bands.STANDARD);

    @Test
    void should_carry_every_complete_instrument_total() {
        IntakeState s = answered("phq9.", 9, 1);
        IntStream.rangeClosed(1, 7).forEach(i -> s.answers.put("gad7." + i, "2"));
        s.answers.put("gad7.7", "0");
        Formulation f = build(s);
        assertThat(f.scores()).containsEntry(Instrument.PHQ9, 9).containsEntry(Instrument.GAD7, 12).doesNotContainKey(Instrument.WSAS);
    }

    @Test
    void should_name_depression_from_a_phq9_of_10_and_not_below() {
        IntakeState nine = answered("phq9.", 9, 1);
        assertThat(build(nine).problems()).extracting(Problem::code).doesNotContain(ProblemCode.DEPRESSION);
        IntakeState ten = answered("phq9.", 9, 1);
        ten.answers.put("phq9.1", "2");
        assertThat(build(ten).problems()).extracting(Problem::code).contains(ProblemCode.DEPRESSION);
    }

    @Test
    void should_name_anxiety_from_a_gad7_of_8() {
        IntakeState s = answered("gad7.", 7, 1);
        s.answers.put("gad7.1", "2");
        assertThat(build(s).problems()).extracting(Problem::code).containsExactly(ProblemCode.GENERALIZED_ANXIETY);
    }

    @Test
    void should_follow_the_configured_ptsd_cutoff() {
        IntakeState s = new IntakeState();
        s.answers.put("pcptsd5.0", "1");
        IntStream.rangeClosed(1, 5).forEach(i -> s.answers.put("pcptsd5." + i, i <= 3 ? "1" : "0"));
        assertThat(build(Bands.STANDARD, s).problems()).extracting(Problem::code).containsExactly(ProblemCode.PTSD);
        assertThat(build(new Bands(4, 3), s).problems()).extracting(Problem::code).doesNotContain(ProblemCode.PTSD);
        assertThat(build(new Bands(4, 3), s).scores()).containsEntry(Instrument.PCPTSD5, 3);
    }

    @Test
    void should_name_substance_use_from_a_positive_auditc_only() {
        IntakeState s = answered("auditc.", 3, 1);
        assertThat(build(s).problems()).extracting(Problem::code).containsExactly(ProblemCode.SUBSTANCE_USE);
        IntakeState never = new IntakeState();
        never.answers.put("auditc.1", "0");
        Formulation f = build(never);
        assertThat(f.problems()).isEmpty();
        assertThat(f.scores()).containsEntry(Instrument.AUDITC, 0);
    }

    @Test
    void should_read_the_auditc_at_4_for_a_client_who_describes_himself_as_a_man_and_say_so() {
        IntakeState s = answered("auditc.", 3, 1);
        s.texts.put("story", "I'm a dad of two and work has been relentless.");
        Formulation f = build(s);
        assertThat(f.problems()).extracting(Problem::code).doesNotContain(ProblemCode.SUBSTANCE_USE);
        assertThat(f.scores()).containsEntry(Instrument.AUDITC, 3);
        assertThat(f.notes()).contains(FormulationBuilder.AUDITC_MEN_NOTE);
        s.answers.put("auditc.3", "2");
        assertThat(build(s).problems()).extracting(Problem::code).contains(ProblemCode.SUBSTANCE_USE);
        assertThat(build(new Bands(3, 5), s).notes()).as("a service cut-off above 4 holds for everyone").doesNotContain(FormulationBuilder.AUDITC_MEN_NOTE);
    }

    @Test
    void should_set_flags_from_the_health_questions_and_the_dissociation_check() {
        IntakeState s = new IntakeState();
        s.answers.put("health.heart", "1");
        s.answers.put("health.seizures", "0");
        s.answers.put("dissociation.2", "2");
        assertThat(build(s).flags()).containsExactlyInAnyOrder(ClinicalFlag.CARDIAC_CONDITION, ClinicalFlag.DISSOCIATION);
    }

    @Test
    void should_take_the_risk_level_from_the_screen() {
        IntakeState s = new IntakeState();
        s.risk = RiskLevel.MODERATE;
        assertThat(build(s).risk()).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void should_keep_the_preferred_style_and_the_modality_to_avoid() {
        IntakeState s = new IntakeState();
        s.answers.put("style", "INSIGHT");
        s.answers.put("avoid", "emdr");
        Formulation f = build(s);
        assertThat(f.preferences().style()).isEqualTo(WorkingStyle.INSIGHT);
        assertThat(f.preferences().avoidModalities()).containsExactly("emdr");
    }

    @Test
    void should_rate_a_basic_id_domain_as_the_client_did() {
        IntakeState s = new IntakeState();
        s.answers.put("basicid.affect.rating", "3");
        assertThat(build(s).basicId()).containsEntry(org.mosaicintake.api.BasicIdDomain.AFFECT, 3);
    }

    @Test
    void should_take_the_rating_from_words_that_say_how_much_when_the_client_was_not_asked_to_rate() {
        IntakeState s = new IntakeState();
        s.answers.put("basicid.imagery", "text");
        s.texts.put("basicid.imagery", "I dream about her a lot");
        s.answers.put("basicid.sensation", "text");
        s.texts.put("basicid.sensation", "A bit of tension in my neck now and then");
        assertThat(build(s).basicId()).containsEntry(org.mosaicintake.api.BasicIdDomain.IMAGERY, 2)
                .containsEntry(org.mosaicintake.api.BasicIdDomain.SENSATION, 1);
    }

    @Test
    void should_flag_agoraphobic_avoidance_only_with_panic_and_the_clients_words_of_avoiding_places() {
        assertFlagged(ClinicalFlag.AGORAPHOBIC_AVOIDANCE, FormulationBuilderTest::panic,
                List.of("Since the attacks started I avoid the supermarket and I stopped taking the bus.",
                        "I can't leave the house on my own any more.", "Ya no salgo de casa sola desde los ataques.",
                        "Evito el metro y los centros comerciales por miedo a que me dé otro ataque."),
                List.of("The attacks come out of the blue, at home or at work; I still go everywhere."));
        IntakeState noPanic = new IntakeState();
        noPanic.texts.put("story", "I avoid the supermarket because I cannot afford anything there.");
        assertThat(build(noPanic).flags()).doesNotContain(ClinicalFlag.AGORAPHOBIC_AVOIDANCE);
    }

    @Test
    void should_flag_military_trauma_only_with_ptsd_and_words_of_service_or_combat() {
        assertFlagged(ClinicalFlag.MILITARY_TRAUMA, FormulationBuilderTest::ptsd,
                List.of("Since my second tour in Helmand with the army I can't sleep.", "I'm a veteran and the firefights come back at night.",
                        "Desde la misión en Afganistán con el ejército tengo pesadillas."),
                List.of("We fled the war when I was twelve and I still hear the bombs."));
    }

    /** The flag is set for each story in {@code flagged} and for none in {@code not}, told by a client with {@code problem}. */
    private static void assertFlagged(ClinicalFlag flag, java.util.function.Supplier<IntakeState> problem, List<String> flagged, List<String> not) {
        for (String words : flagged) {
            IntakeState s = problem.get();
            s.texts.put("story", words);
            assertThat(build(s).flags()).as(words).contains(flag);
        }
        for (String words : not) {
            IntakeState s = problem.get();
            s.texts.put("story", words);
            assertThat(build(s).flags()).as(words).doesNotContain(flag);
        }
    }

    private static IntakeState ptsd() {
        IntakeState s = new IntakeState();
        s.answers.put("pcptsd5.0", "1");
        IntStream.rangeClosed(1, 5).forEach(i -> s.answers.put("pcptsd5." + i, "1"));
        return s;
    }

    private static IntakeState panic() {
        IntakeState s = new IntakeState();
        IntStream.rangeClosed(1, 4).forEach(i -> s.answers.put("panic." + i, "1"));
        return s;
    }
}
