package org.mosaicintake.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /q/health/ready}) says DOWN when the in-process embedding model failed to load:
 * such an instance would treat every free-text answer as a risk disclosure (fail closed), so a load
 * balancer should send clients elsewhere. While the model is still loading (a few seconds after
 * start) the instance is ready: it serves consent and waits for the model where it needs it.
 */
@Readiness
@ApplicationScoped
public class EmbeddingReadiness implements HealthCheck {

    private final MiniLmEmbedder embedder;

    public EmbeddingReadiness(MiniLmEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public HealthCheckResponse call() {
        MiniLmEmbedder.State state = embedder.state();
        return HealthCheckResponse.named("embedding-model").status(state != MiniLmEmbedder.State.FAILED)
                .withData("state", state.name().toLowerCase(java.util.Locale.ROOT)).build();
    }
}
