package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mosaicintake.plugins.TestPluginJars;

/** A disabled plugin's intake steps disappear from the dialogue; the enabled plugins' steps stay. */
@QuarkusTest
@TestProfile(DisabledPluginStepsTest.EmdrDisabled.class)
class DisabledPluginStepsTest {

    /** The bundled plugins, with emdr switched off in PF4J's disabled.txt. */
    public static class EmdrDisabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = TestPluginJars.bundledPluginsDir("plugins-emdr-disabled");
                Files.writeString(dir.resolve("disabled.txt"), "emdr\n");
                return Map.of("mosaic.plugins.dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void the_disabled_plugin_is_listed_as_disabled() {
        given().get("/api/v1/plugins").then().statusCode(200)
                .body("find { it.id == 'emdr' }.state", is("DISABLED"))
                .body("find { it.id == 'cbt' }.state", is("STARTED"));
    }

    @Test
    void its_steps_disappear_from_the_dialogue_and_from_the_choices() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(Map.of());
        assertThat(intake.last.getString("status")).isEqualTo("COMPLETED");
        assertThat(intake.asked).contains("panic.1", "zfocs.1").noneMatch(id -> id.startsWith("pcptsd5.") || id.startsWith("dissociation."));
        List<String> avoidable = intake.responses.stream().filter(r -> "avoid".equals(r.getString("prompt.id")))
                .findFirst().orElseThrow().getList("prompt.options.value");
        assertThat(avoidable).contains("none", "cbt").doesNotContain("emdr");
    }
}
