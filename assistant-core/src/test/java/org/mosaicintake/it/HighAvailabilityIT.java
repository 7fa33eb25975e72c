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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mosaicintake.alerts.WebhookReceiver;

/**
 * Many instances, one database (issue 20): two packaged instances of the PostgreSQL build behind
 * HAProxy (Debian's package, started here), clients answering through it so that their turns go to
 * both instances; one instance is killed (SIGKILL) mid-load and started again. Clients retry a turn
 * that got no answer with the same Idempotency-Key, as the widget does. Afterwards every
 * acknowledged answer is stored exactly once, every finished intake has its plan, every alert reached
 * the clinic's webhook (a repeat only with the same {@code webhook-id}, and only around the kill),
 * and the audit chain verifies. Runs with {@code -Ppostgresql} (the server at 127.0.0.1:5432).
 */
class HighAvailabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String DATABASE = "mosaic_ha";
    private static final String ADMIN_PASSWORD = "ha-admin-password-123";
    private static final int CLIENTS = 6;
    private final java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();

    @TempDir
    Path dir;

    private final Process[] instances = new Process[2];
    private final int[] ports = new int[2];
    private Process haproxy;
    private int front;
    private WebhookReceiver webhook;
    private final String masterKey = randomKey();
    private final String auditKey = randomKey();

    /** One client's intake: what it last saw, how many answers were acknowledged. */
    static final class Client {
        final boolean atRisk;
        String id;
        String token;
        JsonNode last;
        int acknowledged;

        Client(boolean atRisk) {
            this.atRisk = atRisk;
        }
    }

    @AfterEach
    void stop() {
        for (Process p : instances) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (haproxy != null) {
            haproxy.destroyForcibly();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void two_instances_behind_haproxy_lose_nothing_when_one_is_killed_mid_load() throws Exception {
        freshDatabase();
        webhook = new WebhookReceiver(0);
        ports[0] = PackagedService.freePort();
        ports[1] = PackagedService.freePort();
        front = PackagedService.freePort();
        instances[0] = start(0);
        instances[1] = start(1);
        PackagedService.awaitReady(ports[0], dir.resolve("instance-0.log"));
        PackagedService.awaitReady(ports[1], dir.resolve("instance-1.log"));
        startHaproxy();

        List<Client> clients = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            boolean atRisk = c % 3 == 0;
            running.add(pool.submit(() -> {
                for (int n = 0; n < 2; n++) {
                    Client client = new Client(atRisk);
                    clients.add(client);
                    drive(client);
                }
                return null;
            }));
        }
        Thread.sleep(4_000);
        instances[0].destroyForcibly().waitFor(); // mid-load
        Thread.sleep(3_000);
        instances[0] = start(0);
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        PackagedService.awaitReady(ports[0], dir.resolve("instance-0.log"));

        // every acknowledged answer stored exactly once
        int acknowledged = 0;
        for (Client client : clients) {
            acknowledged += client.acknowledged;
            assertThat(count("select count(*) from intake_message where intake_id = ? and author = 'CLIENT'", client.id))
                    .as("answers stored for intake %s", client.id).isEqualTo(client.acknowledged);
        }
        // every finished intake gets its plan (an instance's completion, or the other's sweep)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from intake where status = 'COMPLETED' and plan is null", null) == 0);
        // every alert delivered; a repeat only with the same webhook-id
        List<String> alertIds = strings("select id from alert_outbox");
        assertThat(alertIds).as("the clients at risk raised alerts").isNotEmpty();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from alert_outbox where delivered_at is null", null) == 0);
        Map<String, Integer> deliveries = new HashMap<>();
        for (WebhookReceiver.Delivery d : webhook.received()) {
            deliveries.merge(d.header("webhook-id"), 1, Integer::sum);
        }
        assertThat(deliveries.keySet()).containsAll(alertIds);
        long repeated = deliveries.values().stream().filter(n -> n > 1).count();
        assertThat(repeated).as("alerts delivered twice (only around the kill)").isLessThanOrEqualTo(1);
        // the audit chain verifies after staff reads on both instances
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < 5; r++) {
                assertThat(call(ports[i], "GET", "/api/v1/clinician/intakes", null, null, true).isArray()).isTrue();
            }
        }
        JsonNode verified = call(front, "GET", "/api/v1/admin/audit/verify", null, null, true);
        assertThat(verified.path("intact").asBoolean()).as("audit chain: %s", verified).isTrue();
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(dir.resolve("instance-" + i + ".log"));
            assertThat(log).as("instance %d log", i).doesNotContain("audit record could not be written");
            assertThat(log).as("instance %d served intakes", i).contains("started for clinic demo");
        }
        System.out.printf("HighAvailabilityIT: %d intakes, %d acknowledged answers, %d requests retried around the kill, %d alerts, "
                + "%d delivered twice%n", clients.size(), acknowledged, retried.get(), alertIds.size(), repeated);
    }

    /** Answers an intake to its end through the proxy, retrying an unanswered turn with the same key. */
    private void drive(Client client) throws Exception {
        JsonNode started = retry("POST", "/api/v1/intakes", null, Map.of("clinic", "demo"), UUID.randomUUID().toString());
        client.id = started.path("intakeId").asText();
        client.token = started.path("token").asText();
        client.last = started;
        while ("IN_PROGRESS".equals(client.last.path("status").asText("IN_PROGRESS")) && client.last.path("prompt").has("id")) {
            JsonNode answered = retry("POST", "/api/v1/intakes/" + client.id + "/turns", client.token, PackagedService.answer(client.last.path("prompt"), client.atRisk), UUID.randomUUID().toString());
            client.acknowledged++;
            client.last = answered;
        }
    }

    private JsonNode retry(String method, String path, String token, Map<String, Object> body, String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = send(front, method, path, token, body, key, false);
                if (response.statusCode() / 100 == 2) {
                    return JSON.readTree(response.body());
                }
                if (response.statusCode() < 500 && response.statusCode() != 409) {
                    throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                // the instance died under this request: ask again, same key
            }
            retried.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError(method + " " + path + " got no answer for a minute");
            }
            Thread.sleep(200);
        }
    }

    private JsonNode call(int port, String method, String path, String token, Map<String, Object> body, boolean admin) throws Exception {
        HttpResponse<String> response = send(port, method, path, token, body, UUID.randomUUID().toString(), admin);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(int port, String method, String path, String token, Map<String, Object> body, String key, boolean admin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process start(int i) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + ports[i],
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "-Dquarkus.datasource.username=postgres",
                "-Dmosaic.plugins.dir=" + Path.of("target/bundled-plugins").toAbsolutePath(),
                "-Dmosaic.alerts.webhook-url=http://127.0.0.1:" + webhook.port() + "/hooks/ha", "-Dmosaic.alerts.allow-plain-http=true",
                "-Dmosaic.alerts.poll-interval=300ms", "-Dmosaic.alerts.retry-delay=PT0.3S",
                "-Dmosaic.limits.turns-per-minute=1000000", "-Dmosaic.limits.intake-starts-per-minute=1000000",
                "-jar", Path.of("target/quarkus-app-postgresql/quarkus-run.jar").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("instance-" + i + ".log").toFile()));
        builder.environment().put("MOSAIC_CRYPTO_MASTER_KEY", masterKey);
        builder.environment().put("MOSAIC_AUDIT_KEY", auditKey);
        builder.environment().put("MOSAIC_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    private void startHaproxy() throws Exception {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, String.join("\n",
                "global", "  maxconn 256",
                "defaults", "  mode http", "  timeout connect 2s", "  timeout client 30s", "  timeout server 30s",
                "  option redispatch", "  retries 2",
                "frontend mosaic", "  bind 127.0.0.1:" + front, "  default_backend instances",
                "backend instances", "  balance roundrobin", "  option httpchk GET /q/health/ready",
                "  default-server inter 500ms fall 2 rise 2",
                "  server a 127.0.0.1:" + ports[0] + " check", "  server b 127.0.0.1:" + ports[1] + " check", ""));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        PackagedService.awaitReady(front, dir.resolve("haproxy.log"));
    }

    private static void freshDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
    }

    private static long count(String sql, String id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             PreparedStatement q = c.prepareStatement(sql)) {
            if (id != null) {
                q.setString(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
