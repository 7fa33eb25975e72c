package org.mosaicintake.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A multinomial logistic regression over sentence embeddings: for each sentence, how likely each kind
 * of risk is, and how likely it is benign. Trained at build time on the development part of the
 * labelled corpus with Tribuo ({@code RiskClassifierTrainingTest}); only its weights and thresholds
 * ship, as {@code risk/classifier.json}. Immutable and thread-safe.
 *
 * @param classes   the class names: {@code BENIGN} and {@link RiskCategory} names
 * @param weights   per class, one weight per embedding dimension
 * @param bias      per class
 * @param flagAt    from this probability of risk a sentence opens the screen
 * @param checkAt   from this probability of risk (below {@code flagAt}) the client is asked the check question
 * @param trainedOn what it was trained on, for the record
 */
public record RiskClassifier(List<String> classes, List<float[]> weights, float[] bias, double flagAt, double checkAt, String trainedOn) {

    public static final String BENIGN = "BENIGN";
    public static final String RESOURCE = "classifier.json";

    public RiskClassifier {
        classes = List.copyOf(classes);
        weights = List.copyOf(weights);
        if (classes.size() != weights.size() || classes.size() != bias.length || !classes.contains(BENIGN)) {
            throw new IllegalArgumentException("a classifier needs one weight row and one bias per class, BENIGN among them");
        }
        for (String c : classes) {
            if (!c.equals(BENIGN)) {
                RiskCategory.valueOf(c);
            }
        }
        if (!(checkAt > 0 && checkAt <= flagAt && flagAt < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < checkAt <= flagAt < 1, were " + checkAt + " and " + flagAt);
        }
    }

    /** The class probabilities of one embedding (softmax), in the order of {@link #classes()}. */
    public double[] probabilities(float[] embedding) {
        double[] scores = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            float[] w = weights.get(c);
            if (w.length != embedding.length) {
                throw new IllegalArgumentException("the classifier expects " + w.length + " dimensions, got " + embedding.length);
            }
            double s = bias[c];
            for (int i = 0; i < w.length; i++) {
                s += w[i] * embedding[i];
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

    /** The probability that the embedded sentence is not benign. */
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
