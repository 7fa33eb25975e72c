package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mosaicintake.embedding.MiniLmEmbedder;
import org.mosaicintake.understanding.Embedder;
import org.junit.jupiter.api.Tag;

/**
 * The detector fails closed end to end: with the embedding model broken or too slow (injected by
 * replacing the model bean for one test), a harmless free-text answer still gets the crisis block and
 * the risk screen, never a 500 and never a silent pass. (A replacement must extend the bean's class,
 * MiniLmEmbedder, for Quarkus to swap it behind the client proxy.)
 */
@QuarkusTest
@Tag("database")
class RiskDetectorFailureTest {

    @Test
    void a_broken_model_still_returns_the_crisis_response() {
        QuarkusMock.installMockForType(new MiniLmEmbedder() {
            @Override
            public Optional<float[]> embed(String text) {
                throw new IllegalStateException("injected: the model crashed");
            }
        }, Embedder.class);
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath r = intake.text("My sister and I have been arguing about our mother's care.");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        assertThat(r.getString("crisis.level")).isEqualTo("LOW");
        assertThat(r.getList("crisis.resources.phone", String.class)).contains("988");
        assertThat(IntakeFlowTest.stored(intake.id, "state").getList("riskTriggers", String.class))
                .containsExactly("story: detector unavailable, treated as flagged");
        // the client's words are kept as their story
        assertThat(IntakeFlowTest.stored(intake.id, "state").getString("texts.story")).startsWith("My sister");
    }

    @Test
    void a_model_slower_than_the_timeout_still_returns_the_crisis_response() {
        QuarkusMock.installMockForType(new MiniLmEmbedder() {
            @Override
            public Optional<float[]> embed(String text) {
                try {
                    Thread.sleep(4_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(new float[384]);
            }
        }, Embedder.class);
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath r = intake.text("Work has been busy and I sleep badly.");
        assertThat(r.getString("prompt.id")).isEqualTo("asq.1");
        assertThat(r.getString("crisis.level")).isEqualTo("LOW");
        assertThat(r.getList("crisis.resources.phone", String.class)).contains("988");
    }
}
