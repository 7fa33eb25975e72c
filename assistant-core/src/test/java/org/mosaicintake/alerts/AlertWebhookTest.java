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
     * The Standard Webhooks specification's example (standardwebhooks.com, the reference libraries'
     * tests): secret {@code whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}, id {@code msg_p5jXN8AQM9LWM0D4loKWxJek},
     * timestamp 1614265330, body {@code {"test": 2432232314}}; also reproduced here with openssl.
     */
    static final String KNOWN_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    /** A receiver's check, written apart from the service's signing: HMAC-SHA256 of {@code id.timestamp.body} under the decoded secret. */
    static boolean verifies(String secret, WebhookReceiver.Delivery d) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal(
                (d.header("webhook-id") + "." + d.header("webhook-timestamp") + "." + d.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long age = java.time.Instant.now().getEpochSecond() - Long.parseLong(d.header("webhook-timestamp"));
        return expected.equals(d.header("webhook-signature")) && age >= 0 && age < 300;
    }

    private static List<Alert> alerts(String intakeId) {
        return QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intakeId));
    }

    @AfterEach
    void acceptAgain() {
        TestServers.webhook.acceptAll();
    }

    @Test
    void the_signature_is_the_standard_webhooks_one() {
        assertThat(WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo(KNOWN_SIGNATURE);
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSizeGreaterThan(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookSignature.of("short")).hasMessageContaining("at least 24");
    }

    @Test
    void a_webhook_must_be_https_unless_plain_http_is_allowed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertDelivery.requireAllowed("http://hooks.clinic.example/a", "url", false))
                .hasMessageContaining("https");
        AlertDelivery.requireAllowed("https://hooks.clinic.example/a", "url", false);
        AlertDelivery.requireAllowed("http://127.0.0.1:9/a", "url", true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertDelivery.requireAllowed("ftp://x.example/a", "url", true))
                .hasMessageContaining("absolute https");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertDelivery.requireAllowed("/relative", "url", true))
                .hasMessageContaining("absolute https");
    }

    @Test
    void an_acute_screen_writes_an_alert_with_the_turn_and_the_webhook_receives_it_without_client_text() throws Exception {
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
        assertThat(got.get(0).path()).isEqualTo("/hooks/mosaic");
        assertThat(got.get(0).header("webhook-id")).isEqualTo(payload.getString("alertId"));
        assertThat(verifies(TestServers.WEBHOOK_SECRET, got.get(0))).as("signed, timestamped, fresh").isTrue();
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

    @Test
    void a_clinic_with_its_own_webhook_gets_its_alerts_there_signed_with_its_own_secret() throws Exception {
        String clinic = "hooked-" + System.nanoTime() % 100000;
        var admin = io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json");
        admin.body(java.util.Map.of("id", clinic, "name", "Hooked Clinic", "country", "GB")).post("/api/v1/admin/clinics").then().statusCode(201);
        String url = "http://127.0.0.1:" + TestServers.webhook.port() + "/hooks/" + clinic;
        io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json")
                .body(java.util.Map.of("url", "not an address")).put("/api/v1/admin/clinics/" + clinic + "/webhook").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.is("url"));
        String secret = io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json")
                .body(java.util.Map.of("url", url)).put("/api/v1/admin/clinics/" + clinic + "/webhook")
                .then().statusCode(200).extract().path("secret");
        assertThat(secret).as("generated, shown once").startsWith("whsec_");
        String shown = io.restassured.RestAssured.given().auth().preemptive().basic("admin", "admin-test-password")
                .get("/api/v1/admin/clinics/" + clinic).then().statusCode(200).extract().asString();
        assertThat(shown).contains(url).doesNotContain(secret.substring(6));

        String intakeId = TestIntakes.acuteAfterStory(clinic, "I feel like a burden and I have been thinking about ending my life.").getString("intakeId");

        List<WebhookReceiver.Delivery> got = TestServers.webhook.await(d -> d.body().contains(intakeId), 1, Duration.ofSeconds(20));
        assertThat(got).extracting(WebhookReceiver.Delivery::path).containsOnly("/hooks/" + clinic);
        assertThat(verifies(secret, got.get(0))).as("signed with the clinic's own secret").isTrue();
        assertThat(verifies(TestServers.WEBHOOK_SECRET, got.get(0))).as("not with the service's").isFalse();
    }
}
