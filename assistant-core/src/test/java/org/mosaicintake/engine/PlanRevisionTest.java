package org.mosaicintake.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Technique;
import org.mosaicintake.domain.FieldException;

/** A clinician's revision of a plan as plain domain logic: what each part does, and every refusal naming its field. */
class PlanRevisionTest {

    private static Plan.PlanItem item(String id) {
        return new Plan.PlanItem(id, id.substring(0, id.indexOf('.')), "Name " + id, "framing " + id, "for you " + id,
                List.of("proposed"), List.of(), 2);
    }

    private static final Plan PLAN = new Plan("cbt", "clinic default",
            List.of(new Plan.PhasePlan(Phase.STABILIZATION, List.of(item("cbt.psychoeducation"))),
                    new Plan.PhasePlan(Phase.PROCESSING, List.of(item("cbt.exposure"), item("emdr.standard-protocol"))),
                    new Plan.PhasePlan(Phase.INTEGRATION, List.of(item("cbt.relapse-prevention")))),
            List.of(new Plan.Exclusion("mindfulness.body-scan", "not needed")),
            new Plan.CommonFactors(List.of("alliance"), List.of("repair"), "hope"), "The story.", List.of("PHQ-9"), Map.of(), List.of(), 8, 20);

    private static final Technique BODY_SCAN = TestCatalogs.technique("mindfulness.body-scan", "self-regulation").build();

    private static final Function<String, Optional<Technique>> ADDABLE =
            id -> id.equals(BODY_SCAN.id()) ? Optional.of(BODY_SCAN) : Optional.empty();
    private static final java.util.function.BiFunction<String, Optional<org.mosaicintake.api.RiskLevel>, Plan> NO_REPLAN = (o, r) -> {
        throw new AssertionError("no re-plan expected");
    };

    private static Plan apply(PlanRevision revision) {
        return revision.applyTo(PLAN, "dr.lee", NO_REPLAN, ADDABLE);
    }

    private static List<String> ids(Plan plan, Phase phase) {
        return plan.phases().stream().filter(p -> p.phase() == phase).flatMap(p -> p.items().stream()).map(Plan.PlanItem::techniqueId).toList();
    }

    private static FieldException refusal(PlanRevision revision) {
        return (FieldException) org.assertj.core.api.Assertions.catchThrowable(() -> apply(revision));
    }

    @Test
    void removing_keeps_the_technique_as_an_exclusion_naming_the_author() {
        Plan revised = apply(new PlanRevision(null, List.of("emdr.standard-protocol"), null, null, null, null));
        assertThat(ids(revised, Phase.PROCESSING)).containsExactly("cbt.exposure");
        assertThat(revised.excluded()).contains(new Plan.Exclusion("emdr.standard-protocol", "removed by dr.lee"));
        assertThat(ids(PLAN, Phase.PROCESSING)).as("the given plan is unchanged").hasSize(2);
    }

    @Test
    void adding_places_the_technique_last_in_its_phase_and_lifts_its_exclusion() {
        Plan revised = apply(new PlanRevision(null, null, List.of(new PlanRevision.Addition("mindfulness.body-scan", "stabilization")),
                null, null, null));
        assertThat(ids(revised, Phase.STABILIZATION)).containsExactly("cbt.psychoeducation", "mindfulness.body-scan");
        Plan.PlanItem added = revised.phases().get(0).items().get(1);
        assertThat(added.reasons()).containsExactly("added by dr.lee");
        assertThat(added.clientDescription()).isEqualTo("For you: mindfulness.body-scan");
        assertThat(revised.excluded()).extracting(Plan.Exclusion::techniqueId).doesNotContain("mindfulness.body-scan");
    }

    @Test
    void rewording_changes_only_what_is_given_and_says_who() {
        Plan revised = apply(new PlanRevision(null, null, null,
                List.of(new PlanRevision.Edit("cbt.exposure", null, "  Facing what you fear, step by step.  ")), null, null));
        Plan.PlanItem edited = revised.phases().get(1).items().get(0);
        assertThat(edited.clientDescription()).isEqualTo("Facing what you fear, step by step.");
        assertThat(edited.framing()).isEqualTo("framing cbt.exposure");
        assertThat(edited.reasons()).containsExactly("proposed", "wording edited by dr.lee");
    }

    @Test
    void a_new_rationale_replaces_the_old_one() {
        assertThat(apply(new PlanRevision(null, null, null, null, " We start gently. ", null)).rationale()).isEqualTo("We start gently.");
    }

