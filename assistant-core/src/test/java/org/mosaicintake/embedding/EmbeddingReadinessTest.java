package org.mosaicintake.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the embedding model: DOWN when it failed to load (issue 20), UP while loading and once ready. */
class EmbeddingReadinessTest {

    @Test
    void a_model_that_failed_to_load_makes_the_instance_not_ready() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        EmbeddingReadiness readiness = new EmbeddingReadiness(embedder);
        assertThat(readiness.call().getStatus()).as("still loading").isEqualTo(HealthCheckResponse.Status.UP);
        embedder.load(() -> {
            throw new IllegalStateException("the model file is missing");
        });
        HealthCheckResponse failed = readiness.call();
        assertThat(failed.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(failed.getData().orElseThrow()).containsEntry("state", "failed");
        assertThat(embedder.embed("hello")).isEmpty();
    }
}
