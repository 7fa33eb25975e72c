package org.mosaicintake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@QuarkusTest
@Tag("database")
class ServiceBasicsTest {

    @Test
    void should_be_ready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'embedding-model' }.status", is("UP"))
                .body("checks.find { it.name == 'modality-plugins' }.status", is("UP"))
                .body("checks.find { it.name == 'modality-plugins' }.data.started", is(5))
                .body("checks.find { it.name.contains('Database') }.status", is("UP"));
    }

    @Test
    void should_keep_metrics_for_the_operator_and_refuse_framing_on_any_path_but_the_chat() {
        given().get("/q/metrics").then().statusCode(401);
        given().auth().preemptive().basic("admin", "admin-test-password").get("/q/metrics").then().statusCode(200);
        given().redirects().follow(false).get("/console;x=y/login").then().header("X-Frame-Options", "DENY");
        given().get("/demo").then().header("X-Frame-Options", "DENY");
        given().get("/widget/chat?clinic=demo").then().statusCode(200).header("X-Frame-Options", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void should_publish_the_openapi_document() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/plugins"));
    }

    @Test
    void should_serve_the_demo_clinic_from_the_migrated_database() {
        given().get("/api/v1/clinics/demo").then().statusCode(200)
                .body("name", is("Harbour Street Counselling (demo)"))
                .body("primaryOrientation", is("cbt"));
    }

    @Test
    void should_give_the_widget_loader_its_words_in_the_client_s_language() {
        given().get("/api/v1/clinics/demo/widget?locale=es").then().statusCode(200)
                .body("locale", is("es"))
                .body("labels.launcher", is("Habla con nosotros"))
                .body("labels.frameTitle", is("Chat con {0}"));
        given().get("/api/v1/clinics/demo/widget").then().statusCode(200).body("labels.launcher", is("Chat with us"));
    }

    @Test
    void should_answer_404_with_a_message_for_an_unknown_clinic() {
        given().get("/api/v1/clinics/nowhere").then().statusCode(404)
                .body("status", is(404)).body("error", is("No clinic 'nowhere'"));
    }

    @Test
    void should_answer_404_for_the_techniques_of_an_unknown_plugin() {
        given().get("/api/v1/plugins/nowhere/techniques").then().statusCode(404).body("error", is("No plugin 'nowhere'"));
    }
}
