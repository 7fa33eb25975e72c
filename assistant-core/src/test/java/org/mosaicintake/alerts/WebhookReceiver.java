package org.mosaicintake.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A real HTTP endpoint standing in for a clinic's alert webhook: records deliveries and answers as
 * scripted. It serves every test of the run (alerts of all intakes arrive here), so tests pick their
 * own deliveries out by intake id, and a scripted failure applies to each alert, not to "the next
 * request" (which another test's alert might take).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Delivery(String path, String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> attemptsPerAlert = new ConcurrentHashMap<>();
    private volatile int refusalsPerAlert;
    private volatile int refusalStatus = 503;

    /** @param port 0 for any free port */
    public WebhookReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Delivery delivery = new Delivery(exchange.getRequestURI().getPath(), body, Map.copyOf(exchange.getRequestHeaders()));
            received.add(delivery);
            String key = String.valueOf(delivery.header("Idempotency-Key"));
            int attempt = attemptsPerAlert.merge(key, 1, Integer::sum);
            exchange.sendResponseHeaders(attempt <= refusalsPerAlert ? refusalStatus : 204, -1);
            exchange.close();
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on each alert is refused with {@code status} this many times before it is accepted. */
    public void refuseEachAlert(int times, int status) {
        refusalStatus = status;
        refusalsPerAlert = times;
    }

    /** Accepts every delivery again. */
    public void acceptAll() {
        refusalsPerAlert = 0;
    }

    public List<Delivery> received() {
        return List.copyOf(received);
    }

    /** Waits (up to the limit) until at least {@code count} deliveries match, and returns them all. */
    public List<Delivery> await(Predicate<Delivery> which, int count, Duration limit) {
        return org.awaitility.Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(50))
                .until(() -> received.stream().filter(which).toList(), matching -> matching.size() >= count);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
