package org.mosaicintake.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mosaicintake.risk.CombinedRiskDetector;
import org.mosaicintake.risk.LearnedRiskDetector;
import org.mosaicintake.risk.Neighbours;
import org.mosaicintake.risk.PhraseRiskDetector;
import org.mosaicintake.risk.RiskClassifier;
import org.mosaicintake.risk.RiskDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading one free-text answer for risk (rules, then the classifier over the in-process embedding) in
 * English and in Spanish, where the sentence is embedded twice (as written, and glossed into English);
 * and the nearest-neighbour reading of one sentence, which the check band adds for a sentence near it.
 * Run as described in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RiskReadingBenchmark {

    /** A benign answer of two sentences, which the rules leave to the classifier. */
    @Param({"en", "es"})
    public String language;

    private RiskDetector detector;
    private String text;
    private Neighbours neighbours;
    private float[] vector;

    @Setup
    public void setUp() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        detector = new CombinedRiskDetector(new PhraseRiskDetector(),
                new LearnedRiskDetector(t -> Optional.of(model.embed(t).content().vector()), RiskClassifier.load(), Neighbours.load()));
        vector = model.embed("I've been keeping my tablets in a tub by the bed").content().vector();
        neighbours = Neighbours.load();
        text = language.equals("en")
                ? "Since I moved for work I hardly sleep and I feel tense most evenings. My sister says I should talk to someone."
                : "Desde que me mudé por trabajo casi no duermo y estoy tensa casi todas las tardes. Mi hermana dice que hable con alguien.";
    }

    @Benchmark
    public Object read() {
        return detector.assess(text);
    }

    /** The nearest-neighbour reading of one embedded sentence (done only for a sentence the classifier reads near the check band). */
    @Benchmark
    public double neighbours() {
        return neighbours.riskShare(vector);
    }
}
