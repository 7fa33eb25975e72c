package org.mosaicintake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PluginsEndpointTest {

    @Test
    void should_list_the_five_bundled_plugins_started() {
        given().when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("id", hasItems("cbt", "emdr", "humanistic", "mindfulness", "psychodynamic"))
                .body("size()", is(5))
                .body("state", everyItem(is("STARTED")))
                .body("techniqueCount", everyItem(greaterThanOrEqualTo(3)))
                .body("find { it.id == 'cbt' }.modality", is("Cognitive behavioural therapy"))
                .body("find { it.id == 'cbt' }.version", is("0.1.0-SNAPSHOT"));
    }
}
