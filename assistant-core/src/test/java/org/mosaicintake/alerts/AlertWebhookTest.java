package org.mosaicintake.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.TestIntakes;
import org.mosaicintake.persistence.Alert;
import org.mosaicintake.testsupport.TestServers;
import org.junit.jupiter.api.Tag;

/**
 * Clinician alerts end to end: an escalated or urgent intake writes an alert to the outbox in the
 * turn's transaction, and the alert reaches the webhook (a real HTTP server here, shared by the run),
 * with retries, signed, and without a word the client wrote.
 */
@QuarkusTest
@Tag("database")
class AlertWebhookTest {

    /**
     * HMAC-SHA256 of {@code {"alertId":"a1"}} under the key {@code clinic-shared-secret}, computed
     * independently ({@code printf '%s' '{"alertId":"a1"}' | openssl dgst -sha256 -hmac clinic-shared-secret}).
     */
    static final String KNOWN_SIGNATURE = "e80d88fa0298a24a41a44d9103f374a805fd50f61c1ed5801b7df4a2f298674a";

    private static List<Alert> alerts(String intakeId) {
        return QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intakeId));
    }

    @AfterEach
    void acceptAgain() {
        TestServers.webhook.acceptAll();
    }

    @Test
    void the_signature_is_the_standard_hmac_of_the_body() {
        assertThat(AlertDelivery.hmac(TestServers.WEBHOOK_SECRET, "{\"alertId\":\"a1\"}")).isEqualTo(KNOWN_SIGNATURE);
    }

    @Test
    void an_acute_screen_writes_an_alert_with_the_turn_and_the_webhook_receives_it_without_client_text() {
        String story = "I feel like a burden and I have been thinking about ending my life.";
        JsonPath r = TestIntakes.acuteAfterStory(story);
        String intakeId = r.getString("intakeId");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");

        // raised at the screen's end (IMMINENT); an earlier alert only if the level rose in steps
        assertThat(alerts(intakeId)).extracting(a -> a.level).containsExactly(org.mosaicintake.api.RiskLevel.IMMINENT);

        List<WebhookReceiver.Delivery> got = TestServers.webhook.await(d -> d.body().contains(intakeId), 1, Duration.ofSeconds(20));
        assertThat(got).hasSize(1);
        JsonPath payload = JsonPath.from(got.get(0).body());
        assertThat(payload.getMap("")).containsOnlyKeys("alertId", "intakeId", "clinicId", "pathway", "level", "raisedAt");
        assertThat(payload.getString("pathway")).isEqualTo("SUICIDE");
        assertThat(payload.getString("level")).isEqualTo("IMMINENT");
        assertThat(payload.getString("clinicId")).isEqualTo("demo");
        assertThat(got.get(0).body()).doesNotContain("burden", "ending", "life");
        assertThat(got.get(0).header("Idempotency-Key")).isEqualTo(payload.getString("alertId"));
        assertThat(got.get(0).header("X-Mosaic-Signature")).startsWith("sha256=")
                .isEqualTo("sha256=" + AlertDelivery.hmac(TestServers.WEBHOOK_SECRET, got.get(0).body()));
        awaitDelivered(intakeId);
    }

    @Test
    void a_failing_webhook_is_retried_until_it_accepts_and_the_alert_is_delivered_once_accepted() {
        TestServers.webhook.refuseEachAlert(2, 503);
        String intakeId = TestIntakes.moderateScreen();
        List<WebhookReceiver.Delivery> got = TestServers.webhook.await(d -> d.body().contains(intakeId), 3, Duration.ofSeconds(30));
        assertThat(got).hasSize(3);
        assertThat(got).extracting(d -> d.header("Idempotency-Key")).containsOnly(got.get(0).header("Idempotency-Key"));
        Alert alert = awaitDelivered(intakeId);
        assertThat(alert.level).isEqualTo(org.mosaicintake.api.RiskLevel.MODERATE);
        assertThat(alert.attempts).isEqualTo(3);
        // delivered means no more requests: several poll intervals (200 ms in tests) bring none
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(
                () -> TestServers.webhook.received().stream().filter(d -> d.body().contains(intakeId)).count() == 3);
    }

    @Test
    void two_instances_reading_the_same_due_alert_claim_it_once() {
        java.time.Instant seen = java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String id = QuarkusTransaction.requiringNew().call(() -> {
            Alert alert = new Alert();
            alert.id = java.util.UUID.randomUUID().toString();
            alert.intakeId = java.util.UUID.randomUUID().toString();
            alert.clinicId = "demo";
            alert.level = org.mosaicintake.api.RiskLevel.HIGH;
            alert.raisedAt = seen;
            alert.nextAttemptAt = java.time.Instant.now().plus(Duration.ofDays(1)); // out of the pollers' way
            alert.persist();
            return alert.id;
        });
        java.time.Instant due = QuarkusTransaction.requiringNew().call(() -> Alert.<Alert>findById(id).nextAttemptAt);
        java.time.Instant until = due.plusSeconds(20);
        boolean first = QuarkusTransaction.requiringNew().call(() -> Alert.claim(id, due, until));
        boolean second = QuarkusTransaction.requiringNew().call(() -> Alert.claim(id, due, until));
        assertThat(first).isTrue();
        assertThat(second).as("the other instance read the same alert but may not deliver it").isFalse();
        QuarkusTransaction.requiringNew().run(() -> Alert.deleteById(id));
    }

    @Test
    void a_negative_screen_raises_no_alert() {
        String intakeId = TestIntakes.negativeScreen();
        assertThat(alerts(intakeId)).isEmpty();
    }

    private static Alert awaitDelivered(String intakeId) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> alerts(intakeId).stream().findFirst().orElse(null), a -> a != null && a.deliveredAt != null);
    }
}
