package org.mosaicintake.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A multinomial logistic regression over a sentence's embedding and its words: for each sentence, how
 * likely each kind of risk is, and how likely it is benign. The features are the in-process sentence
 * embedding (by meaning) and the sentence's word stems and pairs of stems (by wording, which reads
 * Spanish and misspellings the English embedding reads poorly), each stem in {@link #vocabulary()}
 * worth {@link #LEXICAL_VALUE}. Trained at build time on the development part of the labelled corpus
 * with Tribuo ({@code RiskClassifierTrainingTest}); only its weights and thresholds ship, as
 * {@code risk/classifier.json}. Immutable and thread-safe.
 *
 * <p>As stored: the class names ({@code BENIGN} and {@link RiskCategory} names); per class, one weight
 * per embedding dimension followed by one per vocabulary entry, and a bias; the vocabulary, the word
 * features the classifier knows ({@code w:stem}, {@code b:stem_stem}) in weight order; {@code flagAt},
 * from which probability of risk a sentence opens the screen; {@code checkAt}, from which (below
 * {@code flagAt}) the client is asked the check question, read on the mean of this probability and the
 * share of risk among the sentence's nearest development sentences ({@link Neighbours}, chosen and
 * shipped with these weights; {@link LearnedRiskDetector#checkReading}); and what it was trained on, for the record.
 */
public final class RiskClassifier {

    public static final String BENIGN = "BENIGN";
    public static final String RESOURCE = "classifier.json";
    /** The value of a word feature that is present (an embedding's values are of the order of 0.05). */
    public static final double LEXICAL_VALUE = 0.3;

    private final List<String> classes;
    private final List<float[]> weights;
    private final float[] bias;
    private final List<String> vocabulary;
    private final double flagAt;
    private final double checkAt;
    private final String trainedOn;
    /** Each vocabulary entry's position in a weight row. */
    private final Map<String, Integer> index = new HashMap<>();

    @JsonCreator
    public RiskClassifier(@JsonProperty("classes") List<String> classes, @JsonProperty("weights") List<float[]> weights,
            @JsonProperty("bias") float[] bias, @JsonProperty("vocabulary") List<String> vocabulary,
            @JsonProperty("flagAt") double flagAt, @JsonProperty("checkAt") double checkAt, @JsonProperty("trainedOn") String trainedOn) {
        this.classes = classes = List.copyOf(classes);
        this.weights = weights = List.copyOf(weights);
        this.bias = bias.clone();
        this.vocabulary = vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
        this.flagAt = flagAt;
        this.checkAt = checkAt;
        this.trainedOn = trainedOn;
        if (classes.size() != weights.size() || classes.size() != bias.length || !classes.contains(BENIGN)) {
            throw new IllegalArgumentException("a classifier needs one weight row and one bias per class, BENIGN among them");
        }
        int width = weights.get(0).length;
        if (weights.stream().anyMatch(w -> w.length != width) || width < vocabulary.size()) {
            throw new IllegalArgumentException("every class needs the same weights: embedding dimensions, then one per vocabulary entry");
        }
        for (String c : classes) {
            if (!c.equals(BENIGN)) {
                RiskCategory.valueOf(c);
            }
        }
        if (!(checkAt > 0 && checkAt <= flagAt && flagAt < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < checkAt <= flagAt < 1, were " + checkAt + " and " + flagAt);
        }
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), width - vocabulary.size() + i);
        }
    }

    @JsonProperty
    public List<String> classes() {
        return classes;
    }

    @JsonProperty
    public List<float[]> weights() {
        return weights;
    }

    @JsonProperty
    public float[] bias() {
        return bias.clone();
    }

    @JsonProperty
    public List<String> vocabulary() {
        return vocabulary;
    }

    @JsonProperty
    public double flagAt() {
        return flagAt;
    }

    @JsonProperty
    public double checkAt() {
        return checkAt;
    }

    @JsonProperty
    public String trainedOn() {
        return trainedOn;
    }

    /** The number of embedding dimensions the classifier expects. */
    public int dimensions() {
        return weights.get(0).length - vocabulary.size();
    }

    /**
     * The word features of a sentence already prepared for reading ({@link PhraseRiskDetector#withoutIdioms}):
     * each word's stem ({@code w:}) and each pair of neighbouring stems ({@code b:}), whether or not the
     * classifier knows them; a Spanish sentence has those of its English gloss ({@link SpanishGloss}) as well.
     */
    public static java.util.SortedSet<String> wordFeatures(String prepared) {
        java.util.SortedSet<String> features = new java.util.TreeSet<>();
        addWordFeatures(prepared, features);
        if (SpanishGloss.spanish(prepared)) {
            addWordFeatures(SpanishGloss.get().gloss(prepared), features); // Spanish words share the English ones' weights
        }
        return features;
    }

    private static void addWordFeatures(String prepared, java.util.SortedSet<String> features) {
        String[] words = SpanishGloss.words(prepared);
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            features.add("w:" + stem(words[i]));
            if (i + 1 < words.length) {
                features.add("b:" + stem(words[i]) + "_" + stem(words[i + 1]));
            }
        }
    }

    /** A crude, language-blind stem: enough that "cutting", "cuts" and "cut" share a feature. */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The class probabilities of one sentence (softmax), in the order of {@link #classes()}. */
    public double[] probabilities(float[] embedding, String prepared) {
        if (embedding.length != dimensions()) {
            throw new IllegalArgumentException("the classifier expects " + dimensions() + " dimensions, got " + embedding.length);
        }
        List<Integer> present = wordFeatures(prepared).stream().map(index::get).filter(java.util.Objects::nonNull).toList();
        double[] scores = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            float[] w = weights.get(c);
            double s = bias[c];
            for (int i = 0; i < embedding.length; i++) {
                s += w[i] * embedding[i];
            }
            for (int i : present) {
                s += w[i] * LEXICAL_VALUE;
            }
            scores[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /** The probability that the sentence is not benign. */
    public double risk(double[] probabilities) {
        return 1 - probabilities[classes.indexOf(BENIGN)];
    }

    /** The most probable kind of risk. */
    public RiskCategory category(double[] probabilities) {
        int best = -1;
        for (int c = 0; c < probabilities.length; c++) {
            if (!classes.get(c).equals(BENIGN) && (best < 0 || probabilities[c] > probabilities[best])) {
                best = c;
            }
        }
        return RiskCategory.valueOf(classes.get(best));
    }

    /** The shipped classifier, from the class path. */
    public static RiskClassifier load() {
        try (InputStream in = RiskClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + RiskClassifier.class.getName()
                        + ": train it with RiskClassifierTrainingTest -DtrainRisk=true");
            }
            return new ObjectMapper().readValue(in, RiskClassifier.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
