package org.mosaicintake.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mosaicintake.engine.TestCatalogs.catalog;
import static org.mosaicintake.engine.TestCatalogs.flagRule;
import static org.mosaicintake.engine.TestCatalogs.formulation;
import static org.mosaicintake.engine.TestCatalogs.needs;
import static org.mosaicintake.engine.TestCatalogs.technique;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.formulation.Severity;
import org.mosaicintake.formulation.WorkingStyle;

class IntegrationEngineTest {

    private final IntegrationEngine engine = new IntegrationEngine();

    private static final ModalityCatalog CBT = catalog("cbt",
            technique("cbt.psychoeducation", "psychoeducation").phases(List.of(Phase.STABILIZATION)).problems(List.of(ProblemCode.PANIC)).build(),
            technique("cbt.breathing", "self-regulation").phases(List.of(Phase.STABILIZATION)).problems(List.of(ProblemCode.PANIC))
                    .targets(List.of(BasicIdDomain.SENSATION)).build(),
            technique("cbt.interoceptive", "exposure", "interoceptive").problems(List.of(ProblemCode.PANIC)).arousal(Level.HIGH)
                    .directiveness(Level.HIGH).prerequisites(List.of(needs("tag:self-regulation"), needs("cbt.psychoeducation")))
                    .cautions(List.of(flagRule(ClinicalFlag.PREGNANCY))).build(),
            technique("cbt.restructuring", "cognitive-restructuring").problems(List.of(ProblemCode.PANIC)).build(),
            technique("cbt.safety-plan", "safety-planning").phases(List.of(Phase.STABILIZATION)).build(),
            technique("cbt.relapse", "relapse-prevention").phases(List.of(Phase.INTEGRATION)).build());
    private static final ModalityCatalog HUMANISTIC = catalog("humanistic",
            technique("humanistic.listening", "alliance").phases(List.of(Phase.STABILIZATION)).directiveness(Level.LOW).build(),
            technique("humanistic.mi", "motivational").phases(List.of(Phase.STABILIZATION)).directiveness(Level.LOW)
                    .problems(List.of(ProblemCode.SUBSTANCE_USE)).stageFit(List.of(StageOfChange.PRECONTEMPLATION)).build(),
            technique("humanistic.imagery", "experiential").targets(List.of(BasicIdDomain.IMAGERY)).build());
    private static final ModalityCatalog EMDR = catalog("emdr",
            technique("emdr.safe-place", "self-regulation").phases(List.of(Phase.STABILIZATION)).problems(List.of(ProblemCode.PTSD)).build(),
            technique("emdr.reprocessing", "reprocessing", "trauma-processing").problems(List.of(ProblemCode.PTSD))
                    .arousal(Level.HIGH).prerequisites(List.of(needs("emdr.safe-place")))
                    .contraindications(List.of(flagRule(ClinicalFlag.DISSOCIATION))).build(),
            technique("emdr.future", "relapse-prevention").phases(List.of(Phase.INTEGRATION)).problems(List.of(ProblemCode.PTSD))
                    .prerequisites(List.of(needs("emdr.reprocessing"))).build());
    private static final List<ModalityCatalog> ALL = List.of(CBT, HUMANISTIC, EMDR);

    private Plan plan(Formulation f) {
        return engine.plan(f, ALL, Optional.empty());
    }

    private static List<String> ids(Plan plan) {
        return plan.phases().stream().flatMap(p -> p.items().stream()).map(Plan.PlanItem::techniqueId).toList();
    }

