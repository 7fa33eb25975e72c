package org.mosaicintake.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local OpenAI-compatible server for tests: answers {@code POST /v1/chat/completions} with
 * scripted replies per task (reflection, extraction, narrative), records every request body, can be
 * slowed down, stopped and started again on the same port. Real HTTP, no mocks of LangChain4j.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private int port;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public volatile String reflection = "It sounds like the months since your father died have been heavy and lonely.";
    public volatile String extraction = "{\"problems\": [\"GRIEF\", \"INSOMNIA\", \"MADE_UP\"], \"salience\": {\"AFFECT\": 3, \"IMAGERY\": 9},"
            + " \"goals\": [\"Sleep through the night\", \"Talk about my father without falling apart\"]}";
    public volatile String narrative = "The client describes grief after the death of their father in spring, with broken sleep"
            + " and a sense of emptiness, and hopes to sleep through the night and to talk about him.";
    public volatile long delayMillis;

    public FakeOpenAiServer(int port) {
        this.port = port;
        start();
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            port = server.getAddress().getPort(); // a free port when asked for 0; kept for a restart
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String content = body.contains("Task: extraction") ? extraction : body.contains("Task: narrative") ? narrative : reflection;
            byte[] reply = JSON.writeValueAsBytes(Map.of(
                    "id", "chatcmpl-test", "object", "chat.completion", "created", 1_700_000_000, "model", "fake-model",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", content))),
                    "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (IOException gone) {
                // the client gave up (time-out)
            }
            exchange.close();
        });
        server.start();
    }

    public synchronized void stop() {
        server.stop(0);
    }

    public int port() {
        return port;
    }

    /** Every request body received so far. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
        delayMillis = 0;
        reflection = new FakeOpenAiServer.Defaults().reflection;
        narrative = new FakeOpenAiServer.Defaults().narrative;
    }

    /** The default replies, to restore after a test scripted others. */
    private static final class Defaults {
        final String reflection = "It sounds like the months since your father died have been heavy and lonely.";
        final String narrative = "The client describes grief after the death of their father in spring, with broken sleep"
                + " and a sense of emptiness, and hopes to sleep through the night and to talk about him.";
    }

    @Override
    public void close() {
        stop();
    }
}
