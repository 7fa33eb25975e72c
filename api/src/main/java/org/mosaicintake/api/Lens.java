package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a modality, when it is the primary orientation of a plan, understands techniques borrowed
 * from other modalities (assimilative integration, clinical reference section 7).
 *
 * <p>A framing that names the borrowed technique wins, then one naming its family (since 1.1); then the
 * framings by tag are tried in the order given, the first whose tag the technique carries winning;
 * the generic framing covers the rest. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class Lens {

    /** Placeholder in a case-formulation template for the client's difficulties, in plain words. */
    public static final String DIFFICULTIES = "{difficulties}";
    /** Placeholder in a case-formulation template for what the client wants to change. */
    public static final String GOALS = "{goals}";

    private final String genericFraming;
    private final List<Framing> framings;
    private final Map<String, String> caseFormulation;

    /**
     * @param genericFraming framing for a borrowed technique that matches no tag
     * @param framings       framings by tag, most specific first
     */
    public Lens(String genericFraming, List<Framing> framings) {
        this(genericFraming, framings, Map.of());
    }

    /**
     * @param genericFraming  framing for a borrowed technique that matches no tag
     * @param framings        framings by tag, most specific first
     * @param caseFormulation by language ({@code en}, {@code es}): how this lens understands a client's difficulties,
     *                        in plain words for the client, with {@value #DIFFICULTIES} and {@value #GOALS}
     * @since 1.1
     */
    public Lens(String genericFraming, List<Framing> framings, Map<String, String> caseFormulation) {
        this.genericFraming = ensureNotBlank(genericFraming, "lens.genericFraming");
        this.framings = copyOf(framings, "lens.framings");
        Map<String, String> templates = new TreeMap<>();
        if (caseFormulation != null) {
            caseFormulation.forEach((language, text) -> {
                String field = "lens.caseFormulation." + language;
                if (language == null || !language.matches("[a-z]{2}")) {
                    throw new IllegalArgumentException("'lens.caseFormulation' keys must be two-letter language codes such as en or es");
                }
                ensureNotBlank(text, field);
                if (!text.contains(DIFFICULTIES)) {
                    throw new IllegalArgumentException("'" + field + "' must contain " + DIFFICULTIES);
                }
                templates.put(language, text);
            });
        }
        this.caseFormulation = Collections.unmodifiableMap(templates);
    }

    /**
     * The case-formulation templates by language: the rationale a client reads is built around the one in
     * their language (then English), telling their difficulties in this lens's own terms.
     *
     * @since 1.1
     */
    public Map<String, String> caseFormulation() {
        return caseFormulation;
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
     * @return the text of {@link #framing(Technique)}, else the generic framing
     */
    public String frame(Technique technique) {
        return framing(technique).map(Framing::text).orElse(genericFraming);
    }

    /**
     * The most specific framing of a borrowed technique: one naming the technique itself, then one
     * naming its family, then the first whose tag it carries; empty when only the generic framing fits.
     *
     * @since 1.1
     */
    public Optional<Framing> framing(Technique technique) {
        Framing best = null;
        int specificity = 0;
        for (Framing framing : framings) {
            int names = framing.names(technique);
            if (names > specificity) {
                best = framing;
                specificity = names;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Framing framing : framings) {
            if (framing.techniques().isEmpty() && technique.tags().contains(framing.tag())) {
                return Optional.of(framing);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lens other && genericFraming.equals(other.genericFraming) && framings.equals(other.framings)
                && caseFormulation.equals(other.caseFormulation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(genericFraming, framings, caseFormulation);
    }

    @Override
    public String toString() {
        return "Lens{" + framings.size() + " framings}";
    }
}
