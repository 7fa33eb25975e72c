package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The detector fails closed: an error, a model not ready or no answer counts as flagged (time-outs: {@code GuardedRiskModelTest}). */
class CombinedRiskDetectorTest {

    private static final RiskDetector RULES = new PhraseRiskDetector();

    private static RiskSignal assess(RiskDetector model, String text) {
        return new CombinedRiskDetector(RULES, model).assess(text);
    }

    @Test
    void a_model_that_throws_counts_as_flagged() {
        RiskSignal signal = assess(text -> {
            throw new IllegalStateException("onnx runtime crashed");
        }, "I had a long week at work");
        assertThat(signal.flagged()).isTrue();
        assertThat(signal.category()).isEmpty();
    }

    @Test
    void a_model_still_loading_counts_as_flagged() {
        LearnedRiskDetector notReady = new LearnedRiskDetector(new org.mosaicintake.understanding.Embedder() {
            @Override
            public Optional<float[]> embed(String text) {
                return Optional.empty();
            }

            @Override
            public boolean awaitReady(long millis) {
                return false;
            }
        }, RiskClassifier.load());
        assertThat(assess(notReady, "I had a long week at work").flagged()).isTrue();
    }

    @Test
    void a_model_answering_nothing_counts_as_flagged() {
        assertThat(assess(text -> null, "I had a long week at work").flagged()).isTrue();
    }

    @Test
    void rules_that_flag_answer_without_waiting_for_the_model() {
        AtomicInteger calls = new AtomicInteger();
        RiskSignal signal = assess(text -> {
            calls.incrementAndGet();
            return RiskSignal.CLEAR;
        }, "i wanna kms");
        assertThat(signal).isEqualTo(RiskSignal.flagged(RiskCategory.EXPLICIT));
        assertThat(calls).hasValue(0);
    }

    @Test
    void either_one_flagging_is_enough_and_both_clear_is_clear() {
        assertThat(assess(text -> RiskSignal.flagged(RiskCategory.DANGER), "things at home are hard").category()).contains(RiskCategory.DANGER);
        assertThat(assess(text -> RiskSignal.CLEAR, "things at home are hard").flagged()).isFalse();
    }

    @Test
    void the_rules_check_question_stands_when_the_model_finds_nothing_and_gives_way_when_it_flags() {
        String atTheTop = "I'm at the top of the car park and it's so quiet up here";
        assertThat(assess(text -> RiskSignal.CLEAR, atTheTop)).isEqualTo(RiskSignal.UNSURE);
        assertThat(assess(text -> RiskSignal.flagged(RiskCategory.EXPLICIT), atTheTop)).isEqualTo(RiskSignal.flagged(RiskCategory.EXPLICIT));
        assertThat(assess(text -> RiskSignal.CLEAR, "I'm at the top of the car park looking for my car")).isEqualTo(RiskSignal.CLEAR);
    }
}
