package org.mosaicintake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.plugins.BundledCatalogs;
import org.mosaicintake.rest.FormulationRequest;

/**
 * The rationale is a case formulation (clinical reference, sections 8 and 12): the client's difficulties and
 * goals told back in the primary lens's own terms, then the course as one story, in the client's language,
 * with no list of technique names; the clinicians' technical text stays in the items.
 */
class RationaleTest {

    private static final List<ModalityCatalog> CATALOGS = BundledCatalogs.load(Path.of("target/bundled-plugins"));

    private static Plan plan(String json) throws Exception {
        Formulation f = new ObjectMapper().readValue("""
                {"risk": "NONE", "stageOfChange": "ACTION", "copingStyle": "MIXED", "reactance": "MODERATE",
                 "impairment": "MODERATE", "distress": "MODERATE", %s}""".formatted(json), FormulationRequest.class).toFormulation();
        return new IntegrationEngine().plan(f, CATALOGS, Optional.empty());
    }

    private static Formulation withGoals(Formulation f, String goals) {
        return new Formulation(f.clinic(), f.primaryOrientation(), f.problems(), f.scores(), f.risk(), f.stageOfChange(), f.copingStyle(),
                f.reactance(), f.impairment(), f.distress(), f.basicId(), f.flags(), f.preferences(), null, goals, List.of(), f.language());
    }

    @Test
    void a_cbt_plan_tells_the_maintenance_cycle_with_the_clients_goals_and_no_technique_names() throws Exception {
        Plan base = plan("\"problems\": [{\"code\": \"PANIC\", \"severity\": \"MODERATE\"}], \"basicId\": {\"SENSATION\": 3}");
        Formulation f = new ObjectMapper().readValue("""
                {"problems": [{"code": "PANIC", "severity": "MODERATE"}], "risk": "NONE", "stageOfChange": "ACTION", "copingStyle": "MIXED",
                 "reactance": "MODERATE", "impairment": "MODERATE", "distress": "MODERATE", "basicId": {"SENSATION": 3}}""",
                FormulationRequest.class).toFormulation();
        Plan plan = new IntegrationEngine().plan(withGoals(f, "Take the bus to work again"), CATALOGS, Optional.empty());
        assertThat(base.primaryOrientation()).isEqualTo("cbt");
        String r = plan.rationale();
        assertThat(r).startsWith("You told us about panic attacks. In your own words, you would like this: \u201cTake the bus to work again\u201d.")
                .contains("In CBT terms, what you are going through (panic attacks) is understood as a cycle")
                .contains("so that you can move towards the changes you told us you want")
                .contains("facing, step by step, what you have been avoiding")
                .contains("We expect this to take about " + plan.estimatedSessions() + " sessions");
        plan.items().forEach(item -> assertThat(r).doesNotContain(item.name()));
    }

    @Test
    void each_lens_formulates_in_its_own_terms() throws Exception {
        assertThat(plan("\"primaryOrientation\": \"psychodynamic\", \"problems\": [{\"code\": \"RELATIONSHIP\", \"severity\": \"MODERATE\"}]")
                .rationale()).contains("a pattern you carry from earlier relationships");
        assertThat(plan("\"primaryOrientation\": \"humanistic\", \"problems\": [{\"code\": \"LOW_SELF_ESTEEM\", \"severity\": \"MODERATE\"}]")
                .rationale()).contains("a gap between what you really feel and need");
        assertThat(plan("\"primaryOrientation\": \"emdr\", \"problems\": [{\"code\": \"PTSD\", \"severity\": \"MODERATE\"}]")
                .rationale()).contains("linked to earlier experiences that were never fully processed");
        assertThat(plan("\"primaryOrientation\": \"mindfulness\", \"problems\": [{\"code\": \"STRESS\", \"severity\": \"MODERATE\"}]")
                .rationale()).contains("relating to them differently");
    }

    @Test
    void a_spanish_intake_reads_its_rationale_and_hope_in_spanish() throws Exception {
        Plan plan = plan("\"language\": \"es\", \"problems\": [{\"code\": \"DEPRESSION\", \"severity\": \"MODERATE\"}], \"basicId\": {\"AFFECT\": 3}");
        assertThat(plan.rationale()).startsWith("Nos habló del ánimo bajo.")
                .contains("Desde la terapia cognitivo-conductual").contains("Empezaremos por").contains("Esto es una propuesta")
                .doesNotContain("You told us").doesNotContain("We will");
        assertThat(plan.commonFactors().hope()).startsWith("Este plan se ajusta a usted porque empieza donde está ahora");
    }

    @Test
    void a_crisis_plan_speaks_of_safety_first_in_the_clients_language() throws Exception {
        Plan plan = plan("\"language\": \"es\", \"risk\": \"HIGH\", \"problems\": [{\"code\": \"DEPRESSION\", \"severity\": \"SEVERE\"}]");
        assertThat(plan.rationale()).startsWith("Ahora mismo lo más importante es que esté a salvo.").contains("el ánimo bajo");
    }
}
