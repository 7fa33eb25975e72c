package org.mosaicintake.api;

/**
 * Treatment phase of a phase-oriented plan: stabilisation, then processing (working through),
 * then integration (relapse prevention, consolidation, ending well).
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum Phase {
    STABILIZATION,
    PROCESSING,
    INTEGRATION
}
