package org.mosaicintake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service is killed mid-intake (SIGKILL, no graceful shutdown) and started again on the
 * same H2 file database: the client resumes exactly where they were, and nothing is lost.
 */
class RestartMidIntakeIT {

    @TempDir
    Path dir;

    private Process service;
    private int port;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    private void startService(String... options) throws Exception {
        port = PackagedService.freePort();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        command.addAll(List.of(options));
        command.addAll(List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "-Dmosaic.plugins.dir=" + Path.of("target/bundled-plugins").toAbsolutePath(),
                "-Dmosaic.audit.key-file=" + dir.resolve("audit.key"), "-Dmosaic.crypto.key-file=" + dir.resolve("master.key"),
                // the test answers faster than anyone types: the per-intake turn limit is lifted
                "-Dmosaic.limits.turns-per-minute=1000000", "-Dmosaic.limits.intake-starts-per-minute=1000000",
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("service-" + port + ".log").toFile()).start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions() // not listening yet
                    .until(() -> given().port(port).get("/q/health/ready").statusCode() == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the service did not become ready: " + Files.readString(dir.resolve("service-" + port + ".log")), e);
        }
    }

    private JsonPath turn(String id, String token, Map<String, Object> body) {
        return given().port(port).contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/intakes/" + id + "/turns")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_client_resumes_where_they_were_after_the_service_is_killed() throws Exception {
        startService();
        JsonPath started = given().port(port).contentType(ContentType.JSON).body(Map.of("clinic", "demo"))
                .post("/api/v1/intakes").then().statusCode(201).extract().jsonPath();
        String id = started.getString("intakeId");
        String token = started.getString("token");
        turn(id, token, Map.of("choice", "agree"));
        turn(id, token, Map.of("text", "I have not slept properly since spring."));
        turn(id, token, Map.of("choice", "2"));
        JsonPath before = turn(id, token, Map.of("choice", "1"));
        assertThat(before.getString("prompt.id")).isEqualTo("phq9.3");

        service.destroyForcibly().waitFor();
        startService();

        JsonPath resumed = given().port(port).header("Authorization", "Bearer " + token).get("/api/v1/intakes/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getString("prompt.id")).isEqualTo("phq9.3");
        assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
        List<String> transcript = resumed.getList("transcript.text", String.class);
        assertThat(transcript).contains("I have not slept properly since spring.", "More than half the days", "Several days");

        JsonPath next = turn(id, token, Map.of("choice", "3"));
        assertThat(next.getString("prompt.id")).isEqualTo("phq9.4");
    }

    @Test
    void an_alert_raised_while_the_webhook_is_down_is_delivered_after_a_restart() throws Exception {
        int webhookPort = PackagedService.freePort(); // the webhook refuses every delivery until the crash
        String[] alerts = {"-Dmosaic.alerts.webhook-url=http://127.0.0.1:" + webhookPort + "/hooks/mosaic", "-Dmosaic.alerts.allow-plain-http=true",
                "-Dmosaic.alerts.poll-interval=300ms", "-Dmosaic.alerts.retry-delay=PT0.3S", "-Dmosaic.alerts.max-retry-delay=PT1S"};
        org.mosaicintake.alerts.WebhookReceiver refusing = new org.mosaicintake.alerts.WebhookReceiver(webhookPort);
        refusing.refuseEachAlert(Integer.MAX_VALUE, 503);
        startService(alerts);
        JsonPath started = given().port(port).contentType(ContentType.JSON).body(Map.of("clinic", "demo"))
                .post("/api/v1/intakes").then().statusCode(201).extract().jsonPath();
        String id = started.getString("intakeId");
        String token = started.getString("token");
        turn(id, token, Map.of("choice", "agree"));
        turn(id, token, Map.of("text", "I have been thinking about killing myself."));
        for (String answer : List.of("1", "1", "1", "0")) {
            turn(id, token, Map.of("choice", answer));
        }
        assertThat(turn(id, token, Map.of("choice", "1")).getString("status")).isEqualTo("ESCALATED");
        // a few failed attempts before the crash
        refusing.await(d -> d.body().contains(id), 2, Duration.ofSeconds(20));
        refusing.close();

        service.destroyForcibly().waitFor();
        try (org.mosaicintake.alerts.WebhookReceiver receiver = new org.mosaicintake.alerts.WebhookReceiver(webhookPort)) {
            startService(alerts);
            List<org.mosaicintake.alerts.WebhookReceiver.Delivery> got = receiver.await(d -> d.body().contains(id), 1, Duration.ofSeconds(30));
            assertThat(got).isNotEmpty();
            assertThat(JsonPath.from(got.get(0).body()).getString("level")).isEqualTo("IMMINENT");
        }
    }
}
