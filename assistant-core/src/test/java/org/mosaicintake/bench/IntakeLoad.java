package org.mosaicintake.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A load client: N simulated clients, all at once, each through a whole intake against a running
 * service (bounded: one intake each, a minute's timeout per request). Prints turn latency
 * percentiles and throughput. Run by assistant-core/bench/load.sh; see docs/benchmarks.md.
 *
 * <p>Usage: {@code IntakeLoad BASE_URL CLIENTS [THINK_MIN_MS THINK_MAX_MS [ARRIVAL_MS]]}: with a think
 * time, each client pauses a random (seeded) time between answers, as a person reading and choosing
 * would; without one, clients answer as fast as the service replies (a saturation test). With an
 * arrival window, each client starts at a random (seeded) moment within it, as people arriving over
 * a minute do; without one, all start at once. Before the load, the floor is measured: 200 empty
 * health-check round trips ({@code /q/health/live}).
 */
public final class IntakeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int thinkMin = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int thinkMax = args.length > 3 ? Integer.parseInt(args[3]) : thinkMin;
        int arrival = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200 && i >= 20) { // the first twenty warm the connection
                floor.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(floor);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> runs = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            java.util.Random random = new java.util.Random(i);
            int startAfter = arrival > 0 ? random.nextInt(arrival) : 0;
            runs.add(pool.submit(() -> {
                Thread.sleep(startAfter);
                return oneIntake(http, base, () -> thinkMin + (thinkMax > thinkMin ? random.nextInt(thinkMax - thinkMin) : 0));
            }));
        }
        List<Long> latencies = new ArrayList<>();
        List<Long> questions = new ArrayList<>();
        List<Long> stories = new ArrayList<>();
        int failed = 0;
        for (Future<List<long[]>> run : runs) {
            try {
                for (long[] turn : run.get(20, TimeUnit.MINUTES)) {
                    latencies.add(turn[0]);
                    if (turn[1] == 1) {
                        questions.add(turn[0]);
                    } else if (turn[1] == 2) {
                        stories.add(turn[0]);
                    }
                }
            } catch (Exception e) {
                failed++;
            }
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdownNow();
        Collections.sort(latencies);
        Collections.sort(questions);
        Collections.sort(stories);
        System.out.printf("clients=%d think=%d-%dms arrival=%dms completed=%d failed=%d turns=%d seconds=%.1f throughput=%.0f p50=%.1f p90=%.1f p99=%.1f max=%.1f"
                        + " questions_p50=%.1f questions_p99=%.1f stories_p50=%.1f stories_p99=%.1f floor_p50=%.2f floor_p99=%.2f%n",
                clients, thinkMin, thinkMax, arrival, clients - failed, failed, latencies.size(), elapsed / 1e9, latencies.size() / (elapsed / 1e9),
                ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99), ms(latencies, 1.0), ms(questions, 0.50), ms(questions, 0.99),
                ms(stories, 0.50), ms(stories, 0.99), ms(floor, 0.50), ms(floor, 0.99));
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** One whole intake; each turn as {nanos, 1 if it answered a question prompt (choice, scale, number), 2 the story, else 0}. */
    private static List<long[]> oneIntake(HttpClient http, String base, java.util.function.IntSupplier think) throws Exception {
        List<long[]> turns = new ArrayList<>();
        JsonNode r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/intakes")), "{\"clinic\":\"demo\"}", turns, 0, 201);
        String id = r.get("intakeId").asText();
        String token = r.get("token").asText();
        int guard = 0;
        while (r.hasNonNull("prompt") && guard++ < 120) {
            Thread.sleep(think.getAsInt());
            JsonNode prompt = r.get("prompt");
            String kind = prompt.get("kind").asText();
            boolean question = kind.equals("CHOICE") || kind.equals("SCALE") || kind.equals("NUMBER");
            r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/intakes/" + id + "/turns"))
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString()),
                    answer(prompt), turns, question && r.hasNonNull("prompt") ? 1 : prompt.get("id").asText().equals("story") ? 2 : 0, 200);
            if (!r.hasNonNull("prompt") && question) {
                turns.get(turns.size() - 1)[1] = 0; // the completing turn also builds the formulation and the plan
            }
        }
        if (!"COMPLETED".equals(r.get("status").asText())) {
            throw new IllegalStateException("intake ended " + r.get("status").asText());
        }
        return turns;
    }

    private static String answer(JsonNode prompt) {
        String kind = prompt.get("kind").asText();
        String id = prompt.get("id").asText();
        List<String> values = new ArrayList<>();
        prompt.withArray("options").forEach(o -> values.add(o.get("value").asText()));
        return switch (kind) {
            case "CONSENT" -> "{\"choice\":\"agree\"}";
            case "TEXT" -> values.contains("skip") && !id.equals("story") ? "{\"choice\":\"skip\"}"
                    : "{\"text\":\"I have been feeling stressed and tired for a few months, work is a lot and I sleep badly.\"}";
            case "NUMBER" -> "{\"value\":" + prompt.get("min").asInt() + "}";
            default -> "{\"choice\":\"" + (values.contains("0") ? "0" : values.contains("none") ? "none" : values.get(0)) + "\"}";
        };
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, String body, List<long[]> turns, int question, int expected) throws Exception {
        HttpRequest built = request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        turns.add(new long[] {System.nanoTime() - t0, question});
        if (response.statusCode() != expected) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
