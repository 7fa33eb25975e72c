package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.embedding.MiniLmEmbedder;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.understanding.Embedder;

/**
 * The turn in three steps (issue 20): the models read the answer while no database transaction is
 * open on the request's thread (so a slow model holds no pooled connection), and the same request
 * sent twice at the same moment is answered the same way twice and stored once.
 */
@QuarkusTest
@Tag("database")
class TurnStepsTest {

    @Test
    void the_models_read_an_answer_with_no_transaction_open() {
        TransactionManager transactions = io.quarkus.arc.Arc.container().instance(TransactionManager.class).get();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        QuarkusMock.installMockForType(new MiniLmEmbedder() {
            @Override
            public Optional<float[]> embed(String text) {
                try {
                    seen.add(transactions.getStatus());
                } catch (SystemException e) {
                    throw new IllegalStateException(e);
                }
                return Optional.of(new float[384]);
            }
        }, Embedder.class);
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Work has been busy and I sleep badly.");
        assertThat(seen).as("the model was asked").isNotEmpty();
        assertThat(seen).as("transaction status on each call").containsOnly(Status.STATUS_NO_TRANSACTION);
    }

    @Test
    void the_same_answer_sent_twice_at_once_is_answered_alike_and_stored_once() throws Exception {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> both = List.of(pool.submit(() -> send(intake, key)), pool.submit(() -> send(intake, key)));
            Response first = both.get(0).get();
            Response second = both.get(1).get();
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.jsonPath().getString("prompt.id")).isEqualTo(first.jsonPath().getString("prompt.id"));
        } finally {
            pool.shutdown();
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> IntakeMessage.transcript(intake.id).stream()
                .filter(m -> m.author == IntakeMessage.Author.CLIENT).count());
        assertThat(stored).as("client lines after consent and one story sent twice").isEqualTo(2);
    }

    private static Response send(IntakeDriver intake, String key) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + intake.token).header("Idempotency-Key", key)
                .body("{\"text\": \"I have been tired and low for weeks.\"}").post("/api/v1/intakes/" + intake.id + "/turns");
    }
}
