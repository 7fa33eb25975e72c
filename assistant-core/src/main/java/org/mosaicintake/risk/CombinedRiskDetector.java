package org.mosaicintake.risk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rules first, then the embedding model: a text is flagged when either flags it. Fails closed: when
 * the model errs, is not ready or takes longer than the time-out, the text counts as flagged.
 * Thread-safe.
 */
public final class CombinedRiskDetector implements RiskDetector {

    private final RiskDetector rules;
    private final RiskDetector model;
    private final Duration timeout;
    private final Executor executor;

    /**
     * @param rules    the rule-based detector, run in the caller's thread
     * @param model    the model-based detector, run on {@code executor} and given up after {@code timeout}
     * @param timeout  longest wait for the model, including a model still loading after start-up
     * @param executor where the model runs
     */
    public CombinedRiskDetector(RiskDetector rules, RiskDetector model, Duration timeout, Executor executor) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.timeout = timeout;
        this.executor = java.util.Objects.requireNonNull(executor, "executor");
    }

    @Override
    public RiskSignal assess(String text) {
        RiskSignal byRules;
        try {
            byRules = rules.assess(text);
        } catch (RuntimeException e) {
            return RiskSignal.failedClosed();
        }
        if (byRules != null && byRules.flagged()) {
            return byRules;
        }
        CompletableFuture<RiskSignal> reading = CompletableFuture.supplyAsync(() -> model.assess(text), executor);
        try {
            RiskSignal byModel = reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return byModel == null ? RiskSignal.failedClosed() : byModel;
        } catch (TimeoutException e) {
            reading.cancel(true);
            return RiskSignal.failedClosed();
        } catch (ExecutionException | RuntimeException e) {
            return RiskSignal.failedClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RiskSignal.failedClosed();
        }
    }
}
