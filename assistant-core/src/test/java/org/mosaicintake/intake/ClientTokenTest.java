package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.IntakeRecord;

/**
 * What a client's token can do (issue 19): it dies 24 hours after the start whatever happened;
 * only answering keeps it alive; once the intake is finished it shows the status and can withdraw,
 * but reads back none of the client's words.
 */
@QuarkusTest
@Tag("database")
class ClientTokenTest {

    private static JsonPath resume(IntakeDriver intake, int status) {
        return given().header("Authorization", "Bearer " + intake.token).get("/api/v1/intakes/" + intake.id)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void after_the_intake_is_finished_the_token_shows_the_status_not_the_words_and_can_still_withdraw() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "My sister and I no longer speak and it weighs on me."));
        JsonPath view = resume(intake, 200);
        assertThat(view.getString("status")).isEqualTo("COMPLETED");
        assertThat(view.getList("transcript")).isEmpty();
        assertThat(view.prettify()).doesNotContain("My sister");
        given().header("Authorization", "Bearer " + intake.token).delete("/api/v1/intakes/" + intake.id).then().statusCode(200);
    }

    @Test
    void the_token_dies_24_hours_after_the_start_even_while_the_client_is_answering() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        QuarkusTransaction.requiringNew().run(() -> {
            IntakeRecord record = IntakeRecord.findById(intake.id);
            record.createdAt = Instant.now().minus(Duration.ofHours(25));
        });
        resume(intake, 401);
        given().header("Authorization", "Bearer " + intake.token).header("Idempotency-Key", "late").contentType("application/json")
                .body("{\"text\": \"still here\"}").post("/api/v1/intakes/" + intake.id + "/turns").then().statusCode(401);
    }

    @Test
    void reading_does_not_keep_the_token_alive_only_answering_does() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        Instant earlier = Instant.now().minus(Duration.ofMinutes(90)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> IntakeRecord.<IntakeRecord>findById(intake.id).tokenUsedAt = earlier);
        resume(intake, 200);
        Instant after = QuarkusTransaction.requiringNew().call(() -> IntakeRecord.<IntakeRecord>findById(intake.id).tokenUsedAt);
        assertThat(after).isEqualTo(earlier);
        intake.text("It has been a hard year.");
        Instant answered = QuarkusTransaction.requiringNew().call(() -> IntakeRecord.<IntakeRecord>findById(intake.id).tokenUsedAt);
        assertThat(answered).isAfter(earlier.plus(Duration.ofMinutes(60)));
    }
}
