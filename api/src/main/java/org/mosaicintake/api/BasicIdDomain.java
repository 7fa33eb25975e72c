package org.mosaicintake.api;

/**
 * One of the seven BASIC I.D. domains of Lazarus's Multimodal Therapy (Lazarus calls them
 * modalities; Mosaic says <em>domain</em> so that <em>modality</em> always means a school of therapy).
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum BasicIdDomain {
    BEHAVIOR,
    AFFECT,
    SENSATION,
    IMAGERY,
    COGNITION,
    INTERPERSONAL,
    DRUGS_BIOLOGY
}
