package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;

/**
 * How a primary modality understands borrowed techniques that carry one tag: for example the
 * psychodynamic lens frames techniques tagged {@code homework} as "a way to observe what happens
 * when you try to change".
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Framing {

    private final String tag;
    private final String text;

    /**
     * @param tag  technique tag this framing applies to, e.g. {@code exposure}
     * @param text the framing, written in the primary modality's own language
     */
    public Framing(String tag, String text) {
        this.tag = ensureNotBlank(tag, "framing.tag");
        this.text = ensureNotBlank(text, "framing.text");
    }

    public String tag() {
        return tag;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framing other && tag.equals(other.tag) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, text);
    }

    @Override
    public String toString() {
        return "Framing{" + tag + "}";
    }
}
