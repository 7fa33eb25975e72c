package org.mosaicintake.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mosaicintake.dialogue.IntakeState;

/** Stored documents carry their schema version, are read strictly, and older ones are upgraded first. */
class StoredJsonTest {

    private final StoredJson json = new StoredJson(new ObjectMapper().findAndRegisterModules());

    record Note(String text, List<String> tags) {
    }

    @Test
    void a_document_is_written_with_its_version_and_read_back_whole() {
        String stored = json.write(new Note("hello", List.of("a")));
        assertThat(stored).startsWith("{\"schemaVersion\":" + StoredJson.CURRENT + ",");
        assertThat(json.read(stored, Note.class)).isEqualTo(new Note("hello", List.of("a")));
    }

    @Test
    void a_document_from_before_versions_is_upgraded_and_read() {
        assertThat(json.read("{\"text\":\"old\",\"tags\":[]}", Note.class)).isEqualTo(new Note("old", List.of()));
    }

    @Test
    void an_unknown_field_is_an_error_that_names_it() {
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":1,\"text\":\"x\",\"tags\":[],\"colour\":\"red\"}", Note.class))
                .isInstanceOf(IllegalStateException.class).hasMessage("stored Note has an unknown field 'colour'");
    }

    @Test
    void a_document_from_a_newer_version_is_refused() {
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":99,\"text\":\"x\",\"tags\":[]}", Note.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schemaVersion 99");
    }

    @Test
    void the_intake_state_survives_a_round_trip() {
        IntakeState state = new IntakeState();
        state.answers.put("phq9.1", "2");
        state.texts.put("story", "My words.");
        state.riskTriggers.add("phq9.9 answered 1");
        IntakeState back = json.read(json.write(state), IntakeState.class);
        assertThat(back.answers).containsEntry("phq9.1", "2");
        assertThat(back.texts).containsEntry("story", "My words.");
        assertThat(back.riskTriggers).containsExactly("phq9.9 answered 1");
    }

    @Test
    void a_plan_and_a_formulation_stored_before_course_lengths_and_languages_still_read() {
        org.mosaicintake.engine.Plan plan = json.read("""
                {"schemaVersion":1,"primaryOrientation":"cbt","primaryOrientationReason":"clinic default","phases":[],"excluded":[],
                 "commonFactors":{"alliance":[],"ruptureRepair":[],"hope":"h"},"rationale":"r","monitoring":[],"coverage":{},"warnings":[]}""",
                org.mosaicintake.engine.Plan.class);
        assertThat(plan.estimatedSessions()).isZero();
        assertThat(plan.sessionBudget()).isZero();
        org.mosaicintake.formulation.Formulation f = json.read("""
                {"schemaVersion":1,"problems":[],"scores":{},"risk":"NONE","basicId":{},"flags":[]}""",
                org.mosaicintake.formulation.Formulation.class);
        assertThat(f.language()).isEqualTo("en");
    }
}
