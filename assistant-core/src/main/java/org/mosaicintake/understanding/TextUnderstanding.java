package org.mosaicintake.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ProblemCode;

/**
 * Language understanding by similarity to labelled exemplars (kept as data in
 * {@code exemplars.tsv}): each sentence of the client's text is compared with every exemplar; a
 * problem is found when a sentence is close enough to one of its exemplars, and a BASIC I.D.
 * domain's salience grows with how many sentences, and how closely, speak of it, and with the cue
 * words of {@link DomainCues} (read even while the model is not ready). Free text at a
 * choice prompt maps to the option whose label it is clearly closest to.
 *
 * <p>Thread-safe: exemplar vectors are computed once, lazily, when the model is first ready.
 */
public final class TextUnderstanding {

    /** Similarity from which a sentence speaks of a problem or domain. */
    public static final double PROBLEM_THRESHOLD = 0.45;
    public static final double DOMAIN_THRESHOLD = 0.50;
    /** Other problems a sentence names must be within this of its clearest one. */
    public static final double PROBLEM_MARGIN = 0.05;
    /** An option is chosen only if it is this close and this much closer than the next one. */
    public static final double OPTION_THRESHOLD = 0.55;
    public static final double OPTION_MARGIN = 0.06;
    /** How long understanding waits for a model still loading. */
    static final long READY_WAIT_MILLIS = 5000;

    private record Vector(String label, float[] values) {
    }

    private final Embedder embedder;
    private final List<Exemplar> exemplars;
    private volatile List<Vector> vectors;

    public TextUnderstanding(Embedder embedder) {
        this.embedder = embedder;
        this.exemplars = Exemplar.read(TextUnderstanding.class, "exemplars.tsv");
    }

    public Understanding understand(String text) {
        if (text == null || text.isBlank()) {
            return Understanding.none();
        }
        // the cue words are read always, the model where it is ready
        Understanding cues = new Understanding(Map.of(), DomainCues.salience(text), false);
        Optional<List<Vector>> known = vectors();
        if (known.isEmpty()) {
            return cues;
        }
        Map<ProblemCode, Double> problems = new EnumMap<>(ProblemCode.class);
        Map<BasicIdDomain, Double> domainScore = new EnumMap<>(BasicIdDomain.class);
        for (String sentence : sentences(text)) {
            Optional<float[]> v = embed(sentence);
            if (v.isEmpty()) {
                return cues;
            }
            Map<String, Double> best = new LinkedHashMap<>();
            for (Vector e : known.get()) {
                best.merge(e.label(), cosine(v.get(), e.values()), Math::max);
            }
            // a sentence names its clearest problem, and any other nearly as clear
            double clearest = best.entrySet().stream().filter(e -> isProblem(e.getKey())).mapToDouble(Map.Entry::getValue).max().orElse(0);
            best.forEach((label, sim) -> {
                if (isProblem(label) && sim >= PROBLEM_THRESHOLD && sim >= clearest - PROBLEM_MARGIN) {
                    problems.merge(ProblemCode.valueOf(label), sim, Math::max);
                } else if (isDomain(label) && sim >= DOMAIN_THRESHOLD) {
                    domainScore.merge(BasicIdDomain.valueOf(label), sim, Double::sum);
                }
            });
        }
        Map<BasicIdDomain, Integer> salience = new EnumMap<>(BasicIdDomain.class);
        domainScore.forEach((d, score) -> salience.put(d, score >= 1.3 ? 3 : score >= 0.62 ? 2 : 1));
        return new Understanding(problems, salience, true).plus(cues);
    }

    /** The option the text clearly means, by similarity to the option labels; empty when unsure or not ready. */
    public Optional<String> matchOption(String text, List<String[]> valueAndLabels) {
        if (vectors().isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<float[]> said = embed(text);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String bestValue = null;
        double best = -1;
        double second = -1;
        for (String[] option : valueAndLabels) {
            Optional<float[]> label = embed(option[1]);
            if (label.isEmpty()) {
                return Optional.empty();
            }
            double sim = cosine(said.get(), label.get());
            if (sim > best) {
                second = best;
                best = sim;
                bestValue = option[0];
            } else if (sim > second) {
                second = sim;
            }
        }
        return best >= OPTION_THRESHOLD && best - second >= OPTION_MARGIN ? Optional.ofNullable(bestValue) : Optional.empty();
    }

    /** The embedding, or empty when the model is not ready or fails: understanding is a help, never a reason to fail a turn. */
    private Optional<float[]> embed(String text) {
        try {
            return embedder.embed(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<List<Vector>> vectors() {
        List<Vector> known = vectors;
        if (known != null) {
            return Optional.of(known);
        }
        // the model loads in the background after start-up; wait a little rather than understand nothing
        embedder.awaitReady(READY_WAIT_MILLIS);
        synchronized (this) {
            if (vectors == null) {
                List<Vector> computed = new ArrayList<>();
                for (Exemplar e : exemplars) {
                    Optional<float[]> v = embed(e.text());
                    if (v.isEmpty()) {
                        return Optional.empty();
                    }
                    computed.add(new Vector(e.label(), v.get()));
                }
                vectors = List.copyOf(computed);
            }
            return Optional.of(vectors);
        }
    }

    /** The text cut into sentences (and clauses joined by "and"/"but"), as the model reads them best. */
    public static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?;])\\s+|\\n+|,\\s+(?:and|but)\\s+"))
                .map(String::strip).filter(s -> s.length() > 2).toList();
    }

    private static boolean isProblem(String label) {
        return Arrays.stream(ProblemCode.values()).anyMatch(p -> p.name().equals(label));
    }

    private static boolean isDomain(String label) {
        return Arrays.stream(BasicIdDomain.values()).anyMatch(d -> d.name().equals(label));
    }

    /** Cosine similarity of two vectors of the same length. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

}
