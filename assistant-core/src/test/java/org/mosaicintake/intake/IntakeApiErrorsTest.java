package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.IntakeMessage;
import org.junit.jupiter.api.Tag;

/** Every bad input gets a clear 4xx naming the problem, and never changes what is stored. */
@QuarkusTest
@Tag("database")
class IntakeApiErrorsTest {

    private static IntakeDriver atPhq9() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Worried all the time.");
        return intake;
    }

    private static Response turn(IntakeDriver intake, String key, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + intake.token)
                .header("Idempotency-Key", key).body(body).post("/api/v1/intakes/" + intake.id + "/turns");
    }

    private static long transcriptSize(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (long) IntakeMessage.transcript(id).size());
    }

    @Test
    void starting_needs_a_known_clinic_and_a_spoken_locale() {
        given().contentType(ContentType.JSON).body("{\"clinic\": \"nowhere\"}").post("/api/v1/intakes").then().statusCode(400)
                .body("violations[0].field", is("clinic")).body("violations[0].message", is("no clinic 'nowhere'"));
        given().contentType(ContentType.JSON).body("{\"clinic\": \"demo\", \"locale\": \"fr\"}").post("/api/v1/intakes").then()
                .statusCode(400).body("violations[0].field", is("locale"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/intakes").then().statusCode(400)
                .body("violations[0].field", is("clinic"));
    }

    @Test
    void an_unknown_intake_is_404_and_a_wrong_or_missing_token_is_401() {
        IntakeDriver intake = atPhq9();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + intake.token).header("Idempotency-Key", "k")
                .body("{\"choice\": \"0\"}").post("/api/v1/intakes/" + UUID.randomUUID() + "/turns").then().statusCode(404);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-the-token").header("Idempotency-Key", "k")
                .body("{\"choice\": \"0\"}").post("/api/v1/intakes/" + intake.id + "/turns").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("error", is("the token does not open this intake"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body("{\"choice\": \"0\"}")
                .post("/api/v1/intakes/" + intake.id + "/turns").then().statusCode(401);
        given().get("/api/v1/intakes/" + intake.id).then().statusCode(401);
        // another intake's token does not open this one
        IntakeDriver other = IntakeDriver.start("en");
        given().header("Authorization", "Bearer " + other.token).get("/api/v1/intakes/" + intake.id).then().statusCode(401);
    }

    @Test
    void answers_that_do_not_fit_the_prompt_are_400_naming_the_field_and_change_nothing() {
        IntakeDriver intake = atPhq9();
        long before = transcriptSize(intake.id);
        turn(intake, "a", "{\"choice\": \"7\"}").then().statusCode(400).body("violations[0].field", is("choice"))
                .body("violations[0].message", is("'7' is not an option of question 'phq9.1': 0, 1, 2, 3"));
        turn(intake, "b", "{\"value\": 4}").then().statusCode(400).body("violations[0].field", is("value"));
        turn(intake, "c", "{\"text\": \"   \"}").then().statusCode(400).body("violations[0].field", is("text"))
                .body("violations[0].message", is("must not be empty"));
        turn(intake, "d", "{\"text\": \"" + "a".repeat(4001) + "\"}").then().statusCode(400)
                .body("violations[0].message", is("must be at most 4000 characters"));
        turn(intake, "e", "{\"text\": \"hi\", \"choice\": \"1\"}").then().statusCode(400).body("violations[0].field", is("body"));
        turn(intake, "f", "{\"choise\": \"1\"}").then().statusCode(400).body("violations[0].field", is("choise"));
        turn(intake, "g", "{\"choice\": ").then().statusCode(400).body("error", containsString("not valid JSON"));
        given().contentType(ContentType.TEXT).header("Authorization", "Bearer " + intake.token).header("Idempotency-Key", "h")
                .body("0").post("/api/v1/intakes/" + intake.id + "/turns").then().statusCode(415);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + intake.token)
                .body("{\"choice\": \"0\"}").post("/api/v1/intakes/" + intake.id + "/turns").then().statusCode(400)
                .body("violations[0].message", is("an Idempotency-Key header is required"));
        assertThat(transcriptSize(intake.id)).isEqualTo(before);
        assertThat(IntakeFlowTest.stored(intake.id, "state").getString("current")).isEqualTo("phq9.1");
    }

    @Test
    void a_number_prompt_refuses_a_value_out_of_range() {
        IntakeDriver fresh = IntakeDriver.start("en").advanceTo("readiness");
        turn(fresh, "r1", "{\"value\": 11}").then().statusCode(400).body("violations[0].field", is("value"))
                .body("violations[0].message", is("must be between 0 and 10"));
        assertThat(turn(fresh, "r2", "{\"text\": \"about 7 I think\"}").then().statusCode(200).extract().jsonPath()
                .getString("prompt.id")).isEqualTo("coping");
    }

    @Test
    void a_retried_turn_returns_the_same_answer_and_is_stored_once() {
        IntakeDriver intake = atPhq9();
        String first = turn(intake, "retry-1", "{\"choice\": \"2\"}").then().statusCode(200).extract().asString();
        long size = transcriptSize(intake.id);
        String again = turn(intake, "retry-1", "{\"choice\": \"2\"}").then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(transcriptSize(intake.id)).isEqualTo(size);
        assertThat(IntakeFlowTest.stored(intake.id, "state").getList("history", String.class)).containsExactly("consent", "story", "phq9.1");
        turn(intake, "retry-1", "{\"choice\": \"3\"}").then().statusCode(422)
                .body("error", is("this Idempotency-Key was already used for a different turn"));
    }

    @Test
    void concurrent_answers_to_one_question_are_serialised_never_interleaved() throws Exception {
        IntakeDriver intake = atPhq9();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = "parallel-" + i;
            String choice = String.valueOf(i % 4);
            calls.add(() -> turn(intake, key, "{\"choice\": \"" + choice + "\", \"promptId\": \"phq9.1\"}").statusCode());
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(200, 409);
        assertThat(codes).containsOnlyOnce(200);
        JsonPath state = IntakeFlowTest.stored(intake.id, "state");
        assertThat(state.getList("history", String.class)).containsExactly("consent", "story", "phq9.1");
        assertThat(state.getString("current")).isEqualTo("phq9.2");
    }

    @Test
    void an_answer_to_a_question_already_passed_is_refused() {
        IntakeDriver intake = atPhq9();
        intake.choice("1");
        turn(intake, "late", "{\"choice\": \"0\", \"promptId\": \"phq9.1\"}").then().statusCode(409)
                .body("error", is("this answer was for question 'phq9.1', but the intake has moved on to 'phq9.2'"));
    }

    @Test
    void going_back_from_the_first_question_is_refused() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        turn(intake, "b1", "{\"back\": true}").then().statusCode(409).body("error", is("There is no earlier question to go back to."));
    }

    @Test
    void resuming_shows_the_transcript_and_the_current_prompt() {
        IntakeDriver intake = atPhq9();
        intake.choice("1");
        JsonPath resumed = given().header("Authorization", "Bearer " + intake.token).get("/api/v1/intakes/" + intake.id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getString("prompt.id")).isEqualTo("phq9.2");
        assertThat(resumed.getList("transcript.text", String.class)).contains("Worried all the time.", "Several days");
        assertThat(resumed.getString("token")).isNull();
    }

    @Test
    void withdrawing_erases_the_clients_data() {
        IntakeDriver intake = atPhq9();
        intake.choice("2");
        given().header("Authorization", "Bearer " + intake.token).delete("/api/v1/intakes/" + intake.id).then().statusCode(200)
                .body("status", is("WITHDRAWN")).body("messages[0]", is("Your answers have been deleted."));
        assertThat(transcriptSize(intake.id)).isZero();
        assertThat(IntakeFlowTest.stored(intake.id, "state")).isNull();
        given().header("Authorization", "Bearer " + intake.token).get("/api/v1/intakes/" + intake.id).then().statusCode(410);
        turn(intake, "after", "{\"choice\": \"0\"}").then().statusCode(410);
    }

    @Test
    void an_intake_stops_taking_answers_at_its_length_limit_with_a_409_and_keeps_what_it_has() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Work has been busy and I feel on edge.");
        int taken = 2;
        Response refused = null;
        for (int i = 0; i < 450 && refused == null; i++) {
            Response r = intake.send(i % 2 == 0 ? java.util.Map.of("back", true) : java.util.Map.of("text", "Work has been busy and I feel on edge."));
            if (r.statusCode() == 200) {
                taken++;
            } else {
                refused = r;
            }
        }
        assertThat(refused).as("a limit was reached").isNotNull();
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("error")).contains("length limit");
        assertThat(taken).isEqualTo(400);
        given().header("Authorization", "Bearer " + intake.token).get("/api/v1/intakes/" + intake.id).then().statusCode(200)
                .body("status", is("IN_PROGRESS"));
    }
}
