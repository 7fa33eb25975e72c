package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOfSet;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;
import java.util.Set;

/**
 * What a modality, as the primary lens of a plan, suits: the problems it is a primary treatment
 * for, the positive findings (its own or another plugin's) that call for it, and the coping styles
 * and levels of reactance its way of working fits. The core weighs this beside what it reads from the
 * catalog's techniques (the evidence-based components they carry, their tags and directiveness) when
 * no client request and no clinic default chooses the lens; it names no modality itself.
 *
 * <p>In {@code catalog.json}:
 * <pre>{@code
 * "frameFit": {"problems": ["GENERALIZED_ANXIETY"], "findings": ["act.avoidance"], "copingStyles": ["INTERNALIZING"],
 *              "reactance": ["MODERATE", "HIGH"],
 *              "rationale": "it works directly with the struggle to avoid painful thoughts and feelings that the client describes"}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.1
 */
public final class FrameFit {

    private final Set<ProblemCode> problems;
    private final Set<String> findings;
    private final Set<CopingStyle> copingStyles;
    private final Set<Level> reactance;
    private final String rationale;

    /**
     * @param problems     problems this modality is a primary treatment for
     * @param findings     ids of findings ({@link Finding#id()}) whose positive reading calls for this modality
     * @param copingStyles coping styles its way of working fits
     * @param reactance    levels of reactance its directiveness fits
     * @param rationale    why, in a clause clinicians read after "chosen from the formulation: "
     */
    public FrameFit(Set<ProblemCode> problems, Set<String> findings, Set<CopingStyle> copingStyles, Set<Level> reactance, String rationale) {
        this.problems = copyOfSet(problems == null ? Set.of() : problems, "frameFit.problems");
        this.findings = copyOfSet(findings == null ? Set.of() : findings, "frameFit.findings");
        this.copingStyles = copyOfSet(copingStyles == null ? Set.of() : copingStyles, "frameFit.copingStyles");
        this.reactance = copyOfSet(reactance == null ? Set.of() : reactance, "frameFit.reactance");
        this.rationale = ensureNotBlank(rationale, "frameFit.rationale");
        if (this.problems.isEmpty() && this.findings.isEmpty() && this.copingStyles.isEmpty() && this.reactance.isEmpty()) {
            throw new IllegalArgumentException("'frameFit' must name at least one problem, finding, coping style or level of reactance");
        }
    }

    public Set<ProblemCode> problems() {
        return problems;
    }

    public Set<String> findings() {
        return findings;
    }

    public Set<CopingStyle> copingStyles() {
        return copingStyles;
    }

    public Set<Level> reactance() {
        return reactance;
    }

    public String rationale() {
        return rationale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameFit f && problems.equals(f.problems) && findings.equals(f.findings) && copingStyles.equals(f.copingStyles)
                && reactance.equals(f.reactance) && rationale.equals(f.rationale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(problems, findings, copingStyles, reactance, rationale);
    }

    @Override
    public String toString() {
        return "FrameFit{" + problems + ", " + findings + "}";
    }
}
