package org.mosaicintake.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mosaicintake.console.ConsoleSession;
import org.mosaicintake.intake.IntakeDriver;

/**
 * Every operation the service publishes (its OpenAPI document: the client, clinician and admin APIs
 * and every console form) answered with malformed input: broken and mistyped JSON, control
 * characters, huge and odd path values, missing and junk form fields. Whatever comes in, the answer is
 * never a server error (5xx). Runs in its own profile, on its own clean database, because some of the
 * junk is valid enough to change things.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.Fuzz.class)
class ApiFuzzTest {

    /** Its own database state: the fuzzing may withdraw intakes or approve plans. */
    public static class Fuzz implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mosaic.limits.intake-starts-per-minute", "1000000", "mosaic.limits.turns-per-minute", "1000000",
                    "mosaic.limits.sign-ins-per-minute", "1000000");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "admin-test-password";

    /** JSON bodies that are broken, of the wrong shape, or full of awkward values. */
    private static List<String> jsonBodies(JsonNode schemaProperties, Random random) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "{\"a\":", "[]", "null", "\"text\"", "42", "{}", "{\"x\":1}",
                "[".repeat(500) + "]".repeat(500), "{\"a\":" + "1".repeat(400) + "}", "\u0000", "{\"\u0000\":\"\u0000\"}"));
        List<String> names = new ArrayList<>();
        if (schemaProperties != null) {
            schemaProperties.fieldNames().forEachRemaining(names::add);
        }
        Object[] odd = {null, "", "\u0000\u0007\u001b[31m", "x".repeat(5_000), -1, Long.MAX_VALUE, 1e308, true, List.of(), Map.of("k", "v"),
                "<script>alert(1)</script>", "' or 1=1 --", "../../etc/passwd", "😀\uD800", List.of(List.of(List.of()))};
        for (String name : names) {
            for (Object value : odd) {
                Map<String, Object> body = new java.util.HashMap<>();
                body.put(name, value);
                bodies.add(write(body));
            }
        }
        for (int i = 0; i < 10 && !names.isEmpty(); i++) {
            Map<String, Object> body = new java.util.HashMap<>();
            for (String name : names) {
                body.put(name, odd[random.nextInt(odd.length)]);
            }
            bodies.add(write(body));
        }
        return bodies;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void no_published_operation_answers_malformed_input_with_a_server_error() throws Exception {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        String other = IntakeDriver.start("en").id;
        JsonNode api = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Random random = new Random(20261202L);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method) || path.getKey().equals("/console/logout")) {
                    continue;
                }
                JsonNode content = operation.getValue().path("requestBody").path("content");
                Set<String> ids = new LinkedHashSet<>(List.of(intake.id, other, "00000000-0000-0000-0000-000000000000", "x".repeat(300),
                        "%00", "..%2F..%2Fetc", "%F0%9F%98%80", "demo", "admin"));
                List<String> tried = content.isEmpty() ? new ArrayList<>(ids) : List.of(intake.id, "x".repeat(300));
                for (String id : path.getKey().contains("{") ? tried : List.of("")) {
                    String target = path.getKey().replaceAll("\\{[^}]+}", id);
                    List<Object[]> bodies = new ArrayList<>(); // content type, body
                    if (content.has("application/json")) {
                        JsonNode schema = resolve(api, content.path("application/json").path("schema"));
                        for (String body : jsonBodies(resolve(api, schema).path("properties"), random)) {
                            bodies.add(new Object[] {"application/json", body});
                        }
                    } else if (content.has("application/x-www-form-urlencoded")) {
                        bodies.add(new Object[] {"application/x-www-form-urlencoded", "a=%00&b=" + "x".repeat(5000)});
                        bodies.add(new Object[] {"application/x-www-form-urlencoded", "name=&country=ZZ&sessionBudget=abc&role=god&username=%0A&password=1"});
                        bodies.add(new Object[] {"application/x-www-form-urlencoded", "%%%"});
                    } else if (content.has("multipart/form-data")) {
                        bodies.add(new Object[] {"multipart/form-data", null});
                    } else if (content.has("application/java-archive")) {
                        bodies.add(new Object[] {"application/java-archive", "not a jar"});
                    } else {
                        bodies.add(new Object[] {null, null});
                    }
                    for (Object[] body : bodies) {
                        Response r = send(method, target, (String) body[0], (String) body[1], intake.token);
                        requests++;
                        if (r.statusCode() >= 500) {
                            failures.add(method + " " + path.getKey() + " [" + (id.length() > 20 ? id.substring(0, 20) + "..." : id) + "] "
                                    + body[0] + " " + (body[1] == null ? "" : ((String) body[1]).substring(0, Math.min(60, ((String) body[1]).length())))
                                    + " -> " + r.statusCode());
                        }
                    }
                }
            }
        }
        System.out.printf("fuzz: %d requests over the published operations, %d server errors%n", requests, failures.size());
        assertThat(failures).as("server errors").isEmpty();
        assertThat(requests).isGreaterThan(500);
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static ConsoleSession console;

    private static Response send(String method, String path, String contentType, String body, String token) {
        RequestSpecification spec;
        if (path.startsWith("/console")) {
            if (console == null) {
                console = ConsoleSession.signIn("admin", ADMIN_PASSWORD);
            }
            spec = console.request();
            if (body != null && "application/x-www-form-urlencoded".equals(contentType)) {
                body = body + "&csrf=" + console.csrf;
            }
        } else if (path.startsWith("/api/v1/clinician") || path.startsWith("/api/v1/admin")) {
            spec = given().redirects().follow(false).auth().preemptive().basic("admin", ADMIN_PASSWORD);
        } else {
            spec = given().redirects().follow(false).header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        }
        spec = spec.urlEncodingEnabled(false);
        if (contentType != null && "multipart/form-data".equals(contentType)) {
            spec = spec.multiPart("csrf", console.csrf).multiPart("jar", "junk.jar", "junk".getBytes(), "application/java-archive");
        } else if (contentType != null) {
            spec = spec.contentType(contentType + ("application/json".equals(contentType) ? "; charset=UTF-8" : ""));
            if (body != null) {
                spec = "application/json".equals(contentType) || "application/java-archive".equals(contentType)
                        ? spec.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : spec.body(body);
            }
        }
        return spec.request(method, path);
    }
}
