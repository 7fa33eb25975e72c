package org.mosaicintake.llm;

import jakarta.inject.Singleton;

/** Output guardrail for the clinicians' narrative: no diagnosis, dosing, self-harm method or promise; bounded length. */
@Singleton
public class NarrativeGuardrail extends RuleOutputGuardrail {

    public NarrativeGuardrail(LlmMetrics metrics) {
        super("narrative", GuardrailRules::narrative, metrics);
    }
}
