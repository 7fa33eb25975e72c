package org.mosaicintake.engine;

import org.mosaicintake.api.Tags;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.formulation.Formulation;

/**
 * The diagnosis-specific protocols (clinical reference, sections 5 and 12) and the pathways that
 * follow a risk or a circumstance rather than a problem (suicide-specific work, the perinatal period),
 * as data: each component is found among the enabled plugins' techniques by tag (and, for a problem's
 * protocol, by problem code). Assimilated inside the primary frame like any other technique.
 */
final class Protocols {

    /**
     * One part of a protocol.
     *
     * @param name     what the reference calls it
     * @param tags     a technique carrying any of these tags (and the problem code, for a problem's protocol) fulfils it;
     *                 the first tags are preferred (the named technique before a close relative)
     * @param onlyWith included only when the formulation carries this flag
     */
    record Component(String name, List<String> tags, Optional<ClinicalFlag> onlyWith) {
        Component(String name, String... tags) {
            this(name, List.of(tags), Optional.empty());
        }

        /** How well a technique's tags name this component: 0 for the first tag, higher for later ones. */
        int preference(org.mosaicintake.api.Technique t) {
            for (int i = 0; i < tags.size(); i++) {
                if (t.tags().contains(tags.get(i))) {
                    return i;
                }
            }
            return tags.size();
        }
    }

    /** The protocol for one problem and the guidance it comes from. */
    record Protocol(ProblemCode problem, String guidance, List<Component> components) {
    }

    /**
     * A pathway that follows the client's risk or circumstances, whatever the problems.
     *
     * @param name       what the plan calls it
     * @param applies    when it belongs in the plan
     * @param guidance   where it comes from
     * @param components its parts, found by tag alone
     */
    record Pathway(String name, Predicate<Formulation> applies, String guidance, List<Component> components) {
    }

    static final List<Protocol> ALL = List.of(
            new Protocol(ProblemCode.PANIC, "NICE CG113", List.of(
                    new Component("psychoeducation on the panic cycle", Tags.PSYCHOEDUCATION),
                    new Component("interoceptive exposure", Tags.INTEROCEPTIVE),
                    new Component("cognitive restructuring of catastrophic misinterpretation", Tags.COGNITIVE_RESTRUCTURING),
                    new Component("graded in-vivo exposure for agoraphobic avoidance", List.of(Tags.IN_VIVO),
                            Optional.of(ClinicalFlag.AGORAPHOBIC_AVOIDANCE)))),
            new Protocol(ProblemCode.GENERALIZED_ANXIETY, "NICE CG113", List.of(
                    new Component("CBT for worry or applied relaxation", Tags.WORRY, Tags.RELAXATION))),
            new Protocol(ProblemCode.OCD, "NICE CG31", List.of(
                    new Component("exposure and response prevention", Tags.RESPONSE_PREVENTION))),
            new Protocol(ProblemCode.PTSD, "NICE NG116", List.of(
                    new Component("trauma-focused CBT or EMDR, after stabilisation", Tags.TRAUMA_PROCESSING))),
            new Protocol(ProblemCode.DEPRESSION, "NICE NG222", List.of(
                    new Component("behavioural activation", Tags.BEHAVIOURAL_ACTIVATION, Tags.BEHAVIOURAL),
                    new Component("short-term psychodynamic or interpersonal work for chronic, relational depression",
                            List.of(Tags.RELATIONAL), Optional.of(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS)))),
            new Protocol(ProblemCode.SOCIAL_ANXIETY, "NICE CG159", List.of(
                    new Component("behavioural experiments", Tags.EXPERIMENT),
                    new Component("attention training", Tags.ATTENTION))),
            new Protocol(ProblemCode.INSOMNIA, "CBT-I", List.of(
                    new Component("stimulus control and sleep hygiene", Tags.STIMULUS_CONTROL),
                    new Component("sleep restriction", Tags.SLEEP_RESTRICTION))),
            new Protocol(ProblemCode.SUBSTANCE_USE, "motivational and relapse-prevention approaches", List.of(
                    new Component("motivational interviewing", Tags.MOTIVATIONAL),
                    new Component("relapse prevention, including mindfulness-based relapse prevention", Tags.RELAPSE_PREVENTION))),
            new Protocol(ProblemCode.GRIEF, "prolonged grief disorder therapy (Shear et al. 2016)", List.of(
                    new Component("grief psychoeducation", Tags.GRIEF_PSYCHOEDUCATION),
                    new Component("restoration goals", Tags.RESTORATION),
                    new Component("imaginal revisiting of the death", Tags.IMAGINAL_REVISITING),
                    new Component("an imaginal conversation with the deceased", Tags.UNFINISHED_BUSINESS))),
            new Protocol(ProblemCode.SOMATIC, "CBT for health anxiety (Salkovskis and Warwick; Tyrer et al. 2014)", List.of(
                    new Component("reducing checking and reassurance-seeking", Tags.REASSURANCE),
                    new Component("attention training", Tags.ATTENTION),
                    new Component("behavioural experiments", Tags.EXPERIMENT))));

    /** Risk and circumstance pathways; a technique carrying one of {@link #PATHWAY_TAGS} is used only through them. */
    static final List<Pathway> PATHWAYS = List.of(
            new Pathway("suicide-specific work", f -> f.risk().isAtLeast(RiskLevel.MODERATE),
                    "clinical reference, section 12: suicide-specific work, not only the problems behind it", List.of(
                    new Component("collaborative assessment and management of suicidality", Tags.SUICIDE_SPECIFIC),
                    new Component("distress-tolerance skills", Tags.DISTRESS_TOLERANCE))),
            new Pathway("self-harm", f -> f.has(ClinicalFlag.SELF_HARM) && !f.risk().isAtLeast(RiskLevel.MODERATE),
                    "NICE NG225: psychological work for self-harm", List.of(
                    new Component("distress-tolerance skills", Tags.DISTRESS_TOLERANCE))),
            new Pathway("the perinatal pathway", f -> f.has(ClinicalFlag.PERINATAL),
                    "NICE CG192: treatment adapted to pregnancy and the first year after a birth", List.of(
                    new Component("care adapted to the perinatal period", Tags.PERINATAL))));

    /** Tags of techniques that belong to a pathway: never chosen for a client outside it. */
    static final Set<String> PATHWAY_TAGS = Set.of(Tags.SUICIDE_SPECIFIC, Tags.DISTRESS_TOLERANCE, Tags.PERINATAL);

    private Protocols() {
    }

    static Optional<Protocol> forProblem(ProblemCode problem) {
        return ALL.stream().filter(p -> p.problem() == problem).findFirst();
    }
}
