package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mosaicintake.understanding.Embedder;

/**
 * The learned reading's cue: a sentence the classifier finds more likely risky than not, though under {@code checkAt}, gets the
 * check question when the client speaks, in the first person, of death or an ending, or of a means or a dangerous place.
 */
class LearnedRiskDetectorTest {

    private static final int DIMENSIONS = 384;

    /** A classifier that reads every sentence at the given risk, under its check band (0.9). */
    private static LearnedRiskDetector readingEverythingAt(double risk) {
        float[] zero = new float[DIMENSIONS];
        float gap = (float) Math.log(risk / (1 - risk));
        RiskClassifier classifier = new RiskClassifier(List.of(RiskClassifier.BENIGN, "EXPLICIT"), List.of(zero, zero), new float[] {0, gap},
                List.of(), 0.95, 0.9, "test");
        float[] unit = new float[DIMENSIONS];
        Arrays.fill(unit, (float) (1 / Math.sqrt(DIMENSIONS)));
        Embedder same = text -> Optional.of(unit);
        return new LearnedRiskDetector(same, classifier);
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
