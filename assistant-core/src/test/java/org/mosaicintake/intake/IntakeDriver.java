package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives one intake through the client API as the widget would, answering each prompt from a map. */
public final class IntakeDriver {

    public final String id;
    public final String token;
    JsonPath last;
    public final List<String> asked = new ArrayList<>();
    final List<JsonPath> responses = new ArrayList<>();

    private IntakeDriver(JsonPath started) {
        this.id = started.getString("intakeId");
        this.token = started.getString("token");
        this.last = started;
        asked.add(started.getString("prompt.id"));
    }

    public static IntakeDriver start(String locale) {
        return start("demo", locale);
    }

    public static IntakeDriver start(String clinic, String locale) {
        return new IntakeDriver(given().contentType(ContentType.JSON).body(Map.of("clinic", clinic, "locale", locale))
                .post("/api/v1/intakes").then().statusCode(201).extract().jsonPath());
    }

    Response send(Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/intakes/" + id + "/turns");
    }

    public JsonPath answer(Object body) {
        last = send(body).then().statusCode(200).extract().jsonPath();
        responses.add(last);
        String prompt = last.getString("prompt.id");
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
        return last.getString("prompt.id");
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
            } else if (planned instanceof String s && last.getString("prompt.kind").equals("TEXT") && !s.equals("skip")) {
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
        String kind = last.getString("prompt.kind");
        List<String> values = last.getList("prompt.options.value");
        return switch (kind) {
            case "CONSENT" -> Map.of("choice", "agree");
            case "TEXT" -> values.contains("skip") ? Map.of("choice", "skip") : Map.of("text", "Things have been hard lately.");
            case "NUMBER" -> Map.of("value", last.getInt("prompt.min"));
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
