package org.mosaicintake.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The console's rules for signing in and staying signed in: an account is locked for
 * {@code lockout} after {@code maxFailures} failed attempts in a row, and a session ends after
 * {@code idleTimeout} without a request or {@code lifetime} after it began, whichever comes first.
 * Immutable; validated when constructed.
 *
 * @param maxFailures failed attempts in a row that lock the account, at least 1
 * @param lockout     how long a locked account refuses every password, the right one included
 * @param idleTimeout how long a session lives without a request
 * @param lifetime    how long a session lives at most, however active
 */
public record SignInPolicy(int maxFailures, Duration lockout, Duration idleTimeout, Duration lifetime) {

    public SignInPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("'maxFailures' must be at least 1");
        }
        requirePositive(lockout, "lockout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(lifetime, "lifetime");
        if (idleTimeout.compareTo(lifetime) > 0) {
            throw new IllegalArgumentException("'idleTimeout' must not be longer than 'lifetime'");
        }
    }

    /** Whether an account locked until {@code lockedUntil} (or never, when null) is locked at {@code now}. */
    public boolean locked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The longest lock: the lock-out doubled at most this many times. */
    static final int MAX_DOUBLINGS = 4;

    /**
     * When the account locks after this failure ({@code failures} counts it, in a row), or null if
     * it does not. The lock grows: the {@code maxFailures}-th failure locks for {@code lockout}, and
     * each failure after a lock has run out locks for twice as long as the one before, up to
     * {@code lockout} &times; 2<sup>{@value #MAX_DOUBLINGS}</sup>, so guessing slows down ever more
     * while a clinician who mistypes a few times is hardly held up.
     */
    public Instant lockedUntilAfter(int failures, Instant now) {
        if (failures < maxFailures) {
            return null;
        }
        return now.plus(lockout.multipliedBy(1L << Math.min(failures - maxFailures, MAX_DOUBLINGS)));
    }

    /** Whether a session that began at {@code createdAt} and was last used at {@code lastSeenAt} has ended. */
    public boolean expired(Instant createdAt, Instant lastSeenAt, Instant now) {
        return !now.isBefore(lastSeenAt.plus(idleTimeout)) || !now.isBefore(createdAt.plus(lifetime));
    }

    private static void requirePositive(Duration value, String field) {
        if (Objects.requireNonNull(value, "'" + field + "' must not be null").isNegative() || value.isZero()) {
            throw new IllegalArgumentException("'" + field + "' must be positive");
        }
    }
}
