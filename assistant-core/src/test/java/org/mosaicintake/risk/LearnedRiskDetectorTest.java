package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mosaicintake.understanding.Embedder;

/**
 * The learned reading's cue: a sentence the classifier finds more likely risky than not, though under {@code checkAt}, gets the
 * check question when the client speaks, in the first person, of death or an ending, or of a means or a dangerous place. And the
 * check band read on the mean of the classifier's risk and the nearest neighbours' share of risk.
 */
class LearnedRiskDetectorTest {

    private static final int DIMENSIONS = 384;

    /** A classifier that reads every sentence at the given risk, under its check band (0.9). */
    private static LearnedRiskDetector readingEverythingAt(double risk) {
        return readingEverythingAt(risk, null);
    }

    /** The same, with neighbours beside it. */
    private static LearnedRiskDetector readingEverythingAt(double risk, Neighbours neighbours) {
        float[] zero = new float[DIMENSIONS];
        float gap = (float) Math.log(risk / (1 - risk));
        RiskClassifier classifier = new RiskClassifier(List.of(RiskClassifier.BENIGN, "EXPLICIT"), List.of(zero, zero), new float[] {0, gap},
                List.of(), 0.95, 0.9, "test");
        float[] unit = new float[DIMENSIONS];
        Arrays.fill(unit, (float) (1 / Math.sqrt(DIMENSIONS)));
        Embedder same = text -> Optional.of(unit);
        return new LearnedRiskDetector(same, classifier, neighbours);
    }

    /** Ten stored sentences at the embedding every sentence gets, all risk or all benign. */
    private static Neighbours allAtTheSentence(boolean risk) {
        float[] unit = new float[DIMENSIONS];
        Arrays.fill(unit, 1f);
        return Neighbours.of(java.util.Collections.nCopies(10, unit), java.util.Collections.nCopies(10, risk), 10, 0.05f);
    }

    @Test
    void a_sentence_just_under_the_check_band_among_risky_neighbours_gets_the_check_question() {
        // the mean of 0.85 and a neighbours' share of 1 is 0.925, over the check band (0.9); without them 0.85 is under it
        assertThat(readingEverythingAt(0.85, allAtTheSentence(true)).assess("I've had a long week at work")).isEqualTo(RiskSignal.UNSURE);
        assertThat(readingEverythingAt(0.85).assess("I've had a long week at work")).isEqualTo(RiskSignal.CLEAR);
    }

    @Test
    void benign_neighbours_keep_a_sentence_the_classifier_alone_would_ask_about_out_of_the_check_band() {
        assertThat(readingEverythingAt(0.92).assess("I've had a long week at work")).isEqualTo(RiskSignal.UNSURE);
        assertThat(readingEverythingAt(0.92, allAtTheSentence(false)).assess("I've had a long week at work")).isEqualTo(RiskSignal.CLEAR);
    }

    @Test
    void a_means_or_a_dangerous_place_in_the_first_person_gets_the_check_question_from_the_cue() {
        LearnedRiskDetector detector = readingEverythingAt(0.55);
        assertThat(detector.assess("I've got the cable tied to the loft hatch")).isEqualTo(RiskSignal.UNSURE);
        assertThat(detector.assess("estoy en la cornisa de la ventana")).isEqualTo(RiskSignal.UNSURE);
        assertThat(detector.assess("I just want it to be over for me")).isEqualTo(RiskSignal.UNSURE);
    }

    @Test
    void without_the_first_person_or_such_words_or_under_the_cue_nothing_is_asked() {
        assertThat(readingEverythingAt(0.55).assess("the cable is tied to the loft hatch")).isEqualTo(RiskSignal.CLEAR);
        assertThat(readingEverythingAt(0.55).assess("I've had a long week at work")).isEqualTo(RiskSignal.CLEAR);
        assertThat(readingEverythingAt(0.45).assess("I've got the cable tied to the loft hatch")).isEqualTo(RiskSignal.CLEAR);
    }
}
