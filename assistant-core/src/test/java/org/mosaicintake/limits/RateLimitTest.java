package org.mosaicintake.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An anonymous caller cannot flood the clinic (issue 19): intake starts per address and per clinic,
 * turns per intake, failed sign-ins per address are limited, with 429 and Retry-After; a body over
 * 64 KiB is refused with 413; health data is sent with Cache-Control: no-store. Each test uses its
 * own forwarded address (the service honours X-Forwarded-For here), so the buckets do not mix.
 */
@QuarkusTest
@Tag("database")
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mosaic.limits.intake-starts-per-minute", "3", "mosaic.limits.intake-starts-per-minute-per-clinic", "8",
                    "mosaic.limits.turns-per-minute", "5", "mosaic.limits.sign-ins-per-minute", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static Response start(String from) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON).body(Map.of("clinic", "demo")).post("/api/v1/intakes");
    }

    @Test
    void intake_starts_past_the_limit_get_429_with_retry_after_and_other_addresses_are_not_held_back() {
        for (int i = 0; i < 3; i++) {
            start("203.0.113.10").then().statusCode(201).header("Cache-Control", "no-store");
        }
        Response refused = start("203.0.113.10");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.jsonPath().getString("error")).startsWith("too many intake starts from this address");
        start("203.0.113.11").then().statusCode(201);
    }

    @Test
    void a_clinic_takes_no_more_starts_a_minute_than_its_limit_from_every_address_together() {
        int created = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = start("198.51.100." + (20 + i)).statusCode();
            created += status == 201 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        assertThat(created).isLessThanOrEqualTo(8);
        assertThat(refused).isGreaterThanOrEqualTo(4);
    }

    @Test
    void turns_past_the_limit_get_429_and_the_answer_is_not_taken() {
        Response started = start("203.0.113.30");
        String id = started.jsonPath().getString("intakeId");
        String token = started.jsonPath().getString("token");
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            Response turn = given().header("X-Forwarded-For", "203.0.113.30").header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", "k" + i).contentType(ContentType.JSON)
                    .body(i % 2 == 0 ? Map.of("choice", "agree") : Map.of("back", true)).post("/api/v1/intakes/" + id + "/turns");
            if (turn.statusCode() == 429) {
                refused++;
                assertThat(turn.header("Retry-After")).isNotBlank();
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void a_body_over_64_kib_is_refused_with_413() {
        String big = "x".repeat(70 * 1024);
        given().header("X-Forwarded-For", "203.0.113.40").contentType(ContentType.JSON)
                .body("{\"clinic\": \"demo\", \"locale\": \"" + big + "\"}").post("/api/v1/intakes")
                .then().statusCode(413);
    }

    @Test
    void failed_sign_ins_are_throttled_per_address_and_the_right_password_then_waits_too() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.50").auth().preemptive().basic("nobody-" + i, "wrong")
                    .get("/api/v1/clinician/intakes").then().statusCode(401);
        }
        Response held = given().header("X-Forwarded-For", "203.0.113.50").auth().preemptive().basic("admin", "admin-test-password")
                .get("/api/v1/clinician/intakes");
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotBlank();
        given().header("X-Forwarded-For", "203.0.113.51").auth().preemptive().basic("admin", "admin-test-password")
                .get("/api/v1/clinician/intakes").then().statusCode(200).header("Cache-Control", "no-store");
    }
}
