package org.mosaicintake.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mosaicintake.risk.RiskSignal;

/**
 * The risk model under SmallRye Fault Tolerance: a reading slower than the time-out, one that
 * throws, and one refused by a full bulkhead all fail closed (flagged), and the caller is given its
 * answer at the time-out even when the model never lets go of its thread.
 */
@QuarkusTest
class GuardedRiskModelTest {

    @Test
    void a_model_that_hangs_is_given_up_at_the_time_out_and_counts_as_flagged() {
        CountDownLatch never = new CountDownLatch(1);
        GuardedRiskModel guarded = new GuardedRiskModel(text -> {
            try {
                never.await(); // ignores nothing, but is never released: like a stuck inference
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RiskSignal.CLEAR;
        }, 300);
        long started = System.nanoTime();
        assertThat(guarded.assess("I had a long week at work").flagged()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        never.countDown();
    }

    @Test
    void a_model_that_throws_or_answers_nothing_counts_as_flagged_and_a_good_answer_passes() {
        assertThat(new GuardedRiskModel(text -> {
            throw new IllegalStateException("onnx runtime crashed");
        }, 1000).assess("x").flagged()).isTrue();
        assertThat(new GuardedRiskModel(text -> null, 1000).assess("x").flagged()).isTrue();
        assertThat(new GuardedRiskModel(text -> RiskSignal.CLEAR, 1000).assess("x").flagged()).isFalse();
    }

    @Test
    void readings_beyond_the_bulkhead_fail_closed_rather_than_pile_up() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GuardedRiskModel guarded = new GuardedRiskModel(text -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RiskSignal.CLEAR;
        }, 3000);
        int callers = GuardedRiskModel.CONCURRENT + GuardedRiskModel.QUEUED + 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<RiskSignal>> readings = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                readings.add(pool.submit(() -> guarded.assess("fine")));
            }
            Thread.sleep(500);
            release.countDown();
            long flagged = 0;
            for (Future<RiskSignal> r : readings) {
                flagged += r.get(10, TimeUnit.SECONDS).flagged() ? 1 : 0;
            }
            assertThat(flagged).as("refused by the full bulkhead").isGreaterThanOrEqualTo(8);
            assertThat(flagged).as("those admitted are read").isLessThan(callers);
        } finally {
            pool.shutdownNow();
        }
    }
}
