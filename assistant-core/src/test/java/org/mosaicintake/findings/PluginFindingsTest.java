package org.mosaicintake.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.Finding;
import org.mosaicintake.api.IntakeOption;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.PromptKind;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.plugins.BundledCatalogs;

/** Each finding rule, read against answers: positive, negative (screen asked, below threshold, or gate answered no) or not answered. */
class PluginFindingsTest {

    private static final PluginFindings BUNDLED = PluginFindings.of(BundledCatalogs.load(Path.of("target/bundled-plugins")), Bands.STANDARD);

    private static PluginFindings.Outcome outcome(PluginFindings findings, String id, Map<String, String> answers) {
        return findings.evaluate(answers::get).stream().filter(o -> o.finding().id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void all_the_phq_panic_items_yes_is_a_possible_panic_problem_and_a_first_no_rules_it_out() {
        assertThat(outcome(BUNDLED, "cbt.panic", answers("panic.1", "1", "panic.2", "1", "panic.3", "1", "panic.4", "1")))
                .satisfies(o -> {
                    assertThat(o.state()).isEqualTo(PluginFindings.State.POSITIVE);
                    assertThat(o.evidence()).isEqualTo("PHQ panic items: yes to all 4");
                });
        assertThat(outcome(BUNDLED, "cbt.panic", answers("panic.1", "1", "panic.2", "1", "panic.3", "0", "panic.4", "1")).state())
                .isEqualTo(PluginFindings.State.NEGATIVE);
        assertThat(outcome(BUNDLED, "cbt.panic", answers("panic.1", "0")).state()).isEqualTo(PluginFindings.State.NEGATIVE);
        assertThat(outcome(BUNDLED, "cbt.panic", answers("panic.1", "1")).state()).isEqualTo(PluginFindings.State.NOT_ANSWERED);
        assertThat(outcome(BUNDLED, "cbt.panic", answers()).state()).isEqualTo(PluginFindings.State.NOT_ANSWERED);
        assertThat(BUNDLED.negative(ProblemCode.PANIC, answers("panic.1", "0")::get)).isTrue();
        assertThat(BUNDLED.positive(ProblemCode.PANIC, answers("panic.1", "0")::get)).isFalse();
    }

    @Test
    void one_zfocs_yes_is_a_possible_ocd_and_a_gate_no_or_five_noes_rule_it_out() {
        assertThat(outcome(BUNDLED, "cbt.zfocs", answers("zfocs.gate", "1", "zfocs.1", "0", "zfocs.2", "1")))
                .satisfies(o -> {
                    assertThat(o.state()).isEqualTo(PluginFindings.State.POSITIVE);
                    assertThat(o.evidence()).isEqualTo("ZF-OCS: yes to 1 of 5");
                    assertThat(o.finding().severity()).isEqualTo(Level.LOW);
                });
        assertThat(outcome(BUNDLED, "cbt.zfocs", answers("zfocs.gate", "0")).state()).isEqualTo(PluginFindings.State.NEGATIVE);
        assertThat(outcome(BUNDLED, "cbt.zfocs", answers("zfocs.gate", "unsure", "zfocs.1", "0", "zfocs.2", "0", "zfocs.3", "0", "zfocs.4", "0",
                "zfocs.5", "0")).state()).isEqualTo(PluginFindings.State.NEGATIVE);
        assertThat(BUNDLED.screenFor(ProblemCode.OCD)).contains("ZF-OCS");
    }

    @Test
    void the_pc_ptsd_5_sums_to_a_score_banded_by_the_services_cutoff() {
        Map<String, String> three = answers("pcptsd5.0", "1", "pcptsd5.1", "1", "pcptsd5.2", "1", "pcptsd5.3", "1", "pcptsd5.4", "0", "pcptsd5.5", "0");
        assertThat(outcome(BUNDLED, "emdr.pcptsd5", three)).satisfies(o -> {
            assertThat(o.state()).isEqualTo(PluginFindings.State.POSITIVE);
            assertThat(o.total()).isEqualTo(3);
            assertThat(o.evidence()).isEqualTo("PC-PTSD-5 3 of 5 (positive screen)");
            assertThat(o.items()).containsEntry("pcptsd5.1", 1).hasSize(5);
        });
        assertThat(outcome(BUNDLED.withBands(new Bands(4, 3)), "emdr.pcptsd5", three)).satisfies(o -> {
            assertThat(o.state()).as("a service's cut-off of 4 holds").isEqualTo(PluginFindings.State.NEGATIVE);
            assertThat(o.evidence()).isEqualTo("PC-PTSD-5 3 of 5 (negative screen)");
        });
        assertThat(outcome(BUNDLED, "emdr.pcptsd5", answers("pcptsd5.0", "0")))
                .satisfies(o -> assertThat(o.state()).isEqualTo(PluginFindings.State.NEGATIVE))
                .satisfies(o -> assertThat(o.total()).isZero());
        assertThat(outcome(BUNDLED, "emdr.pcptsd5", answers("pcptsd5.0", "1", "pcptsd5.1", "1")).state())
                .isEqualTo(PluginFindings.State.NOT_ANSWERED);
    }

    @Test
    void a_dissociation_answer_of_often_sets_the_flag() {
        assertThat(outcome(BUNDLED, "emdr.dissociation", answers("dissociation.1", "0", "dissociation.2", "2")))
                .satisfies(o -> assertThat(o.state()).isEqualTo(PluginFindings.State.POSITIVE))
                .satisfies(o -> assertThat(o.finding().flag()).contains(ClinicalFlag.DISSOCIATION));
        assertThat(outcome(BUNDLED, "emdr.dissociation", answers("dissociation.1", "1", "dissociation.2", "1")).state())
                .isEqualTo(PluginFindings.State.NEGATIVE);
    }

    @Test
    void a_plugins_own_instrument_is_labelled_by_its_own_bands() {
        List<IntakeStep> steps = List.of(scale("own.1"), scale("own.2"));
        Finding total = Finding.builder().id("own.total").name("Own scale").steps(List.of("own.1", "own.2")).rule(Finding.Rule.SUM).atLeast(5)
                .problem(ProblemCode.STRESS).severity(Level.MODERATE).status(Finding.Status.MEASURED)
                .bands(List.of(new Finding.Band(0, "low"), new Finding.Band(5, "high"))).build();
        PluginFindings findings = PluginFindings.NONE.with(steps, List.of(total));
        assertThat(outcome(findings, "own.total", answers("own.1", "3", "own.2", "3"))).satisfies(o -> {
            assertThat(o.state()).isEqualTo(PluginFindings.State.POSITIVE);
            assertThat(o.evidence()).isEqualTo("Own scale 6 of 8 (high)");
            assertThat(o.band()).contains("high");
        });
        assertThat(outcome(findings, "own.total", answers("own.1", "1", "own.2", "2")).evidence()).isEqualTo("Own scale 3 of 8 (low)");
    }

    private static IntakeStep scale(String id) {
        return IntakeStep.builder().id(id).kind(PromptKind.CHOICE).text("How much?")
                .options(List.of(new IntakeOption("0", "Not at all"), new IntakeOption("2", "Some"), new IntakeOption("4", "A lot"))).build();
    }
}
