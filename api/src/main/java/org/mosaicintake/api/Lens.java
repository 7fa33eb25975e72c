package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.List;
import java.util.Objects;

/**
 * How a modality, when it is the primary orientation of a plan, understands techniques borrowed
 * from other modalities (assimilative integration, clinical reference section 7).
 *
 * <p>The framings are tried in the order given; the first whose tag the borrowed technique carries
 * wins, and the generic framing covers techniques with none of the tags. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Lens {

    private final String genericFraming;
    private final List<Framing> framings;

    /**
     * @param genericFraming framing for a borrowed technique that matches no tag
     * @param framings       framings by tag, most specific first
     */
    public Lens(String genericFraming, List<Framing> framings) {
        this.genericFraming = ensureNotBlank(genericFraming, "lens.genericFraming");
        this.framings = copyOf(framings, "lens.framings");
    }

    public String genericFraming() {
        return genericFraming;
    }

    public List<Framing> framings() {
        return framings;
    }

    /**
     * The framing this lens gives a borrowed technique.
     *
     * @param technique a technique of another modality
     * @return the text of the first framing whose tag the technique carries, else the generic one
     */
    public String frame(Technique technique) {
        for (Framing framing : framings) {
            if (technique.tags().contains(framing.tag())) {
                return framing.text();
            }
        }
        return genericFraming;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lens other && genericFraming.equals(other.genericFraming) && framings.equals(other.framings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(genericFraming, framings);
    }

    @Override
    public String toString() {
        return "Lens{" + framings.size() + " framings}";
    }
}
