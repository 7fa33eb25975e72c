package org.mosaicintake.risk;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The development part's sentences as the embedding model reads them, each marked risk or benign,
 * for a nearest-neighbour reading beside the linear {@link RiskClassifier}: of the {@link #k()}
 * stored sentences most like a new one, how much (weighted by closeness) is risk. A linear model
 * draws one boundary through the whole embedding space; the neighbours follow the corpus's local
 * shape, which is what reads a new phrasing that sits among risky ones the boundary leaves out.
 * Measured on the development part with each validation batch held out whole (docs/risk.md, session 27).
 *
 * <p>Stored compactly as {@link #RESOURCE}: each unit-length vector as signed bytes with one scale
 * (about 390 bytes a sentence). Built and written by {@code RiskClassifierTrainingTest}; nothing of
 * the sentences' text ships. Immutable and thread-safe.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): the magic {@code MNB1}; count, dimensions and
 * {@code k} as ints; the temperature as a float; then per sentence a risk byte (1 risk, 0 benign),
 * its scale as a float and {@code dimensions} signed bytes (value = byte x scale).
 */
public final class Neighbours {

    public static final String RESOURCE = "neighbours.bin";
    private static final int MAGIC = 0x4d4e4231;

    private final boolean[] risk;
    private final float[] scale;
    private final byte[] values;
    private final int dimensions;
    private final int k;
    private final float temperature;

    private Neighbours(boolean[] risk, float[] scale, byte[] values, int dimensions, int k, float temperature) {
        if (dimensions < 1 || k < 1 || !(temperature > 0)) {
            throw new IllegalArgumentException("neighbours need dimensions >= 1, k >= 1 and a temperature > 0, were "
                    + dimensions + ", " + k + " and " + temperature);
        }
        if (risk.length < k || scale.length != risk.length || values.length != risk.length * dimensions) {
            throw new IllegalArgumentException("neighbours need at least k sentences, each with a scale and " + dimensions + " values");
        }
        this.risk = risk;
        this.scale = scale;
        this.values = values;
        this.dimensions = dimensions;
        this.k = k;
        this.temperature = temperature;
    }

    /**
     * Neighbours of these vectors (any length: each is stored at unit length).
     *
     * @param vectors     the sentences' embeddings, all of one length
     * @param risk        for each, whether it is a risk sentence
     * @param k           how many neighbours a reading weighs
     * @param temperature how sharply closeness weighs (the weight of a neighbour is exp(similarity / temperature))
     */
    public static Neighbours of(List<float[]> vectors, List<Boolean> risk, int k, float temperature) {
        if (vectors.isEmpty() || vectors.size() != risk.size()) {
            throw new IllegalArgumentException("one risk mark per vector, and at least one vector");
        }
        int dims = vectors.get(0).length;
        boolean[] marks = new boolean[vectors.size()];
        float[] scales = new float[vectors.size()];
        byte[] bytes = new byte[vectors.size() * dims];
        for (int n = 0; n < vectors.size(); n++) {
            float[] v = unit(vectors.get(n));
            if (v.length != dims) {
                throw new IllegalArgumentException("vector " + n + " has " + v.length + " dimensions, not " + dims);
            }
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            scales[n] = max == 0 ? 1 : max / 127;
            for (int i = 0; i < dims; i++) {
                bytes[n * dims + i] = (byte) Math.round(v[i] / scales[n]);
            }
            marks[n] = risk.get(n);
        }
        return new Neighbours(marks, scales, bytes, dims, k, temperature);
    }

    /** Only the sentences {@code keep} marks (for cross-validation). */
    public Neighbours subset(boolean[] keep) {
        int n = 0;
        for (boolean b : keep) {
            n += b ? 1 : 0;
        }
        boolean[] marks = new boolean[n];
        float[] scales = new float[n];
        byte[] bytes = new byte[n * dimensions];
        int to = 0;
        for (int from = 0; from < risk.length; from++) {
            if (keep[from]) {
                marks[to] = risk[from];
                scales[to] = scale[from];
                System.arraycopy(values, from * dimensions, bytes, to * dimensions, dimensions);
                to++;
            }
        }
        return new Neighbours(marks, scales, bytes, dimensions, k, temperature);
    }

    /** How much of the {@link #k()} nearest stored sentences is risk, each weighted by exp(similarity / temperature): 0 to 1. */
    public double riskShare(float[] embedding) {
        if (embedding.length != dimensions) {
            throw new IllegalArgumentException("the neighbours hold " + dimensions + " dimensions, got " + embedding.length);
        }
        float[] q = unit(embedding);
        double[] best = new double[k];
        boolean[] bestRisk = new boolean[k];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int n = 0; n < risk.length; n++) {
            int at = n * dimensions;
            float dot = 0;
            for (int i = 0; i < dimensions; i++) {
                dot += q[i] * values[at + i];
            }
            double sim = dot * scale[n];
            if (sim > best[k - 1]) {
                int i = k - 1;
                while (i > 0 && best[i - 1] < sim) {
                    best[i] = best[i - 1];
                    bestRisk[i] = bestRisk[i - 1];
                    i--;
                }
                best[i] = sim;
                bestRisk[i] = risk[n];
            }
        }
        double weights = 0;
        double share = 0;
        for (int i = 0; i < k; i++) {
            double w = Math.exp((best[i] - best[0]) / temperature); // shifted by the best for stability; the ratio is the same
            weights += w;
            share += bestRisk[i] ? w : 0;
        }
        return share / weights;
    }

    public int size() {
        return risk.length;
    }

    public int dimensions() {
        return dimensions;
    }

    public int k() {
        return k;
    }

    public float temperature() {
        return temperature;
    }

    /** Whether the stored sentence {@code n} is a risk sentence. */
    public boolean risk(int n) {
        return risk[n];
    }

    /** The stored sentence {@code n}'s unit vector, as quantised. */
    public float[] vector(int n) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = values[n * dimensions + i] * scale[n];
        }
        return v;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(risk.length);
        data.writeInt(dimensions);
        data.writeInt(k);
        data.writeFloat(temperature);
        for (int n = 0; n < risk.length; n++) {
            data.writeByte(risk[n] ? 1 : 0);
            data.writeFloat(scale[n]);
            data.write(values, n * dimensions, dimensions);
        }
        data.flush();
    }

    public static Neighbours read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a neighbours file (no MNB1 magic)");
        }
        int count = data.readInt();
        int dims = data.readInt();
        int k = data.readInt();
        float temperature = data.readFloat();
        if (count < 1 || dims < 1 || (long) count * dims > Integer.MAX_VALUE) {
            throw new IOException("a neighbours file with " + count + " sentences of " + dims + " dimensions");
        }
        boolean[] marks = new boolean[count];
        float[] scales = new float[count];
        byte[] bytes = new byte[count * dims];
        for (int n = 0; n < count; n++) {
            marks[n] = data.readByte() == 1;
            scales[n] = data.readFloat();
            data.readFully(bytes, n * dims, dims);
        }
        return new Neighbours(marks, scales, bytes, dims, k, temperature);
    }

    /** The shipped neighbours, from the class path. */
    public static Neighbours load() {
        try (InputStream in = Neighbours.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + Neighbours.class.getName()
                        + ": write it with RiskClassifierTrainingTest -DtrainRisk=true");
            }
            return read(new java.io.BufferedInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        if (norm == 0) {
            return u;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * inv;
        }
        return u;
    }
}
