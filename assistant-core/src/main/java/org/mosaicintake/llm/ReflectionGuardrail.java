package org.mosaicintake.llm;

import jakarta.inject.Singleton;

/**
 * Output guardrail for reflections shown to clients: no diagnosis, medication or dosing, self-harm
 * method, promise of outcome, question or instruction, and two sentences at most.
 */
@Singleton
public class ReflectionGuardrail extends RuleOutputGuardrail {

    public ReflectionGuardrail(LlmMetrics metrics) {
        super("reflection", GuardrailRules::reflection, metrics);
    }
}
