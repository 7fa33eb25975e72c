package org.mosaicintake.llm;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts at {@code /q/metrics}: model calls per task, fallbacks to the deterministic path per task
 * and reason, guardrail failures per guardrail and reason. Tags are fixed words, never text.
 */
@ApplicationScoped
public class LlmMetrics {

    private final MeterRegistry registry;

    public LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void called(String task) {
        registry.counter("mosaic.llm.calls", "task", task).increment();
    }

    void fellBack(String task, String reason) {
        registry.counter("mosaic.llm.fallbacks", "task", task, "reason", reason).increment();
    }

    void guardrailFailed(String guardrail, String reason) {
        registry.counter("mosaic.llm.guardrail.failures", "guardrail", guardrail, "reason", reason).increment();
    }
}
