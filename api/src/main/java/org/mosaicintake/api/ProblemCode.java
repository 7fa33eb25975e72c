package org.mosaicintake.api;

/**
 * A presenting problem the product recognises (clinical reference, section 5). These are
 * descriptive areas of difficulty, never diagnoses.
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum ProblemCode {
    DEPRESSION,
    GENERALIZED_ANXIETY,
    PANIC,
    SOCIAL_ANXIETY,
    OCD,
    PTSD,
    GRIEF,
    RELATIONSHIP,
    LOW_SELF_ESTEEM,
    SUBSTANCE_USE,
    INSOMNIA,
    ANGER,
    STRESS,
    SOMATIC
}
