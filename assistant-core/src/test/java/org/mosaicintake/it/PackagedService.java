package org.mosaicintake.it;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the tests of the packaged service share: free ports, waiting for readiness, a client's answers. */
final class PackagedService {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits up to 90 s for {@code /q/health/ready} to answer 200 on the port; else fails showing the log. */
    static void awaitReady(int port, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready: " + Files.readString(log));
    }

    /**
     * An answer the current prompt takes, as a test client gives it: consent, the first option (a
     * zero or "none" when there is one), the smallest number, a few words or a skip. A client at
     * risk tells a story of suicidal thoughts and answers yes to the ASQ.
     */
    static Map<String, Object> answer(JsonNode prompt, boolean atRisk) {
        String id = prompt.path("id").asText();
        List<String> values = new ArrayList<>();
        prompt.path("options").forEach(o -> values.add(o.path("value").asText()));
        Map<String, Object> body = new HashMap<>(switch (prompt.path("kind").asText()) {
            case "CONSENT" -> Map.of("choice", "agree");
            case "TEXT" -> id.equals("story") && atRisk ? Map.of("text", "I feel like a burden and I have been thinking about ending my life.")
                    : values.contains("skip") ? Map.of("choice", "skip") : Map.of("text", "Things have been hard lately, work and sleep.");
            case "NUMBER" -> Map.of("value", prompt.path("min").asInt());
            default -> Map.of("choice", atRisk && id.startsWith("asq.") && values.contains("1") ? "1"
                    : values.contains("0") ? "0" : values.contains("none") ? "none" : values.get(0));
        });
        body.put("promptId", id);
        return body;
    }
}
