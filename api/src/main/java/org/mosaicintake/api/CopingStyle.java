package org.mosaicintake.api;

/**
 * Coping style in Beutler's Systematic Treatment Selection: acting outwards, going inwards, or both.
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum CopingStyle {
    EXTERNALIZING,
    INTERNALIZING,
    MIXED
}
