package org.mosaicintake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final IntakeStep STEP = IntakeStep.builder().id("cbt.q1").kind(PromptKind.CHOICE).text("Q?")
            .options(List.of(new IntakeOption("1", "Yes"), new IntakeOption("0", "No"))).build();

    private static Finding.Builder valid() {
        return Finding.builder().id("cbt.screen").name("Screen").steps(List.of("cbt.q1")).rule(Finding.Rule.ALL).value("1")
                .problem(ProblemCode.PANIC);
    }

    @Test
    void should_default_to_a_possible_moderate_problem() {
        Finding f = valid().build();
        assertThat(f.status()).isEqualTo(Finding.Status.POSSIBLE);
        assertThat(f.severity()).isEqualTo(Level.MODERATE);
        assertThat(f.negativeIf()).isEmpty();
    }

    @Test
    void should_refuse_a_finding_that_adds_nothing_or_lacks_what_its_rule_needs() {
        assertThatThrownBy(() -> valid().problem(null).build()).hasMessage("'finding' must give a problem, a flag, or bands for its total");
        assertThatThrownBy(() -> valid().value(null).build()).hasMessage("'finding.value' must not be blank");
        assertThatThrownBy(() -> valid().rule(Finding.Rule.COUNT).build()).hasMessage("'finding.atLeast' is required with rule COUNT");
        assertThatThrownBy(() -> valid().rule(Finding.Rule.COUNT).atLeast(2).build())
                .hasMessage("'finding.atLeast' must be between 1 and the number of steps");
        assertThatThrownBy(() -> valid().rule(Finding.Rule.SUM).atLeast(1).bands(List.of(new Finding.Band(2, "b"), new Finding.Band(1, "a"))).build())
                .hasMessage("'finding.bands[1].atLeast' must be above the previous band's");
    }

    @Test
    void should_refuse_in_a_catalog_a_finding_over_steps_it_does_not_have() {
        ModalityCatalog.Builder catalog = TechniqueTest.catalog(TechniqueTest.valid("cbt.x").build()).intakeSteps(List.of(STEP));
        assertThat(catalog.findings(List.of(valid().build())).build().findings()).hasSize(1);
        assertThatThrownBy(() -> catalog.findings(List.of(valid().steps(List.of("phq9.1")).build())).build())
                .hasMessage("'findings[0].steps[0]' names no intake step of this catalog: 'phq9.1'");
        assertThatThrownBy(() -> catalog.findings(List.of(valid().negativeIf(new IntakeStep.Condition("asq.1", List.of("0"))).build())).build())
                .hasMessage("'findings[0].negativeIf.step' names no intake step of this catalog: 'asq.1'");
        assertThatThrownBy(() -> catalog.findings(List.of(valid().build(), valid().build())).build())
                .hasMessage("'findings[1].id' repeats 'cbt.screen'");
    }
}
