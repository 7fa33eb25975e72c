package org.mosaicintake.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;

/** Output guardrail for the clinicians' narrative: no diagnosis, dosing, self-harm method or promise; bounded length. */
@ApplicationScoped
public class NarrativeGuardrail implements OutputGuardrail {

    private final LlmMetrics metrics;

    public NarrativeGuardrail(LlmMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage responseFromLLM) {
        return GuardrailRules.narrative(responseFromLLM.text())
                .map(reason -> {
                    metrics.guardrailFailed("narrative", reason);
                    return fatal(reason);
                })
                .orElseGet(this::success);
    }
}
