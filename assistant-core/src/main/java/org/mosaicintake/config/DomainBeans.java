package org.mosaicintake.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.mosaicintake.dialogue.DialogueEngine;
import org.mosaicintake.dialogue.OptionMatcher;
import org.mosaicintake.formulation.FormulationBuilder;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.instruments.Scoring;
import org.mosaicintake.risk.CombinedRiskDetector;
import org.mosaicintake.risk.RiskDetectors;
import org.mosaicintake.risk.PhraseRiskDetector;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.understanding.Embedder;
import org.mosaicintake.understanding.TextUnderstanding;

/** The domain's objects as CDI beans, configured here so the domain packages stay free of Quarkus. */
public class DomainBeans {

    @Produces
    @ApplicationScoped
    RiskDetector riskDetector(Embedder embedder, MosaicConfig config) {
        return new CombinedRiskDetector(new PhraseRiskDetector(),
                new org.mosaicintake.embedding.GuardedRiskModel(RiskDetectors.model(embedder), config.risk().timeout().toMillis()));
    }

    @Produces
    @ApplicationScoped
    TextUnderstanding textUnderstanding(Embedder embedder) {
        return new TextUnderstanding(embedder);
    }

    @Produces
    @ApplicationScoped
    DialogueEngine dialogueEngine(RiskDetector detector, TextUnderstanding understanding, MosaicConfig config,
                                  org.mosaicintake.dialogue.Reflector reflector) {
        return new DialogueEngine(detector, new OptionMatcher(), understanding, config.intake().maxTextLength(), reflector);
    }

    @Produces
    @ApplicationScoped
    FormulationBuilder formulationBuilder(TextUnderstanding understanding, Scoring scoring) {
        return new FormulationBuilder(scoring, understanding);
    }

    @Produces
    @jakarta.inject.Singleton
    Scoring scoring(Bands bands) {
        return new Scoring(bands);
    }

    @Produces
    @jakarta.inject.Singleton
    Bands bands(MosaicConfig config) {
        return new Bands(config.intake().ptsdCutoff(), config.intake().auditcCutoff());
    }

    @Produces
    @jakarta.inject.Singleton
    org.mosaicintake.staff.SignInPolicy signInPolicy(MosaicConfig config) {
        MosaicConfig.Console c = config.console();
        return new org.mosaicintake.staff.SignInPolicy(c.maxFailedLogins(), c.lockout(), c.idleTimeout(), c.sessionLifetime());
    }
}
