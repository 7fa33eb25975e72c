package org.mosaicintake.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    private final SignInPolicy policy = new SignInPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(12));
    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void the_fifth_failure_in_a_row_locks_for_the_lock_out() {
        assertThat(policy.lockedUntilAfter(4, now)).isNull();
        assertThat(policy.lockedUntilAfter(5, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.locked(now.plusSeconds(60), now)).isTrue();
        assertThat(policy.locked(now, now)).isFalse();
        assertThat(policy.locked(null, now)).isFalse();
    }

    @Test
    void each_failure_after_a_lock_locks_twice_as_long_up_to_sixteen_times_the_lock_out() {
        assertThat(policy.lockedUntilAfter(6, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(policy.lockedUntilAfter(7, now)).isEqualTo(now.plus(Duration.ofMinutes(60)));
        assertThat(policy.lockedUntilAfter(9, now)).isEqualTo(now.plus(Duration.ofMinutes(240)));
        assertThat(policy.lockedUntilAfter(50, now)).isEqualTo(now.plus(Duration.ofMinutes(240)));
    }

    @Test
    void a_session_ends_idle_or_old_whichever_comes_first() {
        assertThat(policy.expired(now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(14)), now)).isFalse();
        assertThat(policy.expired(now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(15)), now)).isTrue();
        assertThat(policy.expired(now.minus(Duration.ofHours(12)), now, now)).isTrue();
        assertThat(policy.expired(now.minus(Duration.ofHours(11)), now, now)).isFalse();
    }

    @Test
    void values_that_make_no_sense_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new SignInPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(1)))
                .hasMessageContaining("'maxFailures'");
        assertThatThrownBy(() -> new SignInPolicy(5, Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
                .hasMessageContaining("'lockout'");
        assertThatThrownBy(() -> new SignInPolicy(5, Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("'idleTimeout' must not be longer than 'lifetime'");
        assertThatThrownBy(() -> new SignInPolicy(5, Duration.ofMinutes(1), null, Duration.ofHours(1)))
                .hasMessageContaining("'idleTimeout' must not be null");
    }
}
