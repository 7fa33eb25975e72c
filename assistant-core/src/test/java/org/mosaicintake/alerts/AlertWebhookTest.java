package org.mosaicintake.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.TestIntakes;
import org.mosaicintake.persistence.Alert;

/**
 * Clinician alerts end to end: an escalated or urgent intake writes an alert to the outbox in the
 * turn's transaction, and the alert reaches the webhook (a real HTTP server here), with retries,
 * signed, and without a word the client wrote.
 */
@QuarkusTest
@TestProfile(AlertWebhookTest.Webhook.class)
class AlertWebhookTest {

    static final WebhookReceiver RECEIVER = new WebhookReceiver(freePort());

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mosaic.alerts.webhook-url", "http://127.0.0.1:" + RECEIVER.port() + "/hooks/mosaic",
                    "mosaic.alerts.webhook-secret", "clinic-shared-secret");
        }
    }

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    private static List<Alert> alerts(String intakeId) {
        return QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intakeId));
    }

    @Test
    void an_acute_screen_writes_an_alert_with_the_turn_and_the_webhook_receives_it_without_client_text() throws Exception {
        String story = "I feel like a burden and I have been thinking about ending my life.";
        JsonPath r = TestIntakes.acuteAfterStory(story);
        String intakeId = r.getString("intakeId");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");

        // raised at the screen's end (IMMINENT); an earlier alert only if the level rose in steps
        assertThat(alerts(intakeId)).extracting(a -> a.level).containsExactly("IMMINENT");

        List<WebhookReceiver.Delivery> got = RECEIVER.await(d -> d.body().contains(intakeId), 1, Duration.ofSeconds(20));
        assertThat(got).hasSize(1);
        JsonPath payload = JsonPath.from(got.get(0).body());
        assertThat(payload.getMap("")).containsOnlyKeys("alertId", "intakeId", "clinicId", "level", "raisedAt");
        assertThat(payload.getString("level")).isEqualTo("IMMINENT");
        assertThat(payload.getString("clinicId")).isEqualTo("demo");
        assertThat(got.get(0).body()).doesNotContain("burden", "ending", "life");
        assertThat(got.get(0).header("Idempotency-Key")).isEqualTo(payload.getString("alertId"));
        assertThat(got.get(0).header("X-Mosaic-Signature")).isEqualTo("sha256=" + AlertDelivery.hmac("clinic-shared-secret", got.get(0).body()));
        awaitDelivered(intakeId);
    }

    @Test
    void a_failing_webhook_is_retried_until_it_accepts_and_the_alert_is_delivered_once_accepted() throws Exception {
        RECEIVER.answerNext(503, 500);
        String intakeId = TestIntakes.moderateScreen();
        List<WebhookReceiver.Delivery> got = RECEIVER.await(d -> d.body().contains(intakeId), 3, Duration.ofSeconds(30));
        assertThat(got).hasSize(3);
        assertThat(got).extracting(d -> d.header("Idempotency-Key")).containsOnly(got.get(0).header("Idempotency-Key"));
        Alert alert = awaitDelivered(intakeId);
        assertThat(alert.level).isEqualTo("MODERATE");
        assertThat(alert.attempts).isEqualTo(3);
        // delivered means no more requests
        Thread.sleep(1000);
        assertThat(RECEIVER.received().stream().filter(d -> d.body().contains(intakeId))).hasSize(3);
    }

    @Test
    void a_negative_screen_raises_no_alert() {
        String intakeId = TestIntakes.negativeScreen();
        assertThat(alerts(intakeId)).isEmpty();
    }

    private static Alert awaitDelivered(String intakeId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<Alert> alerts = alerts(intakeId);
            if (!alerts.isEmpty() && alerts.get(0).deliveredAt != null) {
                return alerts.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("alert for " + intakeId + " not marked delivered: " + alerts(intakeId).get(0).lastError);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
