package org.mosaicintake.embedding;

import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.risk.RiskSignal;

/**
 * The risk model behind SmallRye Fault Tolerance: it runs off the caller's thread (thread offload to
 * the service's worker pool), at most {@value #CONCURRENT} readings at once with
 * {@value #QUEUED} waiting (bulkhead), and is given up after {@code mosaic.risk.timeout} (time-out),
 * which also covers a model still loading after start-up. Whatever goes wrong (an error, a time-out,
 * a full bulkhead, no answer) the reading fails closed: the text counts as flagged, and the client is
 * asked the risk questions rather than passed over. Thread-safe.
 */
public final class GuardedRiskModel implements RiskDetector {

    static final int CONCURRENT = 8;
    static final int QUEUED = 64;

    private final RiskDetector model;
    private final TypedGuard<CompletionStage<RiskSignal>> guard;

    /**
     * @param model         the model-based detector to guard
     * @param timeoutMillis longest wait for one reading, in milliseconds
     */
    public GuardedRiskModel(RiskDetector model, long timeoutMillis) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<RiskSignal>>() {
                })
                .withDescription("risk-model")
                .withTimeout().duration(timeoutMillis, ChronoUnit.MILLIS).done()
                .withBulkhead().limit(CONCURRENT).queueSize(QUEUED).done()
                .withThreadOffload(true)
                .build();
    }

    @Override
    public RiskSignal assess(String text) {
        try {
            RiskSignal signal = guard.get(() -> CompletableFuture.completedFuture(model.assess(text))).toCompletableFuture().get();
            return signal == null ? RiskSignal.failedClosed() : signal;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RiskSignal.failedClosed();
        } catch (ExecutionException | RuntimeException e) {
            return RiskSignal.failedClosed();
        }
    }
}
