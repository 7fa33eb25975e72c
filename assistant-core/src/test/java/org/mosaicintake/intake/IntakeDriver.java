package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives one intake through the client API as the widget would, answering each prompt from a map.
 * The driver reads the responses it steers by with Jackson: RestAssured's {@link JsonPath} compiles a
 * Groovy expression for every path it evaluates, which made each answered prompt cost ~100 ms of
 * test time. Tests still get every response as a {@link JsonPath} for their assertions.
 */
public final class IntakeDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String id;
    public final String token;
    JsonPath last;
    private JsonNode lastNode;
    public final List<String> asked = new ArrayList<>();
    final List<JsonPath> responses = new ArrayList<>();

    private IntakeDriver(String started) {
        read(started);
        this.id = lastNode.path("intakeId").asText();
        this.token = lastNode.path("token").asText();
        asked.add(prompt());
    }

    private void read(String body) {
        try {
            lastNode = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        last = JsonPath.from(body);
    }

    public static IntakeDriver start(String locale) {
        return start("demo", locale);
    }

    public static IntakeDriver start(String clinic, String locale) {
        return new IntakeDriver(given().contentType(ContentType.JSON).body(Map.of("clinic", clinic, "locale", locale))
                .post("/api/v1/intakes").then().statusCode(201).extract().asString());
    }

    /** Starts an intake as if from this client address (the tests' profile honours X-Forwarded-For). */
    public static IntakeDriver startFrom(String clinic, String locale, String address) {
        return new IntakeDriver(given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("clinic", clinic, "locale", locale)).post("/api/v1/intakes").then().statusCode(201).extract().asString());
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /** One turn over plain HTTP (the widget's call), asserting 200; RestAssured's Groovy layer is slow per request. */
    private String post(Object body) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/intakes/" + id + "/turns"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            java.net.http.HttpResponse<String> response = HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("turn answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response send(Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/intakes/" + id + "/turns");
    }

    public JsonPath answer(Object body) {
        read(post(body));
        responses.add(last);
        String prompt = prompt();
        if (prompt != null) {
            asked.add(prompt);
        }
        return last;
    }

    public JsonPath choice(String value) {
        return answer(Map.of("choice", value));
    }

    public JsonPath text(String text) {
        return answer(Map.of("text", text));
    }

    JsonPath value(int value) {
        return answer(Map.of("value", value));
    }

    String prompt() {
        JsonNode id = lastNode.path("prompt").path("id");
        return id.isTextual() ? id.asText() : null;
    }

    /**
     * Answers every prompt until the intake stops asking: from {@code answers} by prompt id, else a
     * neutral default (the first option of a choice, "0" where offered, a short text, the low end of a number).
     */
    public JsonPath completeWith(Map<String, Object> answers) {
        int guard = 0;
        while (prompt() != null && guard++ < 150) {
            String id = prompt();
            Object planned = answers.get(id);
            if (planned instanceof Integer n) {
                answer(Map.of("value", n));
            } else if (planned instanceof String s && lastNode.path("prompt").path("kind").asText().equals("TEXT") && !s.equals("skip")) {
                text(s);
            } else if (planned instanceof String s) {
                choice(s);
            } else {
                answer(defaultAnswer());
            }
        }
        return last;
    }

    /** Answers every prompt with its neutral default until {@code promptId} is asked. */
    IntakeDriver advanceTo(String promptId) {
        int guard = 0;
        while (!promptId.equals(prompt())) {
            if (prompt() == null || guard++ > 150) {
                throw new AssertionError("the intake never asked " + promptId + "; asked " + asked);
            }
            answer(defaultAnswer());
        }
        return this;
    }

    private Map<String, Object> defaultAnswer() {
        JsonNode prompt = lastNode.path("prompt");
        String kind = prompt.path("kind").asText();
        List<String> values = new ArrayList<>();
        prompt.path("options").forEach(o -> values.add(o.path("value").asText()));
        return switch (kind) {
            case "CONSENT" -> Map.of("choice", "agree");
            case "TEXT" -> values.contains("skip") ? Map.of("choice", "skip") : Map.of("text", "Things have been hard lately.");
            case "NUMBER" -> Map.of("value", prompt.path("min").asInt());
            default -> Map.of("choice", values.contains("0") ? "0" : values.contains("none") ? "none" : values.get(0));
        };
    }

    public static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
