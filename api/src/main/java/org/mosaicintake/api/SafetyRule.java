package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.ensureNotBlank;
import static org.mosaicintake.api.internal.Checks.ensureNotNull;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A safety condition attached to a technique: a clinical flag, or a risk level at or above a
 * threshold, with the reason a clinician reads when the rule applies.
 *
 * <p>Used as a <em>contraindication</em> (the engine defers the technique and lists it, with the
 * reason, among the plan's exclusions) or as a <em>caution</em> (the technique stays in the plan,
 * carrying the reason as a note). Immutable and thread-safe; exactly one of flag and risk
 * threshold is set.
 *
 * @since 1.0
 */
public final class SafetyRule {

    private final ClinicalFlag flag;
    private final RiskLevel riskAtLeast;
    private final String reason;

    private SafetyRule(ClinicalFlag flag, RiskLevel riskAtLeast, String reason) {
        this.flag = flag;
        this.riskAtLeast = riskAtLeast;
        this.reason = ensureNotBlank(reason, "safetyRule.reason");
    }

    /**
     * A rule that applies when the client's formulation carries {@code flag}.
     *
     * @param flag   the clinical flag, not null
     * @param reason plain reason for clinicians, e.g. "marked dissociation: stabilise first"
     * @return the rule
     */
    public static SafetyRule whenFlag(ClinicalFlag flag, String reason) {
        return new SafetyRule(ensureNotNull(flag, "safetyRule.flag"), null, reason);
    }

    /**
     * A rule that applies when the client's risk level is {@code level} or higher.
     *
     * @param level  the lowest risk level at which the rule applies, above NONE
     * @param reason plain reason for clinicians
     * @return the rule
     */
    public static SafetyRule whenRiskAtLeast(RiskLevel level, String reason) {
        ensureNotNull(level, "safetyRule.riskAtLeast");
        if (level == RiskLevel.NONE) {
            throw new IllegalArgumentException("'safetyRule.riskAtLeast' must be above NONE, or the rule would always apply");
        }
        return new SafetyRule(null, level, reason);
    }

    /** The flag this rule watches, if it is a flag rule. */
    public Optional<ClinicalFlag> flag() {
        return Optional.ofNullable(flag);
    }

    /** The lowest risk level at which this rule applies, if it is a risk rule. */
    public Optional<RiskLevel> riskAtLeast() {
        return Optional.ofNullable(riskAtLeast);
    }

    public String reason() {
        return reason;
    }

    /**
     * Whether this rule applies to a client with the given risk level and flags.
     *
     * @param risk  the client's risk level, not null
     * @param flags the client's flags, not null
     * @return {@code true} if the flag is present or the risk is at or above the threshold
     */
    public boolean appliesTo(RiskLevel risk, Set<ClinicalFlag> flags) {
        return flag != null ? flags.contains(flag) : risk.isAtLeast(riskAtLeast);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafetyRule other && flag == other.flag && riskAtLeast == other.riskAtLeast
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flag, riskAtLeast, reason);
    }

    @Override
    public String toString() {
        return "SafetyRule{" + (flag != null ? "flag " + flag : "risk >= " + riskAtLeast) + ": " + reason + "}";
    }
}
