package org.mosaicintake.api;

/**
 * How the client answers an intake prompt: agree to consent, pick one option, pick a point
 * on a scale, write free text, or give a number.
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum PromptKind {
    CONSENT,
    CHOICE,
    SCALE,
    TEXT,
    NUMBER
}
