package org.mosaicintake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.Technique;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.plugins.BundledCatalogs;
import org.mosaicintake.rest.FormulationRequest;
import org.mosaicintake.testsupport.SealedPart;

/**
 * Plan quality on a fixed set of clinician-written formulations ({@code plans/formulations.json}, 30
 * fictional clients) against the five bundled plugins (clinical reference, section 12).
 *
 * <p>Every plan must hold the rules of a coherent plan, whatever the client: bounded phases, a course
 * within the budget or a warning saying why not, the primary lens at the core, one processing route,
 * nothing specific to a problem the client does not have, no incompatible rationales, motivational work
 * for anyone not ready, crisis plans at high risk, no item whose own reasons argue against it. Each
 * case also states what its plan must (or must not) contain; these case expectations are asserted on the
 * development part and reported for the sealed part, which was never used to tune the engine.
 */
class PlanQualityTest {

    private static final IntegrationEngine ENGINE = new IntegrationEngine();
    private static List<ModalityCatalog> catalogs;
    private static Map<String, Technique> byId;
    private static JsonNode cases;

    @BeforeAll
    static void load() throws IOException {
        catalogs = BundledCatalogs.load(Path.of("target/bundled-plugins"));
        byId = catalogs.stream().flatMap(c -> c.techniques().stream()).collect(Collectors.toMap(Technique::id, t -> t));
        try (InputStream in = PlanQualityTest.class.getResourceAsStream("/plans/formulations.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
    }

    record Case(String id, boolean sealed, Formulation formulation, Optional<String> clinicDefault, JsonNode expect) {
    }

    static List<Case> cases() {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> all = new ArrayList<>();
        for (JsonNode c : cases) {
            try {
                Formulation f = mapper.treeToValue(c.get("formulation"), FormulationRequest.class).toFormulation();
                all.add(new Case(c.get("id").asText(), SealedPart.sealed(c.get("id").asText() + "\n" + c.get("vignette").asText()), f,
                        Optional.ofNullable(c.get("clinicDefault")).map(JsonNode::asText), c.get("expect")));
            } catch (IOException e) {
                throw new IllegalStateException(c.get("id") + ": " + e.getMessage(), e);
            }
        }
        return all;
    }

    static Plan plan(Case c) {
        return ENGINE.plan(c.formulation(), catalogs, c.clinicDefault());
    }

    @Test
    void the_set_has_at_least_twenty_formulations_with_both_parts() {
        List<Case> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all).anyMatch(Case::sealed).anyMatch(c -> !c.sealed());
    }

    /** The rules of section 12 hold for every client, in both parts. */
    @Test
    void every_plan_holds_together() {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Plan plan = plan(c);
            failures.addAll(universal(c, plan).stream().map(v -> c.id() + ": " + v).toList());
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void every_development_case_gets_what_its_clinician_expects_and_the_sealed_part_is_reported() {
        List<String> devFailures = new ArrayList<>();
        int sealed = 0;
        int sealedMet = 0;
        for (Case c : cases()) {
            List<String> misses = expected(c, plan(c));
            if (c.sealed()) {
                sealed++;
                // counted only: what a sealed case missed is not printed, so it cannot be tuned on
                sealedMet += misses.isEmpty() ? 1 : 0;
            } else {
                devFailures.addAll(misses.stream().map(m -> c.id() + ": " + m).toList());
            }
        }
        System.out.printf("plan quality: development %d of %d cases as expected; sealed %d of %d%n",
                cases().stream().filter(c -> !c.sealed()).count() - devFailures.stream().map(s -> s.split(":")[0]).distinct().count(),
                cases().stream().filter(c -> !c.sealed()).count(), sealedMet, sealed);
        assertThat(devFailures).isEmpty();
        // the sealed part is measured, not tuned on; this floor only catches a regression from the figure in docs/engine.md
        assertThat(sealedMet).isGreaterThanOrEqualTo(SEALED_FLOOR);
    }

    /** Sealed cases as expected when this test was written (docs/engine.md). */
    static final int SEALED_FLOOR = 10;

    static List<String> universal(Case c, Plan plan) {
        List<String> v = new ArrayList<>();
        Formulation f = c.formulation();
        for (Plan.PhasePlan phase : plan.phases()) {
            if (phase.items().size() > Plan.MAX_ITEMS.get(phase.phase())) {
                v.add(phase.items().size() + " items in " + phase.phase());
            }
        }
        List<Plan.PlanItem> items = plan.items();
        if (plan.estimatedSessions() != items.stream().mapToInt(Plan.PlanItem::sessions).sum()) {
            v.add("estimatedSessions is not the sum of the items");
        }
        if (plan.estimatedSessions() > plan.sessionBudget() && plan.warnings().stream().noneMatch(w -> w.startsWith("Estimated "))) {
            v.add(plan.estimatedSessions() + " sessions over the budget without a warning");
        }
        long own = items.stream().filter(i -> i.modality().equals(plan.primaryOrientation())).count();
        // a crisis plan is not the course: its safety steps come from whichever plugin offers them
        if (!f.risk().isAtLeast(RiskLevel.HIGH) && own * 2 < items.size() && plan.warnings().stream().noneMatch(w -> w.contains("lens carries only"))) {
            v.add("primary lens carries " + own + " of " + items.size() + " items without a warning");
        }
        Set<ProblemCode> problems = f.problems().stream().map(p -> p.code()).collect(Collectors.toSet());
        for (Plan.PlanItem item : items) {
            Technique t = byId.get(item.techniqueId());
            if (!t.problems().isEmpty() && t.problems().stream().noneMatch(problems::contains)) {
                v.add(item.techniqueId() + " is for problems the client does not have");
            }
            for (String r : item.reasons()) {
                if (r.contains("less suited") || r.contains("premature") || r.contains("waits while distress is high")) {
                    v.add(item.techniqueId() + " is kept with a reason against it: " + r);
                }
            }
            if (!item.modality().equals(plan.primaryOrientation()) && item.reasons().stream().noneMatch(r -> r.contains("borrowed from")
                    || r.startsWith("safety first") || r.startsWith("crisis"))) {
                v.add(item.techniqueId() + " is borrowed without naming the gap it fills: " + item.reasons());
            }
            for (Plan.PlanItem other : items) {
                if (t.conflictsWith(byId.get(other.techniqueId()))) {
                    v.add(item.techniqueId() + " and " + other.techniqueId() + " have incompatible rationales");
                }
            }
        }
        if (items.stream().filter(i -> byId.get(i.techniqueId()).tags().contains("trauma-processing")).count() > 1) {
            v.add("more than one trauma-processing route");
        }
        if (f.notYetReady() && !f.risk().isAtLeast(RiskLevel.HIGH) && plan.phases().get(0).items().stream()
                .noneMatch(i -> byId.get(i.techniqueId()).tags().contains("motivational"))) {
            v.add("not yet ready, but no motivational work opens the plan");
        }
        if (f.risk().isAtLeast(RiskLevel.HIGH)) {
            if (!plan.phases().get(1).items().isEmpty() || !plan.phases().get(2).items().isEmpty()
                    || items.stream().anyMatch(i -> !byId.get(i.techniqueId()).tags().contains("safety-planning")
                    && !byId.get(i.techniqueId()).tags().contains("crisis"))) {
                v.add("risk is " + f.risk() + " but the plan holds more than crisis and safety steps: "
                        + items.stream().map(Plan.PlanItem::techniqueId).toList());
            }
        } else if (f.risk().isAtLeast(RiskLevel.MODERATE) && (items.isEmpty()
                || !byId.get(items.get(0).techniqueId()).tags().contains("safety-planning"))) {
            v.add("moderate risk, but safety planning does not open the plan");
        }
        if (f.risk().isAtLeast(RiskLevel.MODERATE) && items.stream().anyMatch(i -> byId.get(i.techniqueId()).arousal()
                == org.mosaicintake.api.Level.HIGH)) {
            v.add("arousal-raising work at " + f.risk() + " risk");
        }
        return v;
    }

    static List<String> expected(Case c, Plan plan) {
        List<String> misses = new ArrayList<>();
        JsonNode e = c.expect();
        List<Plan.PlanItem> items = plan.items();
        if (e.has("primary") && !plan.primaryOrientation().equals(e.get("primary").asText())) {
            misses.add("primary " + plan.primaryOrientation() + ", expected " + e.get("primary").asText());
        }
        for (JsonNode anyOf : e.path("includesTags")) {
            List<String> tags = new ArrayList<>();
            anyOf.forEach(t -> tags.add(t.asText()));
            if (items.stream().noneMatch(i -> byId.get(i.techniqueId()).tags().stream().anyMatch(tags::contains))) {
                misses.add("no item tagged " + String.join(" or ", tags) + " in " + ids(plan));
            }
        }
        for (JsonNode tag : e.path("excludesTags")) {
            items.stream().filter(i -> byId.get(i.techniqueId()).tags().contains(tag.asText()))
                    .forEach(i -> misses.add(i.techniqueId() + " is tagged " + tag.asText()));
        }
        for (JsonNode id : e.path("excludesIds")) {
            if (ids(plan).contains(id.asText())) {
                misses.add(id.asText() + " is in the plan");
            }
        }
        if (e.has("firstTag") && (items.isEmpty() || !byId.get(items.get(0).techniqueId()).tags().contains(e.get("firstTag").asText()))) {
            misses.add("does not open with " + e.get("firstTag").asText() + ": " + ids(plan));
        }
        if (e.path("crisisOnly").asBoolean() && (!plan.phases().get(1).items().isEmpty() || !plan.phases().get(2).items().isEmpty())) {
            misses.add("not a crisis plan: " + ids(plan));
        }
        if (e.has("warningContains") && plan.warnings().stream().noneMatch(w -> w.contains(e.get("warningContains").asText()))) {
            misses.add("no warning with '" + e.get("warningContains").asText() + "'");
        }
        return misses;
    }

    static List<String> ids(Plan plan) {
        return plan.items().stream().map(Plan.PlanItem::techniqueId).toList();
    }

    /** The three worked examples of docs/engine.md, from development cases, and the set's figures. */
    static final List<String> EXAMPLES = List.of("panic-precontemplation", "social-anxiety-student", "grief-widow");

    @Test
    void docs_engine_shows_the_worked_examples_and_the_figures_as_they_are() throws IOException {
        StringBuilder md = new StringBuilder(BEGIN);
        List<Case> all = cases();
        long dev = all.stream().filter(c -> !c.sealed()).count();
        long devMet = all.stream().filter(c -> !c.sealed() && expected(c, plan(c)).isEmpty()).count();
        long sealed = all.size() - dev;
        long sealedMet = all.stream().filter(c -> c.sealed() && expected(c, plan(c)).isEmpty()).count();
        long coherent = all.stream().filter(c -> universal(c, plan(c)).isEmpty()).count();
        md.append("Formulations: ").append(all.size()).append(" (development ").append(dev).append(", sealed ").append(sealed)
                .append("). Rules of a coherent plan held: ").append(coherent).append(" of ").append(all.size())
                .append(". Clinician's expectations met: development ").append(devMet).append(" of ").append(dev)
                .append(", sealed ").append(sealedMet).append(" of ").append(sealed).append(".\n");
        for (String id : EXAMPLES) {
            Case c = all.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(c.sealed()).as("worked examples come from the development part").isFalse();
            Plan plan = plan(c);
            md.append("\n#### After: ").append(id).append("\n\n");
            md.append("Lens: **").append(plan.primaryOrientation()).append("** (").append(plan.primaryOrientationReason()).append("). ")
                    .append("Course: ").append(plan.estimatedSessions()).append(" sessions (budget ").append(plan.sessionBudget()).append(").\n\n");
            for (Plan.PhasePlan phase : plan.phases()) {
                md.append("- ").append(phase.phase()).append(": ").append(phase.items().isEmpty() ? "(none)" : String.join("; ",
                        phase.items().stream().map(i -> i.name() + " [" + i.modality() + ", " + i.sessions() + "]").toList())).append("\n");
            }
            for (String w : plan.warnings()) {
                md.append("- warning: ").append(w).append("\n");
            }
            md.append("\n> ").append(plan.rationale()).append("\n");
        }
        md.append(END);
        org.mosaicintake.testsupport.GeneratedDocs.checkSection(Path.of("../docs/engine.md"), BEGIN, END, md.toString());
    }

    static final String BEGIN = "<!-- plan-quality:begin (generated by PlanQualityTest) -->\n";
    static final String END = "<!-- plan-quality:end -->";
}
