package org.mosaicintake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechniqueTest {

    static Technique.Builder valid(String id) {
        return Technique.builder().id(id).name("Name").clientDescription("For you.").clinicianDescription("For clinicians.")
                .tags(List.of("exposure")).phases(List.of(Phase.PROCESSING)).directiveness(Level.HIGH).arousal(Level.HIGH)
                .evidenceNote("NICE").typicalSessions(3);
    }

    static ModalityCatalog.Builder catalog(Technique... techniques) {
        return ModalityCatalog.builder().modality(new Modality("cbt", "CBT", "Thoughts, feelings and actions.", "1.0"))
                .lens(new Lens("A generic framing.", List.of())).techniques(List.of(techniques));
    }

    @Test
    void should_name_the_field_when_a_description_is_blank() {
        assertThatThrownBy(() -> valid("cbt.x").clientDescription("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'technique[cbt.x].clientDescription' must not be blank");
    }

    @Test
    void should_refuse_an_id_outside_the_namespace_form() {
        assertThatThrownBy(() -> valid("Exposure").build()).hasMessageContaining("'technique.id' must match");
    }

    @Test
    void should_refuse_sessions_out_of_range() {
        assertThatThrownBy(() -> valid("cbt.x").typicalSessions(0).build())
                .hasMessage("'technique[cbt.x].typicalSessions' must be between 1 and 52 but was 0");
    }

    @Test
    void should_be_immutable_when_built_from_a_mutable_list() {
        java.util.ArrayList<String> tags = new java.util.ArrayList<>(List.of("exposure"));
        Technique t = valid("cbt.x").tags(tags).build();
        tags.add("homework");
        assertThat(t.tags()).containsExactly("exposure");
        assertThatThrownBy(() -> t.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_refuse_a_technique_of_another_modality_in_a_catalog() {
        assertThatThrownBy(() -> catalog(valid("emdr.x").build()).build())
                .hasMessage("'techniques[0].id' must start with 'cbt.' but was 'emdr.x'");
    }

    @Test
    void should_refuse_a_prerequisite_that_names_no_technique() {
        Technique t = valid("cbt.x").prerequisites(List.of(Prerequisite.parse("cbt.missing"))).build();
        assertThatThrownBy(() -> catalog(t).build())
                .hasMessageStartingWith("'techniques[0].prerequisites[0]' names no technique of this catalog: 'cbt.missing'");
    }

    @Test
    void should_meet_a_tag_prerequisite_by_any_technique_with_the_tag() {
        Prerequisite p = Prerequisite.parse("tag:exposure");
        assertThat(p.isTag()).isTrue();
        assertThat(p.isMetBy(valid("cbt.x").build())).isTrue();
        assertThat(p.toString()).isEqualTo("tag:exposure");
    }

    @Test
    void should_apply_a_risk_rule_at_and_above_its_level() {
        SafetyRule rule = SafetyRule.whenRiskAtLeast(RiskLevel.MODERATE, "risk must be reviewed first");
        assertThat(rule.appliesTo(RiskLevel.LOW, Set.of())).isFalse();
        assertThat(rule.appliesTo(RiskLevel.MODERATE, Set.of())).isTrue();
        assertThat(rule.appliesTo(RiskLevel.IMMINENT, Set.of())).isTrue();
        assertThat(SafetyRule.whenFlag(ClinicalFlag.DISSOCIATION, "stabilise first")
                .appliesTo(RiskLevel.NONE, Set.of(ClinicalFlag.DISSOCIATION))).isTrue();
    }

    @Test
    void should_frame_by_the_first_matching_tag_else_generically() {
        Lens lens = new Lens("generic", List.of(new Framing("homework", "observe"), new Framing("exposure", "approach")));
        assertThat(lens.frame(valid("cbt.x").tags(List.of("exposure", "homework")).build())).isEqualTo("observe");
        assertThat(lens.frame(valid("cbt.y").tags(List.of("relaxation")).build())).isEqualTo("generic");
    }

    @Test
    void should_refuse_a_step_condition_on_a_later_step() {
        IntakeStep gated = IntakeStep.builder().id("pcptsd5.1").kind(PromptKind.CHOICE).text("Q")
                .options(List.of(new IntakeOption("1", "Yes"))).askIf(new IntakeStep.Condition("pcptsd5.0", List.of("1"))).build();
        assertThatThrownBy(() -> catalog().intakeSteps(List.of(gated)).build())
                .hasMessage("'intakeSteps[0].askIf.step' must name an earlier step but was 'pcptsd5.0'");
    }
}
