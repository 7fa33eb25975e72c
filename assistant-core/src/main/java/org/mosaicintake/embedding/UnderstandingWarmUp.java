package org.mosaicintake.embedding;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * Once the model is loaded, computes the exemplar vectors of language understanding and of the risk
 * detector in the background, so the first clients to write their story do not wait for them. The
 * service serves consent and questionnaires meanwhile.
 */
@ApplicationScoped
public class UnderstandingWarmUp {

    void onStart(@Observes StartupEvent event, TextUnderstanding understanding, RiskDetector risk) {
        Thread warmUp = new Thread(() -> {
            understanding.understand("warming up");
            risk.assess("warming up");
        }, "understanding-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