    @Test
    void replanning_starts_from_a_fresh_plan_under_the_new_orientation_then_applies_the_rest() {
        Plan fresh = new Plan("humanistic", "requested", PLAN.phases(), List.of(), PLAN.commonFactors(), "Fresh.", List.of(), Map.of(),
                List.of(), 8, 20);
        Plan revised = new PlanRevision(" humanistic ", List.of("cbt.exposure"), null, null, null, "client prefers insight")
                .applyTo(PLAN, "dr.lee", (o, risk) -> {
                    assertThat(o).isEqualTo("humanistic");
                    assertThat(risk).isEmpty();
                    return fresh;
                }, ADDABLE);
        assertThat(revised.primaryOrientation()).isEqualTo("humanistic");
        assertThat(ids(revised, Phase.PROCESSING)).containsExactly("emdr.standard-protocol");
    }

    @Test
    void the_change_is_described_in_words() {
        assertThat(new PlanRevision("psychodynamic", List.of("cbt.exposure"), List.of(new PlanRevision.Addition("mindfulness.body-scan", "INTEGRATION")),
                List.of(new PlanRevision.Edit("cbt.relapse-prevention", "f", null)), "r", null).change())
                .isEqualTo("re-planned under psychodynamic; removed cbt.exposure; added mindfulness.body-scan to integration; "
                        + "reworded cbt.relapse-prevention; rewrote the rationale");
    }

    @Test
    void every_bad_part_is_refused_naming_its_field() {
        assertThat(refusal(new PlanRevision(null, null, null, null, null, "only a note")).field()).isEqualTo("body");
        assertThat(refusal(new PlanRevision(null, List.of("cbt.nope"), null, null, null, null)).field()).isEqualTo("remove[0]");
        assertThat(refusal(new PlanRevision(null, null, List.of(new PlanRevision.Addition("x.unknown", "PROCESSING")), null, null, null))
                .field()).isEqualTo("add[0].techniqueId");
        assertThat(refusal(new PlanRevision(null, null, List.of(new PlanRevision.Addition("mindfulness.body-scan", "someday")), null, null,
                null)).field()).isEqualTo("add[0].phase");
        assertThat(refusal(new PlanRevision(null, null, null, List.of(new PlanRevision.Edit("cbt.exposure", null, null)), null, null))
                .field()).isEqualTo("edit[0]");
        assertThat(refusal(new PlanRevision(null, null, null, List.of(new PlanRevision.Edit("cbt.exposure", " ", null)), null, null))
                .field()).isEqualTo("edit[0].framing");
        assertThat(refusal(new PlanRevision(null, null, null, null, "x".repeat(4001), null)).field()).isEqualTo("rationale");
        assertThat(refusal(new PlanRevision(null, null, null, null, "ok", "n".repeat(501))).field()).isEqualTo("note");
        assertThat(refusal(new PlanRevision("  ", null, null, null, null, null)).field()).isEqualTo("primaryOrientation");
    }

    @Test
    void adding_a_technique_already_in_the_plan_is_refused() {
        Function<String, Optional<Technique>> any = id -> Optional.of(TestCatalogs.technique(id).build());
        assertThatThrownBy(() -> new PlanRevision(null, null, List.of(new PlanRevision.Addition("cbt.exposure", "PROCESSING")), null, null, null)
                .applyTo(PLAN, "dr.lee", NO_REPLAN, any))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("add[0].techniqueId"));
    }

    @Test
    void a_reviewed_risk_replans_under_the_same_lens_and_says_who_reviewed_it() {
        Plan fresh = new Plan("cbt", "clinic default", PLAN.phases(), List.of(), PLAN.commonFactors(), "Fresh.", List.of(), Map.of(),
                List.of(), 8, 20);
        PlanRevision revision = new PlanRevision(null, null, null, null, null, "seen today", "moderate");
        Plan revised = revision.applyTo(PLAN, "dr.lee", (o, risk) -> {
            assertThat(o).isEqualTo("cbt");
            assertThat(risk).contains(org.mosaicintake.api.RiskLevel.MODERATE);
            return fresh;
        }, ADDABLE);
        assertThat(revised.warnings()).containsExactly("Risk reviewed by dr.lee: moderate. This plan is made for that level.");
        assertThat(revision.change()).isEqualTo("re-planned for the risk found at review: moderate");
    }

    @Test
    void an_unknown_risk_level_is_refused_naming_the_field() {
        assertThatThrownBy(() -> apply(new PlanRevision(null, null, null, null, null, null, "fine")))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("riskAfterReview"));
    }
}
