package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOfSet;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a primary modality understands borrowed techniques: those that carry one tag (for example the
 * psychodynamic lens frames techniques tagged {@code homework} as "a way to observe what happens
 * when you try to change"), or, since 1.1, named techniques or a technique family
 * ({@code cbt.sleep-restriction}, {@code emdr.*}), with the mechanism through which the lens
 * understands the technique to work.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Framing {

    private final String tag;
    private final String text;
    private final Set<String> techniques;
    private final String mechanism;

    /**
     * A framing for techniques that carry a tag.
     *
     * @param tag  technique tag this framing applies to, e.g. {@code exposure}
     * @param text the framing, written in the primary modality's own language
     */
    public Framing(String tag, String text) {
        this(tag, text, Set.of(), null);
    }

    /**
     * A framing for named techniques or technique families, or for a tag.
     *
     * @param tag        technique tag this framing applies to, or null when it names techniques
     * @param text       the framing, written in the primary modality's own language
     * @param techniques technique ids ({@code cbt.sleep-restriction}) or families, an id prefix ending
     *                   in {@code *} ({@code emdr.*}); empty for a framing by tag
     * @param mechanism  how this lens understands the technique to work, for clinicians; may be null
     * @since 1.1
     */
    public Framing(String tag, String text, Set<String> techniques, String mechanism) {
        this.techniques = copyOfSet(techniques == null ? Set.of() : techniques, "framing.techniques");
        this.tag = this.techniques.isEmpty() ? ensureNotBlank(tag, "framing.tag") : tag;
        this.text = ensureNotBlank(text, "framing.text");
        this.mechanism = mechanism == null || mechanism.isBlank() ? null : mechanism.strip();
        for (String t : this.techniques) {
            if (!t.matches("[a-z][a-z0-9-]*\\.([a-z0-9][a-z0-9-]*\\*?|\\*)")) {
                throw new IllegalArgumentException("'framing.techniques' must hold technique ids such as 'cbt.sleep-restriction' "
                        + "or families such as 'emdr.*' but held '" + t + "'");
            }
        }
    }

    /** The tag this framing applies to; null for a framing of named techniques. */
    public String tag() {
        return tag;
    }

    public String text() {
        return text;
    }

    /**
     * The techniques or families this framing names; empty for a framing by tag.
     *
     * @since 1.1
     */
    public Set<String> techniques() {
        return techniques;
    }

    /**
     * How the lens understands the technique to work, for clinicians.
     *
     * @since 1.1
     */
    public Optional<String> mechanism() {
        return Optional.ofNullable(mechanism);
    }

    /**
     * How specifically this framing names a technique: 2 by its id, 1 by its family, 0 not at all
     * (a framing by tag names none).
     *
     * @since 1.1
     */
    public int names(Technique technique) {
        if (techniques.contains(technique.id())) {
            return 2;
        }
        for (String t : techniques) {
            if (t.endsWith("*") && technique.id().startsWith(t.substring(0, t.length() - 1))) {
                return 1;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framing other && Objects.equals(tag, other.tag) && text.equals(other.text) && techniques.equals(other.techniques)
                && Objects.equals(mechanism, other.mechanism);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, text, techniques, mechanism);
    }

    @Override
    public String toString() {
        return "Framing{" + (techniques.isEmpty() ? tag : techniques) + "}";
    }
}
