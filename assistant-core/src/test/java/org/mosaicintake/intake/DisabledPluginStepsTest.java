package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.testsupport.TestClinics;
import org.junit.jupiter.api.Tag;

/**
 * A plugin a clinic switched off: its intake steps disappear from that clinic's dialogue and from the
 * modalities its clients can ask to avoid; the other plugins' steps stay, and other clinics keep it.
 */
@QuarkusTest
@Tag("database")
class DisabledPluginStepsTest {

    @Inject
    ClinicPlugins clinicPlugins;

    /** The approaches are offered to avoid only to a client whose words speak of therapy. */
    private static final String SPEAKS_OF_THERAPY = "I had counselling years ago and now the worry is back.";

    @BeforeEach
    void clinicWithoutEmdr() {
        TestClinics.ensure("birch", "Birch Street Counselling", "cbt", false);
        clinicPlugins.disable("birch", "emdr");
    }

    @Test
    void its_steps_disappear_from_the_dialogue_and_from_the_choices() {
        IntakeDriver intake = IntakeDriver.start("birch", "en");
        intake.completeWith(Map.of("story", SPEAKS_OF_THERAPY));
        assertThat(intake.last.getString("status")).isEqualTo("COMPLETED");
        assertThat(intake.asked).contains("panic.1", "zfocs.gate").noneMatch(id -> id.startsWith("pcptsd5.") || id.startsWith("dissociation."));
        assertThat(avoidable(intake)).contains("none", "cbt").doesNotContain("emdr");
    }

    @Test
    void another_clinic_keeps_the_plugin() {
        IntakeDriver intake = IntakeDriver.start("demo", "en");
        intake.completeWith(Map.of("story", SPEAKS_OF_THERAPY));
        assertThat(intake.asked).anyMatch(id -> id.startsWith("pcptsd5."));
        assertThat(avoidable(intake)).contains("emdr");
    }

    private static List<String> avoidable(IntakeDriver intake) {
        return intake.responses.stream().filter(r -> "avoid".equals(r.getString("prompt.id")))
                .findFirst().orElseThrow().getList("prompt.options.value");
    }
}
