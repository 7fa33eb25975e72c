package org.mosaicintake.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.SweepLease;

/** Two instances over one database: one runs a sweep; the other skips it until the lease lapses (issue 20). */
@QuarkusTest
@Tag("database")
class SweepLeasesTest {

    @Test
    void one_instance_runs_a_sweep_and_the_other_takes_over_when_the_lease_lapses() {
        SweepLeases first = new SweepLeases();
        SweepLeases second = new SweepLeases();
        String sweep = "test-sweep-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();

        assertThat(first.runIfLeader(sweep, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(second.runIfLeader(sweep, Duration.ofMinutes(5), runs::incrementAndGet)).as("held by the first").isFalse();
        assertThat(first.runIfLeader(sweep, Duration.ofMinutes(5), runs::incrementAndGet)).as("the holder renews").isTrue();
        assertThat(runs).hasValue(2);

        // the first instance dies: its lease lapses
        QuarkusTransaction.requiringNew().run(() -> SweepLease.<SweepLease>findById(sweep).heldUntil = Instant.now().minusSeconds(1));
        assertThat(second.runIfLeader(sweep, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(first.runIfLeader(sweep, Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> SweepLease.<SweepLease>findById(sweep).heldBy)).isEqualTo(second.holder());
    }
}