    private static Plan.PlanItem item(Plan plan, String id) {
        return plan.phases().stream().flatMap(p -> p.items().stream()).filter(i -> i.techniqueId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in plan " + ids(plan)));
    }

    private static Phase phaseOf(Plan plan, String id) {
        return plan.phases().stream().filter(p -> p.items().stream().anyMatch(i -> i.techniqueId().equals(id)))
                .map(Plan.PhasePlan::phase).findFirst().orElseThrow();
    }

    @Nested
    class PrimaryOrientation {
        @Test
        void should_use_the_requested_orientation() {
            var f = formulation();
            f.primary = "emdr";
            assertThat(plan(f.build()).primaryOrientation()).isEqualTo("emdr");
            assertThat(plan(f.build()).primaryOrientationReason()).isEqualTo("requested");
        }

        @Test
        void should_fall_back_to_the_clinic_default() {
            Plan plan = engine.plan(formulation().build(), ALL, Optional.of("humanistic"));
            assertThat(plan.primaryOrientation()).isEqualTo("humanistic");
            assertThat(plan.primaryOrientationReason()).isEqualTo("clinic default");
        }

        @Test
        void should_not_let_the_stage_of_change_choose_the_lens_but_open_with_motivational_work() {
            var ready = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
            var notReady = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
            notReady.stage = StageOfChange.PRECONTEMPLATION;
            Plan plan = plan(notReady.build());
            assertThat(plan.primaryOrientation()).isEqualTo(plan(ready.build()).primaryOrientation()).isEqualTo("cbt");
            assertThat(plan.phases().get(0).items()).extracting(Plan.PlanItem::techniqueId).contains("humanistic.mi");
            assertThat(item(plan, "humanistic.mi").reasons().get(0))
                    .startsWith("not yet ready for change: motivational work comes first, whatever the problem");
        }

        @Test
        void should_choose_cbt_for_a_skills_preference() {
            var f = formulation();
            f.style = WorkingStyle.SKILLS;
            assertThat(plan(f.build()).primaryOrientation()).isEqualTo("cbt");
        }

        @Test
        void should_set_aside_a_clinic_default_the_client_avoids_and_say_so() {
            var f = formulation();
            f.avoid = Set.of("cbt");
            f.reactance = Level.HIGH;
            Plan plan = engine.plan(f.build(), ALL, Optional.of("cbt"));
            assertThat(plan.primaryOrientation()).isEqualTo("humanistic");
            assertThat(plan.primaryOrientationReason()).contains("the clinic default cbt was set aside");
        }

        @Test
        void should_refuse_an_orientation_no_plugin_provides_naming_the_field() {
            var f = formulation();
            f.primary = "hypnosis";
            assertThatThrownBy(() -> plan(f.build())).isInstanceOf(FormulationException.class)
                    .hasMessage("no enabled modality 'hypnosis'; enabled: cbt, emdr, humanistic")
                    .extracting(e -> ((FormulationException) e).field()).isEqualTo("primaryOrientation");
        }
    }

    @Nested
    class Safety {
        @Test
        void should_defer_a_contraindicated_technique_with_its_reason() {
            var f = formulation().problem(ProblemCode.PTSD, Severity.SEVERE);
            f.flags = Set.of(ClinicalFlag.DISSOCIATION);
            Plan plan = plan(f.build());
            assertThat(ids(plan)).doesNotContain("emdr.reprocessing");
            assertThat(plan.excluded()).contains(new Plan.Exclusion("emdr.reprocessing", "deferred: not with DISSOCIATION"));
        }

        @Test
        void should_defer_what_needs_a_deferred_technique() {
            var f = formulation().problem(ProblemCode.PTSD, Severity.SEVERE);
            f.flags = Set.of(ClinicalFlag.DISSOCIATION);
            Plan plan = plan(f.build());
            assertThat(ids(plan)).doesNotContain("emdr.future");
        }

        @Test
        void should_defer_arousal_raising_work_at_moderate_risk_and_open_with_safety_planning() {
            var f = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
            f.risk = RiskLevel.MODERATE;
            Plan plan = plan(f.build());
            assertThat(ids(plan).get(0)).isEqualTo("cbt.safety-plan");
            assertThat(item(plan, "cbt.safety-plan").reasons().get(0)).startsWith("safety first: risk is moderate");
            assertThat(ids(plan)).doesNotContain("cbt.interoceptive");
            assertThat(plan.excluded()).anySatisfy(e -> {
                assertThat(e.techniqueId()).isEqualTo("cbt.interoceptive");
                assertThat(e.reason()).contains("arousal-raising work waits");
            });
        }

        @Test
        void should_plan_safety_even_from_a_modality_the_client_avoids() {
            var f = formulation();
            f.risk = RiskLevel.HIGH;
            f.avoid = Set.of("cbt");
            Plan plan = plan(f.build());
            assertThat(ids(plan)).startsWith("cbt.safety-plan");
            assertThat(item(plan, "cbt.safety-plan").reasons().get(0)).contains("because safety comes first");
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("the intake was escalated"));
        }

        @Test
        void should_warn_when_no_plugin_offers_safety_planning() {
            var f = formulation();
            f.risk = RiskLevel.MODERATE;
            Plan plan = engine.plan(f.build(), List.of(HUMANISTIC), Optional.empty());
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("no enabled plugin offers a safety-planning technique"));
        }

