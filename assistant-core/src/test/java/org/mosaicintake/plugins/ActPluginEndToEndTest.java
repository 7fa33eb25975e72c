package org.mosaicintake.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.testsupport.TestClinics;

/**
 * The example ACT plugin (docs/examples/act-plugin), its jar dropped into the plugins directory
 * beside the bundled ones, read exactly as a bundled plugin: its intake questions are asked, their
 * answers become a finding in the formulation, its frame fit makes it the primary lens for a client
 * it suits, and its own framings present borrowed techniques.
 */
@QuarkusTest
@Tag("database")
@TestProfile(ActPluginEndToEndTest.WithAct.class)
class ActPluginEndToEndTest {

    public static class WithAct implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path dir = TestPluginJars.bundledPluginsDir("plugins-act");
            try {
                Files.copy(Path.of("target/example-plugins/act-plugin-1.1.0.jar"), dir.resolve("act-plugin-1.1.0.jar"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("mosaic.plugins.dir", dir.toString());
        }
    }

    /** A client who struggles with painful feelings and keeps away from what matters, with no strong preference for how to work. */
    private static Map<String, Object> strugglingClient(String struggle, String heldBack) {
        return IntakeDriver.answers("story", "I spend all my energy trying not to feel anxious and sad. I keep cancelling things I care about "
                        + "because I am scared the feelings will come. I just want to live my life again.",
                "gad7.1", "2", "gad7.2", "1", "gad7.3", "2", "gad7.4", "1", "gad7.5", "1", "gad7.6", "0", "gad7.7", "1",
                "act.struggle", struggle, "act.held-back", heldBack,
                "stage", "PREPARATION", "coping", "MIXED", "reactance", "LOW", "style", "NO_PREFERENCE", "avoid", "none");
    }

    @Test
    void the_act_questions_become_a_finding_and_act_the_primary_lens_for_a_client_it_suits() {
        TestClinics.ensure("acceptance-street", "Acceptance Street Counselling", null, false);
        IntakeDriver intake = IntakeDriver.start("acceptance-street", "en");
        intake.completeWith(strugglingClient("3", "2"));
        assertThat(intake.asked).contains("act.struggle", "act.held-back");

        JsonPath formulation = IntakeFlowTest.stored(intake.id, "formulation");
        assertThat(formulation.getList("findings", String.class)).containsExactly("act.avoidance");
        assertThat(formulation.getList("notes", String.class)).contains(
                "Struggle with painful thoughts and feelings (ACT questions, not validated) 5 of 6 (marked struggle: experiential avoidance worth exploring).");

        JsonPath plan = IntakeFlowTest.stored(intake.id, "plan");
        assertThat(plan.getString("primaryOrientation")).isEqualTo("act");
        assertThat(plan.getString("primaryOrientationReason")).contains("a struggle with painful thoughts and feelings that keeps them from what matters");
        // a borrowed technique the ACT lens names is framed in ACT's own words
        assertThat(plan.getList("phases.items.flatten().findAll { it.modality != 'act' }.framing", String.class))
                .isNotEmpty().allSatisfy(framing -> assertThat(framing).startsWith("Seen from ACT"));
    }

    @Test
    void without_the_struggle_the_same_client_gets_another_lens() {
        TestClinics.ensure("acceptance-street", "Acceptance Street Counselling", null, false);
        IntakeDriver intake = IntakeDriver.start("acceptance-street", "en");
        intake.completeWith(strugglingClient("0", "1"));
        JsonPath formulation = IntakeFlowTest.stored(intake.id, "formulation");
        assertThat(formulation.getList("findings", String.class)).isEmpty();
        assertThat(formulation.getList("notes", String.class)).anyMatch(n -> n.contains("1 of 6 (little struggle)"));
        assertThat(IntakeFlowTest.stored(intake.id, "plan").getString("primaryOrientation")).isNotEqualTo("act");
    }
}
