package org.mosaicintake.plugins;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A clinic adds a modality without rebuilding Mosaic: the example ACT plugin (docs/examples/act-plugin,
 * built against the api jar only) is dropped into a plugins directory beside the bundled ones.
 */
@QuarkusTest
@TestProfile(ExamplePluginTest.WithExamplePlugin.class)
class ExamplePluginTest {

    public static class WithExamplePlugin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mosaic.plugins.dir", TestPluginJars.bundledPluginsDir("plugins-with-act", Path.of("target/example-plugins")).toString());
        }
    }

    @Test
    void should_list_the_dropped_in_plugin_started_beside_the_bundled_ones() {
        given().get("/api/v1/plugins").then().statusCode(200)
                .body("size()", is(6))
                .body("find { it.id == 'act' }.state", is("STARTED"))
                .body("find { it.id == 'act' }.modality", is("Acceptance and Commitment Therapy"))
                .body("find { it.id == 'act' }.version", is("1.0.0"))
                .body("find { it.id == 'act' }.techniqueCount", is(6));
    }

    @Test
    void should_list_its_techniques() {
        given().get("/api/v1/plugins/act/techniques").then().statusCode(200)
                .body("id", hasItems("act.cognitive-defusion", "act.committed-action"))
                .body("find { it.id == 'act.committed-action' }.prerequisites", hasItems("act.values-compass"))
                .body("find { it.id == 'act.committed-action' }.clientDescription",
                        is("Guided by your values, you set small, concrete steps and take them, even when difficult feelings come along for the ride."));
    }
}
