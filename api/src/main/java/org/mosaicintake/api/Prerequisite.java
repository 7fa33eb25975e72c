package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;

/**
 * Something a technique needs to come before it in a plan: one named technique, or any technique
 * carrying a tag (for example {@code self-regulation} before any exposure).
 *
 * <p>In catalog files a prerequisite is written as a technique id ({@code emdr.safe-place}) or as
 * {@code tag:} followed by a tag ({@code tag:self-regulation}); {@link #parse(String)} reads that
 * form and {@link #toString()} writes it. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Prerequisite {

    /** Prefix that marks a tag prerequisite in the written form. */
    public static final String TAG_PREFIX = "tag:";

    private final boolean tag;
    private final String ref;

    private Prerequisite(boolean tag, String ref) {
        this.tag = tag;
        this.ref = ensureNotBlank(ref, "prerequisite");
    }

    /** A prerequisite on one technique, by its full id. */
    public static Prerequisite technique(String techniqueId) {
        return new Prerequisite(false, techniqueId);
    }

    /** A prerequisite met by any technique carrying {@code tag}. */
    public static Prerequisite tag(String tag) {
        return new Prerequisite(true, tag);
    }

    /**
     * Reads the written form: {@code tag:NAME} or a technique id.
     *
     * @throws IllegalArgumentException if the text is blank or names an empty tag
     */
    public static Prerequisite parse(String text) {
        String value = ensureNotBlank(text, "prerequisite");
        return value.startsWith(TAG_PREFIX) ? tag(value.substring(TAG_PREFIX.length())) : technique(value);
    }

    /** Whether this prerequisite is met by a tag rather than one technique. */
    public boolean isTag() {
        return tag;
    }

    /** The technique id or the tag. */
    public String ref() {
        return ref;
    }

    /** Whether {@code technique} satisfies this prerequisite. */
    public boolean isMetBy(Technique technique) {
        return tag ? technique.tags().contains(ref) : technique.id().equals(ref);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prerequisite other && tag == other.tag && ref.equals(other.ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, ref);
    }

    @Override
    public String toString() {
        return tag ? TAG_PREFIX + ref : ref;
    }
}
