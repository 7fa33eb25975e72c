package org.mosaicintake.api;

/**
 * A three-step level, used for a technique's directiveness and arousal and for a client's
 * reactance, impairment and distress.
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum Level {
    LOW,
    MODERATE,
    HIGH
}
