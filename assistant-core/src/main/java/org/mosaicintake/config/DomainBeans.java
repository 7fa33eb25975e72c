package org.mosaicintake.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.mosaicintake.dialogue.DialogueEngine;
import org.mosaicintake.dialogue.OptionMatcher;
import org.mosaicintake.formulation.FormulationBuilder;
import org.mosaicintake.instruments.Scoring;
import org.mosaicintake.risk.PhraseRiskDetector;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.understanding.Embedder;
import org.mosaicintake.understanding.TextUnderstanding;

/** The domain's objects as CDI beans, configured here so the domain packages stay free of Quarkus. */
public class DomainBeans {

    @Produces
    @ApplicationScoped
    RiskDetector riskDetector() {
        return new PhraseRiskDetector();
    }

    @Produces
    @ApplicationScoped
    TextUnderstanding textUnderstanding(Embedder embedder) {
        return new TextUnderstanding(embedder);
    }

    @Produces
    @ApplicationScoped
    DialogueEngine dialogueEngine(RiskDetector detector, TextUnderstanding understanding, MosaicConfig config) {
        return new DialogueEngine(detector, new OptionMatcher(), understanding, config.intake().maxTextLength());
    }

    @Produces
    @ApplicationScoped
    FormulationBuilder formulationBuilder(TextUnderstanding understanding, MosaicConfig config) {
        return new FormulationBuilder(new Scoring(config.intake().ptsdCutoff()), understanding);
    }
}
