package org.mosaicintake.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mosaicintake.understanding.Embedder;
import org.mosaicintake.understanding.Exemplar;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * Reads text for risk by meaning: each sentence (idioms taken out first) is compared with risk
 * exemplars per category and with benign exemplars, all kept as data in
 * {@code risk/exemplars.tsv}. A sentence is flagged when it is very close to a risk exemplar, or
 * close to one and closer to it than to anything benign. Catches phrasing no rule lists.
 *
 * <p>Throws {@link DetectorUnavailableException} when the model is not ready: a caller must treat
 * that as flagged (fail closed). Thread-safe: exemplar vectors are computed once, when first needed.
 */
public final class EmbeddingRiskDetector implements RiskDetector {

    /** From this similarity to a risk exemplar a sentence is flagged whatever else it resembles. */
    public static final double SURE = 0.72;
    /** From this similarity a sentence is flagged when no benign exemplar is closer. */
    public static final double LIKELY = 0.50;

    /** How long a reading waits for a model still loading; callers bound the whole reading with their own time-out. */
    static final long READY_WAIT_MILLIS = 10_000;

    private record Vector(String category, float[] values) {
    }

    /** The nearest risk and benign exemplars of one sentence. */
    public record Reading(RiskCategory category, double risk, double benign) {
    }

    private final Embedder embedder;
    private final List<Exemplar> exemplars;
    private volatile List<Vector> vectors;

    public EmbeddingRiskDetector(Embedder embedder) {
        this.embedder = embedder;
        this.exemplars = load();
    }

    @Override
    public RiskSignal assess(String text) {
        for (Reading reading : read(text)) {
            if (reading.risk() >= SURE || (reading.risk() >= LIKELY && reading.risk() > reading.benign())) {
                return RiskSignal.flagged(reading.category());
            }
        }
        return RiskSignal.CLEAR;
    }

    /** The reading of every sentence, for evaluation and tuning. */
    public List<Reading> read(String text) {
        List<Vector> known = vectors();
        List<Reading> readings = new ArrayList<>();
        for (String sentence : TextUnderstanding.sentences(PhraseRiskDetector.withoutIdioms(text == null ? "" : text.replace('\n', '.')))) {
            float[] v = embed(sentence);
            RiskCategory category = null;
            double risk = 0;
            double benign = 0;
            for (Vector e : known) {
                double sim = TextUnderstanding.cosine(v, e.values());
                if (e.category().equals("BENIGN")) {
                    benign = Math.max(benign, sim);
                } else if (sim > risk) {
                    risk = sim;
                    category = RiskCategory.valueOf(e.category());
                }
            }
            readings.add(new Reading(category, risk, benign));
        }
        return readings;
    }

    private float[] embed(String text) {
        Optional<float[]> v = embedder.embed(text);
        if (v.isEmpty() && embedder.awaitReady(READY_WAIT_MILLIS)) {
            v = embedder.embed(text); // the model was still loading after start-up
        }
        if (v.isEmpty()) {
            throw new DetectorUnavailableException("the embedding model is not ready");
        }
        return v.get();
    }

    private List<Vector> vectors() {
        List<Vector> known = vectors;
        if (known == null) {
            synchronized (this) {
                if (vectors == null) {
                    List<Vector> computed = new ArrayList<>();
                    for (Exemplar e : exemplars) {
                        computed.add(new Vector(e.label(), embed(e.text())));
                    }
                    vectors = List.copyOf(computed);
                }
                known = vectors;
            }
        }
        return known;
    }

    private static List<Exemplar> load() {
        List<Exemplar> loaded = Exemplar.read(EmbeddingRiskDetector.class, "exemplars.tsv");
        for (Exemplar e : loaded) {
            if (!e.label().equals("BENIGN")) {
                RiskCategory.valueOf(e.label()); // a typo in the data fails at start-up, not at a client's turn
            }
        }
        return loaded;
    }

    /** The model cannot read the text now; the turn must be treated as flagged. */
    public static final class DetectorUnavailableException extends RuntimeException {
        public DetectorUnavailableException(String message) {
            super(message);
        }
    }
}
