package org.mosaicintake.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.ProblemCode;

/**
 * The diagnosis-specific protocols of the clinical reference (section 5), as data: for each
 * problem, the components a plan includes, each found among the enabled plugins' techniques by
 * problem code and tag. Assimilated inside the primary frame like any other technique.
 */
final class Protocols {

    /**
     * One part of a protocol.
     *
     * @param name     what the reference calls it
     * @param tags     a technique carrying the problem code and any of these tags fulfils it
     * @param onlyWith included only when the formulation carries this flag
     */
    record Component(String name, Set<String> tags, Optional<ClinicalFlag> onlyWith) {
        Component(String name, String... tags) {
            this(name, Set.of(tags), Optional.empty());
        }
    }

    /** The protocol for one problem and the guidance it comes from. */
    record Protocol(ProblemCode problem, String guidance, List<Component> components) {
    }

    static final List<Protocol> ALL = List.of(
            new Protocol(ProblemCode.PANIC, "NICE CG113", List.of(
                    new Component("psychoeducation on the panic cycle", "psychoeducation"),
                    new Component("interoceptive exposure", "interoceptive"),
                    new Component("cognitive restructuring of catastrophic misinterpretation", "cognitive-restructuring"))),
            new Protocol(ProblemCode.GENERALIZED_ANXIETY, "NICE CG113", List.of(
                    new Component("CBT for worry or applied relaxation", "worry", "relaxation"))),
            new Protocol(ProblemCode.OCD, "NICE CG31", List.of(
                    new Component("exposure and response prevention", "response-prevention"))),
            new Protocol(ProblemCode.PTSD, "NICE NG116", List.of(
                    new Component("trauma-focused CBT or EMDR, after stabilisation", "trauma-processing"))),
            new Protocol(ProblemCode.DEPRESSION, "NICE NG222", List.of(
                    new Component("behavioural activation", "behavioural"),
                    new Component("short-term psychodynamic or interpersonal work for chronic, relational depression",
                            Set.of("relational"), Optional.of(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS)))),
            new Protocol(ProblemCode.SOCIAL_ANXIETY, "NICE CG159", List.of(
                    new Component("behavioural experiments", "experiment"),
                    new Component("attention training", "attention"))),
            new Protocol(ProblemCode.INSOMNIA, "CBT-I", List.of(
                    new Component("stimulus control and sleep hygiene", "stimulus-control"),
                    new Component("sleep restriction", "sleep-restriction"))),
            new Protocol(ProblemCode.SUBSTANCE_USE, "motivational and relapse-prevention approaches", List.of(
                    new Component("motivational interviewing", "motivational"),
                    new Component("relapse prevention, including mindfulness-based relapse prevention", "relapse-prevention"))));

    private Protocols() {
    }

    static Optional<Protocol> forProblem(ProblemCode problem) {
        return ALL.stream().filter(p -> p.problem() == problem).findFirst();
    }
}
