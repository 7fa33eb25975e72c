package org.mosaicintake.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Output guardrail for reflections shown to clients: no diagnosis, medication or dosing, self-harm
 * method, promise of outcome, question or instruction, and two sentences at most. A failure is not
 * retried: the deterministic text is shown instead.
 */
@ApplicationScoped
public class ReflectionGuardrail implements OutputGuardrail {

    private final LlmMetrics metrics;

    public ReflectionGuardrail(LlmMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage responseFromLLM) {
        return GuardrailRules.reflection(responseFromLLM.text())
                .map(reason -> {
                    metrics.guardrailFailed("reflection", reason);
                    return fatal(reason);
                })
                .orElseGet(this::success);
    }
}
