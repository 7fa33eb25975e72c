package org.mosaicintake.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mosaicintake.findings.PluginFindings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Totals and the published bands (clinical reference, section 3), with the screens' configurable cut-offs. */
class ScoringTest {

    private final Scoring scoring = new Scoring(Bands.STANDARD);

    /** The PC-PTSD-5 is the EMDR plugin's intake steps, scored through its catalog's finding. */
    private static PluginFindings emdr(Bands bands) {
        return PluginFindings.of(org.mosaicintake.plugins.BundledCatalogs.load(java.nio.file.Path.of("target/bundled-plugins")), bands);
    }

    private static Map<String, String> items(String prefix, int... values) {
        Map<String, String> answers = new HashMap<>();
        IntStream.range(0, values.length).forEach(i -> answers.put(prefix + (i + 1), String.valueOf(values[i])));
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 {0}: {1}")
    @CsvSource({"0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate", "15, moderately severe",
            "19, moderately severe", "20, severe", "27, severe"})
    void phq9_bands(int total, String band) {
        assertThat(Bands.STANDARD.of(Instrument.PHQ9, total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 {0}: {1}")
    @CsvSource({"4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate", "15, severe", "21, severe"})
    void gad7_bands(int total, String band) {
        assertThat(Bands.STANDARD.of(Instrument.GAD7, total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "WSAS {0}: {1}")
    @CsvSource({"9, subclinical", "10, significant impairment", "20, significant impairment", "21, moderately severe or worse"})
    void wsas_bands(int total, String band) {
        assertThat(Bands.STANDARD.of(Instrument.WSAS, total)).isEqualTo(band);
    }

    @Test
    void should_total_a_complete_phq9_and_give_its_band() {
        Scoring.Result r = scoring.score(items("phq9.", 1, 1, 2, 2, 1, 1, 1, 2, 1)::get, PluginFindings.NONE).get(Instrument.PHQ9);
        assertThat(r.total()).isEqualTo(12);
        assertThat(r.band()).isEqualTo("moderate");
        assertThat(r.items()).hasSize(9).containsEntry("phq9.3", 2);
    }

    @Test
    void should_not_score_an_instrument_with_an_item_missing() {
        Map<String, String> answers = items("phq9.", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        answers.remove("phq9.5");
        assertThat(scoring.score(answers::get, PluginFindings.NONE)).doesNotContainKey(Instrument.PHQ9);
    }

    @Test
    void should_score_auditc_as_zero_when_the_client_never_drinks() {
        Scoring.Result r = scoring.score(Map.of("auditc.1", "0")::get, PluginFindings.NONE).get(Instrument.AUDITC);
        assertThat(r.total()).isZero();
        assertThat(r.band()).isEqualTo("negative screen");
    }

    @Test
    void should_band_pcptsd5_by_the_configured_cutoff() {
        Map<String, String> answers = items("pcptsd5.", 1, 1, 1, 0, 0);
        answers.put("pcptsd5.0", "1");
        assertThat(new Scoring(Bands.STANDARD).score(answers::get, emdr(Bands.STANDARD)).get(Instrument.PCPTSD5).band()).isEqualTo("positive screen");
        assertThat(new Scoring(new Bands(4, 3)).score(answers::get, emdr(new Bands(4, 3))).get(Instrument.PCPTSD5).band()).isEqualTo("negative screen");
    }

    @Test
    void should_report_no_traumatic_event_as_a_negative_screen_of_zero() {
        Scoring.Result r = scoring.score(Map.of("pcptsd5.0", "0")::get, emdr(Bands.STANDARD)).get(Instrument.PCPTSD5);
        assertThat(r.total()).isZero();
        assertThat(r.band()).startsWith("negative screen");
    }

    @Test
    void should_refuse_a_cutoff_outside_the_instrument() {
        assertThatThrownBy(() -> new Bands(6, 3)).hasMessageContaining("'ptsdCutoff'");
        assertThatThrownBy(() -> new Bands(3, 0)).hasMessageContaining("'auditcCutoff'");
    }
}
