package org.mosaicintake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability whatever the URL (issue 19): the packaged service runs on an H2 URL an operator might
 * write, without {@code WRITE_DELAY=0}, and is killed (SIGKILL) three times while four clients answer
 * as fast as they can. After each restart every turn the service acknowledged (answered 200) is in
 * the client's transcript; at most the one turn in flight at the kill may be there unacknowledged.
 */
class KillUnderLoadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CLIENTS = 4;
    private static final int CYCLES = 3;

    @TempDir
    Path dir;

    private Process service;
    private int port;

    /** One client: its intake, what it last saw, and how many of its answers were acknowledged. */
    static final class Client {
        String id;
        String token;
        JsonNode last;
        int acknowledged;

        String status() {
            return last.path("status").asText("IN_PROGRESS");
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void no_acknowledged_turn_is_lost_when_the_service_is_killed_under_load() throws Exception {
        List<Client> clients = new CopyOnWriteArrayList<>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            startService();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                pool.submit(() -> {
                    try {
                        while (true) { // one intake after another, until the service is killed
                            Client client = new Client();
                            JsonNode started = call("POST", "/api/v1/intakes", null, Map.of("clinic", "demo"));
                            client.id = started.path("intakeId").asText();
                            client.token = started.path("token").asText();
                            client.last = started;
                            clients.add(client);
                            while (client.status().equals("IN_PROGRESS")) {
                                JsonNode answered = call("POST", "/api/v1/intakes/" + client.id + "/turns", client.token, PackagedService.answer(client.last.path("prompt"), false));
                                client.acknowledged++;
                                client.last = answered;
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        return null; // the service is gone: what was acknowledged is what counts
                    }
                });
            }
            Thread.sleep(Duration.ofSeconds(4).toMillis());
            service.destroyForcibly().waitFor(); // mid-load: turns are in flight
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        startService();
        int acknowledged = 0;
        int lost = 0;
        int finished = 0;
        for (Client client : clients) {
            JsonNode resumed = call("GET", "/api/v1/intakes/" + client.id, client.token, null);
            acknowledged += client.acknowledged;
            if (!resumed.path("status").asText().equals("IN_PROGRESS")) {
                // finished: the transcript is no longer shown to the token; the finishing turn was stored, so were those before it
                finished++;
                continue;
            }
            assertThat(client.status()).as("intake %s was acknowledged as finished but is in progress again", client.id).isEqualTo("IN_PROGRESS");
            int answers = 0;
            for (JsonNode line : resumed.path("transcript")) {
                answers += "CLIENT".equals(line.path("author").asText()) ? 1 : 0;
            }
            lost += Math.max(0, client.acknowledged - answers);
            assertThat(answers).as("answers stored for intake %s", client.id).isBetween(client.acknowledged, client.acknowledged + 1);
        }
        System.out.printf("KillUnderLoadIT: %d intakes (%d finished), %d acknowledged turns across %d kills, %d lost%n", clients.size(),
                finished, acknowledged, CYCLES, lost);
        assertThat(acknowledged).as("turns acknowledged before the kills").isGreaterThan(CYCLES * CLIENTS * 3);
        assertThat(lost).isZero();
    }

    private JsonNode call(String method, String path, String token, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void startService() throws Exception {
        port = PackagedService.freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                // as an operator might write it: no WRITE_DELAY=0
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
                "-Dmosaic.plugins.dir=" + Path.of("target/bundled-plugins").toAbsolutePath(),
                "-Dmosaic.audit.key-file=" + dir.resolve("audit.key"), "-Dmosaic.crypto.key-file=" + dir.resolve("master.key"),
                "-Dmosaic.limits.turns-per-minute=1000000", "-Dmosaic.limits.intake-starts-per-minute=1000000",
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        Path log = dir.resolve("service-" + port + ".log");
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService.awaitReady(port, log);
    }
}
