package org.mosaicintake.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.StaffAccount;
import org.junit.jupiter.api.Tag;
import org.mosaicintake.staff.TestStaff;

/** Clinicians revise and approve the proposed plan; every version is kept with who changed what and when. */
@QuarkusTest
@Tag("database")
class PlanReviewTest {

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.review", "reviewing all day long", StaffAccount.CLINICIAN, "demo");
        TestStaff.ensure("dr.elsewhere", "another clinic's password", StaffAccount.CLINICIAN, "elsewhere");
    }


    private static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    private static RequestSpecification clinician() {
        return as("dr.review", "reviewing all day long");
    }

    private static String completedIntake() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "I panic on the train and I have stopped going out.",
                "phq9.1", "2", "phq9.2", "2", "gad7.1", "3", "gad7.2", "3", "gad7.3", "2"));
        IntakeFlowTest.stored(intake.id, "plan");
        return intake.id;
    }

    @Test
    void re_plan_remove_add_rewrite_and_approve_keeps_every_version() {
        String id = completedIntake();
        JsonPath v1 = clinician().get("/api/v1/clinician/intakes/" + id + "/plan/versions").then().statusCode(200).extract().jsonPath();
        assertThat(v1.getList("author", String.class)).containsExactly("mosaic");
        String firstOrientation = v1.getString("[0].primaryOrientation");

        // re-plan under another primary orientation
        String other = firstOrientation.equals("psychodynamic") ? "humanistic" : "psychodynamic";
        JsonPath v2 = clinician().body(Map.of("primaryOrientation", other, "note", "client prefers exploring the past"))
                .post("/api/v1/clinician/intakes/" + id + "/plan").then().statusCode(200).extract().jsonPath();
        assertThat(v2.getString("plan.primaryOrientation")).isEqualTo(other);
        assertThat(v2.getInt("currentVersion")).isEqualTo(2);
        assertThat(v2.getString("reviewStatus")).isEqualTo("AWAITING_REVIEW");

        // remove one technique, add one from another plugin, rewrite the rationale
        String removed = v2.getString("plan.phases[0].items[0].techniqueId");
        List<String> inV2 = v2.getList("plan.phases.items.flatten().techniqueId", String.class);
        String added = java.util.stream.Stream.of("mindfulness.body-scan", "mindfulness.self-compassion", "mindfulness.loving-kindness")
                .filter(t -> !inV2.contains(t)).findFirst().orElseThrow();
        JsonPath v3 = clinician().body(Map.of("remove", List.of(removed),
                        "add", List.of(Map.of("techniqueId", added, "phase", "stabilization")),
                        "rationale", "We start with feeling steadier, then look at what keeps the panic going."))
                .post("/api/v1/clinician/intakes/" + id + "/plan").then().statusCode(200).extract().jsonPath();
        List<String> items = v3.getList("plan.phases.items.flatten().techniqueId", String.class);
        assertThat(items).doesNotContain(removed).contains(added);
        assertThat(v3.getList("plan.excluded.reason", String.class)).contains("removed by dr.review");
        assertThat(v3.getString("plan.rationale")).startsWith("We start with feeling steadier");

        JsonPath approved = clinician().post("/api/v1/clinician/intakes/" + id + "/approve").then().statusCode(200).extract().jsonPath();
        assertThat(approved.getString("reviewStatus")).isEqualTo("APPROVED");
        assertThat(approved.getString("approvedBy")).isEqualTo("dr.review");
        assertThat(approved.getInt("approvedVersion")).isEqualTo(3);

        JsonPath versions = clinician().get("/api/v1/clinician/intakes/" + id + "/plan/versions").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getList("version", Integer.class)).containsExactly(1, 2, 3);
        assertThat(versions.getList("author", String.class)).containsExactly("mosaic", "dr.review", "dr.review");
        assertThat(versions.getString("[1].note")).isEqualTo("client prefers exploring the past");
        assertThat(versions.getString("[0].primaryOrientation")).isEqualTo(firstOrientation);
        assertThat(versions.getList("createdAt")).doesNotContainNull();

        // a later change needs approving again
        JsonPath v4 = clinician().body(Map.of("rationale", "Revised after the first session."))
                .post("/api/v1/clinician/intakes/" + id + "/plan").then().statusCode(200).extract().jsonPath();
        assertThat(v4.getString("reviewStatus")).isEqualTo("AWAITING_REVIEW");
        assertThat(clinician().get("/api/v1/clinician/intakes/" + id + "/summary").then().statusCode(200).extract().path("reviewStatus")
                .toString()).isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void bad_revisions_get_400_naming_the_field_and_the_plan_is_unchanged() {
        String id = completedIntake();
        String path = "/api/v1/clinician/intakes/" + id + "/plan";
        assertThat(clinician().body(Map.of("primaryOrientation", "astrology")).post(path).then().statusCode(400)
                .extract().jsonPath().getList("violations.field", String.class)).containsExactly("primaryOrientation");
        assertThat(clinician().body(Map.of("add", List.of(Map.of("techniqueId", "cbt.nonexistent", "phase", "processing")))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class)).containsExactly("add[0].techniqueId");
        assertThat(clinician().body(Map.of("add", List.of(Map.of("techniqueId", "mindfulness.body-scan", "phase", "someday")))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class)).containsExactly("add[0].phase");
        assertThat(clinician().body(Map.of("remove", List.of("cbt.not-in-plan"))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class)).containsExactly("remove[0]");
        assertThat(clinician().body(Map.of("edit", List.of(Map.of("techniqueId", "cbt.not-in-plan", "framing", "x")))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class)).containsExactly("edit[0].techniqueId");
        String first = clinician().get(path + "/versions").then().extract().jsonPath().getString("[0].plan.phases[0].items[0].techniqueId");
        assertThat(clinician().body(Map.of("edit", List.of(Map.of("techniqueId", first)))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class)).containsExactly("edit[0]");
        assertThat(clinician().body(Map.of("edit", List.of(Map.of("techniqueId", first, "clientDescription", " ")))).post(path)
                .then().statusCode(400).extract().jsonPath().getList("violations.field", String.class))
                .containsExactly("edit[0].clientDescription");
        clinician().body(Map.of()).post(path).then().statusCode(400);
        clinician().body("{\"primaryOrientation\": ").post(path).then().statusCode(400);
        assertThat(clinician().get(path + "/versions").then().statusCode(200).extract().jsonPath().getList("version")).hasSize(1);
    }

    @Test
    void role_boundaries_hold() {
        String id = completedIntake();
        String path = "/api/v1/clinician/intakes/" + id + "/approve";
        given().post(path).then().statusCode(401);
        as("dr.elsewhere", "another clinic's password").post(path).then().statusCode(404);
        IntakeDriver unfinished = IntakeDriver.start("en");
        clinician().post("/api/v1/clinician/intakes/" + unfinished.id + "/approve").then().statusCode(409);
    }
}
