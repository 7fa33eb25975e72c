package org.mosaicintake.plugins;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Each way a plugin jar can be broken fails that plugin alone, with its id and a reason, while the
 * service starts and serves the five bundled plugins.
 */
@QuarkusTest
@TestProfile(BrokenPluginsProfile.class)
class BrokenPluginsTest {

    private static ValidatableResponse plugins() {
        return given().get("/api/v1/plugins").then().statusCode(200);
    }

    @Test
    void should_still_serve_the_five_bundled_plugins() {
        for (String id : new String[] {"cbt", "psychodynamic", "humanistic", "emdr", "mindfulness"}) {
            plugins().body("find { it.id == '" + id + "' }.state", is("STARTED"))
                    .body("find { it.id == '" + id + "' }.reason", nullValue());
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void should_fail_a_jar_without_plugin_id_by_its_file_name() {
        plugins().body("find { it.id == 'bad-manifest' }.state", is("FAILED"))
                .body("find { it.id == 'bad-manifest' }.reason", containsString("cannot load the jar"));
    }

    @Test
    void should_fail_a_jar_that_is_not_a_zip() {
        plugins().body("find { it.id == 'not-a-jar' }.state", is("FAILED"));
    }

    @Test
    void should_fail_a_plugin_whose_provider_throws() {
        plugins().body("find { it.id == 'throwing' }.state", is("FAILED"))
                .body("find { it.id == 'throwing' }.reason",
                        is("its ModalityProvider threw IllegalStateException: catalog service unavailable"));
    }

    @Test
    void should_fail_a_plugin_whose_start_throws() {
        plugins().body("find { it.id == 'failing-start' }.state", is("FAILED"))
                .body("find { it.id == 'failing-start' }.reason", is("failed to start: IllegalStateException: cannot start"));
    }

    @Test
    void should_fail_a_plugin_built_for_another_api_version() {
        plugins().body("find { it.id == 'future-api' }.state", is("FAILED"))
                .body("find { it.id == 'future-api' }.reason", is("requires Mosaic api '>=2.0.0' but this host provides 1.0.0"));
    }

    @Test
    void should_fail_an_invalid_catalog_naming_each_field() {
        plugins().body("find { it.id == 'invalid-catalog' }.state", is("FAILED"))
                .body("find { it.id == 'invalid-catalog' }.reason", allOf(
                        containsString("techniques[0].clientDescription: must not be blank"),
                        containsString("techniques[0].problems[0]: unknown value 'HEARTACHE'")));
    }

    @Test
    void should_fail_a_second_plugin_for_the_same_modality() {
        plugins().body("find { it.id == 'cbt-copy' }.state", is("FAILED"))
                .body("find { it.id == 'cbt-copy' }.reason", is("modality 'cbt' is already provided by plugin 'cbt'"));
    }
}
