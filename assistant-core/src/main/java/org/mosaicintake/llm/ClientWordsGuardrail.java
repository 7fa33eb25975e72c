package org.mosaicintake.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.mosaicintake.config.MosaicConfig;

/** Input guardrail: nothing over-long and no attempt to steer the model goes out. */
@ApplicationScoped
public class ClientWordsGuardrail implements InputGuardrail {

    private final int maxLength;
    private final LlmMetrics metrics;

    public ClientWordsGuardrail(MosaicConfig config, LlmMetrics metrics) {
        // the client's longest answer plus room for our framing and the findings
        this.maxLength = config.intake().maxTextLength() * 3 + 2000;
        this.metrics = metrics;
    }

    @Override
    public InputGuardrailResult validate(UserMessage userMessage) {
        return GuardrailRules.input(userMessage.singleText(), maxLength)
                .map(reason -> {
                    metrics.guardrailFailed("input", reason);
                    return failure(reason);
                })
                .orElseGet(this::success);
    }
}