        @Test
        void should_carry_a_caution_that_applies() {
            var f = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
            f.flags = Set.of(ClinicalFlag.PREGNANCY);
            assertThat(item(plan(f.build()), "cbt.interoceptive").cautions()).containsExactly("not with PREGNANCY");
        }
    }

    @Nested
    class Selection {
        @Test
        void should_include_the_protocol_for_a_problem_with_its_source() {
            Plan plan = plan(formulation().problem(ProblemCode.PANIC, Severity.MODERATE).build());
            assertThat(item(plan, "cbt.interoceptive").reasons()).contains("protocol for PANIC (NICE CG113): interoceptive exposure");
            assertThat(item(plan, "cbt.restructuring").reasons())
                    .contains("protocol for PANIC (NICE CG113): cognitive restructuring of catastrophic misinterpretation");
        }

        @Test
        void should_leave_out_an_avoided_modality_and_say_why() {
            var f = formulation().problem(ProblemCode.PTSD, Severity.MODERATE);
            f.avoid = Set.of("emdr");
            Plan plan = plan(f.build());
            assertThat(ids(plan)).noneMatch(id -> id.startsWith("emdr."));
            assertThat(plan.excluded()).contains(new Plan.Exclusion("emdr.reprocessing", "the client asked not to work with Modality emdr"));
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("only a modality the client asked to avoid offers"));
        }

        @Test
        void should_open_with_alliance_work() {
            Plan plan = plan(formulation().problem(ProblemCode.PANIC, Severity.MILD).build());
            assertThat(ids(plan).get(0)).isEqualTo("humanistic.listening");
            assertThat(item(plan, "humanistic.listening").reasons().get(0)).isEqualTo("engagement first: the alliance comes before technique; "
                    + "borrowed from Modality humanistic to fill a gap: the Modality cbt lens has no usable technique for alliance work");
        }

        @Test
        void should_cover_every_salient_domain() {
            var f = formulation().salience(BasicIdDomain.IMAGERY, 3).salience(BasicIdDomain.SENSATION, 2);
            f.primary = "humanistic";
            Plan plan = plan(f.build());
            assertThat(plan.coverage()).containsKeys(BasicIdDomain.IMAGERY, BasicIdDomain.SENSATION);
            assertThat(plan.coverage().get(BasicIdDomain.IMAGERY)).containsExactly("humanistic.imagery");
            assertThat(item(plan, "humanistic.imagery").reasons()).contains("covers the salient IMAGERY domain (salience 3)");
        }

        @Test
        void should_record_matching_contributions_as_reasons() {
            var f = formulation().problem(ProblemCode.SUBSTANCE_USE, Severity.MODERATE);
            f.stage = StageOfChange.PRECONTEMPLATION;
            f.reactance = Level.HIGH;
            Plan plan = plan(f.build());
            assertThat(item(plan, "humanistic.mi").reasons()).contains(
                    "indicated for SUBSTANCE_USE (moderate)",
                    "fits the precontemplation stage of change",
                    "engaging, non-directive work suits a client not yet ready to change",
                    "non-directive, choice-giving work suits high reactance");
        }
    }

    @Nested
    class Sequencing {
        @Test
        void should_place_prerequisites_before_what_needs_them() {
            Plan plan = plan(formulation().problem(ProblemCode.PANIC, Severity.MODERATE).build());
            List<String> order = ids(plan);
            assertThat(order.indexOf("cbt.breathing")).isLessThan(order.indexOf("cbt.interoceptive"));
            assertThat(order.indexOf("cbt.psychoeducation")).isLessThan(order.indexOf("cbt.interoceptive"));
        }

        @Test
        void should_move_a_technique_to_a_later_phase_than_its_prerequisite() {
            ModalityCatalog odd = catalog("odd",
                    technique("odd.base", "skills").phases(List.of(Phase.PROCESSING)).problems(List.of(ProblemCode.ANGER)).build(),
                    technique("odd.builds", "skills").phases(List.of(Phase.STABILIZATION, Phase.INTEGRATION))
                            .problems(List.of(ProblemCode.ANGER)).prerequisites(List.of(needs("odd.base"))).build());
            var f = formulation().problem(ProblemCode.ANGER, Severity.SEVERE);
            Plan plan = engine.plan(f.build(), List.of(odd), Optional.empty());
            assertThat(phaseOf(plan, "odd.base")).isEqualTo(Phase.PROCESSING);
            assertThat(phaseOf(plan, "odd.builds")).isEqualTo(Phase.INTEGRATION);
            assertThat(item(plan, "odd.builds").reasons()).contains("placed in integration, after what it needs first");
        }

        @Test
        void should_end_with_an_integration_item() {
            Plan plan = plan(formulation().problem(ProblemCode.PANIC, Severity.MODERATE).build());
            assertThat(plan.phases().get(2).phase()).isEqualTo(Phase.INTEGRATION);
            assertThat(plan.phases().get(2).items()).extracting(Plan.PlanItem::techniqueId).containsExactly("cbt.relapse");
        }
    }

    @Nested
    class Assimilation {
        @Test
        void should_frame_borrowed_techniques_through_the_primary_lens() {
            var f = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
            f.primary = "humanistic";
            Plan plan = plan(f.build());
            assertThat(item(plan, "cbt.interoceptive").framing()).isEqualTo("exposure seen by humanistic");
            assertThat(item(plan, "cbt.restructuring").framing()).isEqualTo("generic framing by humanistic");
            assertThat(item(plan, "humanistic.listening").framing())
                    .isEqualTo("A core Modality humanistic technique, used in its own right: For clinicians: humanistic.listening");
        }
    }

    @Test
    void should_give_an_equal_plan_for_the_same_input_whatever_the_catalog_order() {
        var f = formulation().problem(ProblemCode.PANIC, Severity.MODERATE).problem(ProblemCode.PTSD, Severity.MILD)
                .salience(BasicIdDomain.IMAGERY, 2);
        f.flags = Set.of(ClinicalFlag.PREGNANCY);
        Plan first = plan(f.build());
        List<ModalityCatalog> shuffled = new ArrayList<>(ALL);
        Collections.reverse(shuffled);
        assertThat(engine.plan(f.build(), shuffled, Optional.empty())).isEqualTo(first);
        assertThat(plan(f.build())).isEqualTo(first);
    }

    @Test
    void should_carry_common_factors_rationale_and_monitoring() {
        var f = formulation().problem(ProblemCode.PANIC, Severity.MODERATE);
        f.scores.put(org.mosaicintake.instruments.Instrument.GAD7, 14);
        Plan plan = plan(f.build());
        assertThat(plan.commonFactors().ruptureRepair()).anySatisfy(r -> assertThat(r).contains("metacommunication"));
        assertThat(plan.commonFactors().hope()).contains("panic attacks");
        assertThat(plan.rationale()).startsWith("You told us about panic attacks.").contains("Together we will work on what keeps these difficulties going").doesNotContain("Technique ");
        assertThat(plan.monitoring()).contains("GAD-7 at every session (baseline 14, moderate).");
        assertThat(plan.monitoring()).anySatisfy(m -> assertThat(m).contains("shift to the relationship first"));
    }
}
