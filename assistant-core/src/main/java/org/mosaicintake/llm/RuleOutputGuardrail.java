package org.mosaicintake.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import java.util.Optional;
import java.util.function.Function;

/**
 * An output guardrail made of one {@link GuardrailRules} check: a failure is counted with its reason
 * and is fatal (not retried), so the caller falls back to its deterministic text.
 */
abstract class RuleOutputGuardrail implements OutputGuardrail {

    private final String name;
    private final Function<String, Optional<String>> rule;
    private final LlmMetrics metrics;

    RuleOutputGuardrail(String name, Function<String, Optional<String>> rule, LlmMetrics metrics) {
        this.name = name;
        this.rule = rule;
        this.metrics = metrics;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage responseFromLLM) {
        return rule.apply(responseFromLLM.text())
                .map(reason -> {
                    metrics.guardrailFailed(name, reason);
                    return fatal(reason);
                })
                .orElseGet(this::success);
    }
}
