package org.mosaicintake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.Alert;

/**
 * Self-harm without suicidal intent through the client API (clinical reference, section 9): its own
 * questions, then the ASQ; a warm block with medical help for an overdose; urgent after a recent
 * overdose; and a plan that opens with safety planning and leaves out reprocessing, exposure and
 * chair work until the self-harm has reduced.
 */
@QuarkusTest
@Tag("database")
class SelfHarmTest {

    @Test
    void a_client_who_self_harms_gets_her_own_questions_help_and_a_plan_that_waits() {
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        JsonPath disclosed = intake.text("For a year I have been cutting my arms most weeks when the feelings get too much, but I don't want to die.");
        assertThat(disclosed.getString("prompt.id")).isEqualTo("risk.sh.often");
        assertThat(disclosed.getString("crisis.pathway")).isEqualTo("SELF_HARM");
        assertThat(disclosed.getString("crisis.message")).contains("medical help now");
        assertThat(disclosed.getList("crisis.resources.phone", String.class)).containsExactly("988");

        intake.choice("weekly");
        intake.choice("1"); // an overdose in the last few days
        intake.choice("0");
        intake.choice("0");
        assertThat(intake.prompt()).isEqualTo("asq.1");
        for (int i = 0; i < 4; i++) {
            intake.choice("0");
        }
        assertThat(intake.prompt()).isEqualTo("phq9.1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.forIntake(intake.id))).extracting(a -> a.pathway)
                .containsExactly(org.mosaicintake.risk.RiskPathway.SELF_HARM);

        intake.completeWith(Map.of());
        assertThat(IntakeFlowTest.stored(intake.id, "formulation").getList("flags", String.class)).contains("SELF_HARM");
        JsonPath plan = IntakeFlowTest.stored(intake.id, "plan");
        List<String> planned = plan.getList("phases.items.flatten().techniqueId", String.class);
        assertThat(planned).noneMatch(id -> id.contains("exposure") || id.contains("chair") || id.endsWith("-protocol")
                || id.equals("emdr.cognitive-interweave") || id.equals("cbt.trauma-focused-cbt"));
        assertThat(plan.getString("phases[0].items[0].reasons[0]")).contains("self-harm was disclosed").contains("covering self-harm");
    }
}
