package org.mosaicintake.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.mosaicintake.understanding.Embedder;

/**
 * The in-process embedding model (all-MiniLM-L6-v2, quantized, ONNX), loaded in the background at
 * start-up so the service serves its first turns (consent needs no model) without waiting. No
 * network: the model ships inside its Maven artifact.
 */
@ApplicationScoped
public class MiniLmEmbedder implements Embedder {

    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);

    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();

    /** Whether the model is usable: still loading, ready, or failed to load (then risk detection fails closed). */
    public enum State { LOADING, READY, FAILED }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(() -> load(AllMiniLmL6V2QuantizedEmbeddingModel::new), "embedding-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the model (blocking); its state tells readiness checks and callers how it went. */
    void load(java.util.function.Supplier<EmbeddingModel> factory) {
        long started = System.nanoTime();
        try {
            EmbeddingModel loaded = factory.get();
            loaded.embed("warm up");
            model.complete(loaded);
            LOG.infof("Embedding model ready in %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException | LinkageError e) {
            model.completeExceptionally(e);
            // at start-up, before any client: the stack trace holds no client data and tells the operator why
            LOG.errorf(e, "Embedding model failed to load (%s): language understanding falls back to rules, and risk detection fails closed"
                    + " (every free-text answer opens the risk screen)", e.getClass().getSimpleName());
        }
    }

    public State state() {
        return !model.isDone() ? State.LOADING : model.isCompletedExceptionally() ? State.FAILED : State.READY;
    }

    /**
     * The last sentences embedded, so that a sentence read by risk detection and then by
     * understanding in the same turn is embedded once. Small and in memory only.
     */
    private final java.util.Map<String, float[]> recent = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
            return size() > RECENT;
        }
    };
    private static final int RECENT = 256;

    @Override
    public Optional<float[]> embed(String text) {
        if (!model.isDone() || model.isCompletedExceptionally()) {
            return Optional.empty();
        }
        float[] known;
        synchronized (recent) {
            known = recent.get(text);
        }
        if (known == null) {
            known = model.join().embed(text).content().vector();
            synchronized (recent) {
                recent.put(text, known);
            }
        }
        return Optional.of(known.clone());
    }

    @Override
    public boolean awaitReady(long millis) {
        try {
            model.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
