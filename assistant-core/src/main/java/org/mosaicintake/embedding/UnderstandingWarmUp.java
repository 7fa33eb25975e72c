package org.mosaicintake.embedding;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * Once the model is loaded, computes the exemplar vectors in the background, so the first clients
 * to write their story do not wait for it. The service serves consent and questionnaires meanwhile.
 */
@ApplicationScoped
public class UnderstandingWarmUp {

    void onStart(@Observes StartupEvent event, TextUnderstanding understanding) {
        Thread warmUp = new Thread(() -> understanding.understand("warming up"), "understanding-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
