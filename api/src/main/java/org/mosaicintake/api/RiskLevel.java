package org.mosaicintake.api;

/**
 * Suicide and harm risk level of a client, lowest first (clinical reference, section 4).
 *
 * <p>Immutable and thread-safe. The order of the constants is part of the contract:
 * {@link #isAtLeast(RiskLevel)} compares by it.
 *
 * @since 1.0
 */
public enum RiskLevel {
    NONE,
    LOW,
    MODERATE,
    HIGH,
    IMMINENT;

    /**
     * Whether this level is the given one or more severe.
     *
     * @param other the level to compare with, not null
     * @return {@code true} if this level is at least {@code other}
     * @since 1.0
     */
    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * The more severe of two levels: risk only ever rises within an intake.
     *
     * @param a a level, not null
     * @param b a level, not null
     * @return {@code a} if it is at least {@code b}, else {@code b}
     * @since 1.0
     */
    public static RiskLevel max(RiskLevel a, RiskLevel b) {
        return a.isAtLeast(b) ? a : b;
    }
}
