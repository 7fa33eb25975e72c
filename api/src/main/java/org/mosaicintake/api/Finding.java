package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;
import static org.mosaicintake.api.internal.Checks.ensureNotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that turns the answers to a plugin's own intake steps into something the formulation
 * holds: a problem (with its severity and whether it was measured or is only possible), a clinical
 * flag, or an instrument total labelled by its bands. The core reads a plugin's steps only through
 * its findings, so a clinic's plugin is read exactly as a bundled one.
 *
 * <p>How the steps are read ({@link Rule}): a finding is <em>positive</em>, <em>negative</em> (the
 * screen was asked and did not reach its threshold, or its {@link #negativeIf() gate} was answered
 * negatively) or <em>not answered</em>. A negative finding also tells the core that the client's
 * words alone must not add its problem (clinicians see the disagreement instead).
 *
 * <p>In {@code catalog.json}:
 * <pre>{@code
 * "findings": [{"id": "cbt.panic", "name": "PHQ panic items", "steps": ["panic.1", "panic.2", "panic.3", "panic.4"],
 *               "rule": "ALL", "value": "1", "negativeIf": {"step": "panic.1", "values": ["0"]},
 *               "problem": "PANIC", "severity": "MODERATE", "status": "POSSIBLE"}]
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated when constructed, messages naming the field.
 *
 * @since 1.1
 */
public final class Finding {

    /**
     * How the steps' answers are combined.
     *
     * @since 1.1
     */
    public enum Rule {
        /** Positive when every step was answered {@link #value()}; negative when one was answered otherwise. */
        ALL,
        /** Positive when any step was answered {@link #value()}; negative when all were answered and none so. */
        ANY,
        /** Positive when at least {@link #atLeast()} steps were answered {@link #value()}; negative when all were answered and fewer were. */
        COUNT,
        /** The total of the steps' numeric answers, once all are answered: positive from {@link #atLeast()}. */
        SUM
    }

    /**
     * Whether a positive finding's problem was measured by a validated instrument's own cut-off, or
     * is only possible (a screen, to be assessed by a clinician).
     *
     * @since 1.1
     */
    public enum Status {
        MEASURED,
        POSSIBLE
    }

    /**
     * A label for totals from {@code atLeast} up to the next band's threshold.
     *
     * @param atLeast lowest total of this band
     * @param label   what the band is called by the instrument's authors ("positive screen")
     * @since 1.1
     */
    public record Band(int atLeast, String label) {
        public Band {
            ensureNotBlank(label, "band.label");
        }
    }

    private final String id;
    private final String name;
    private final List<String> steps;
    private final Rule rule;
    private final String value;
    private final int atLeast;
    private final IntakeStep.Condition negativeIf;
    private final ProblemCode problem;
    private final Level severity;
    private final Integer severeFrom;
    private final Status status;
    private final ClinicalFlag flag;
    private final List<Band> bands;
    private final String score;

    private Finding(Builder b) {
        this.id = ensureNotBlank(b.id, "finding.id");
        this.name = ensureNotBlank(b.name, "finding.name");
        this.steps = copyOf(b.steps, "finding.steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("'finding.steps' must name at least one of the plugin's intake steps");
        }
        this.rule = ensureNotNull(b.rule, "finding.rule");
        this.value = b.value;
        if (rule != Rule.SUM) {
            ensureNotBlank(value, "finding.value");
        }
        this.atLeast = b.atLeast == null ? 1 : b.atLeast;
        if ((rule == Rule.COUNT || rule == Rule.SUM) && b.atLeast == null) {
            throw new IllegalArgumentException("'finding.atLeast' is required with rule " + rule);
        }
        if (rule == Rule.COUNT && (atLeast < 1 || atLeast > steps.size())) {
            throw new IllegalArgumentException("'finding.atLeast' must be between 1 and the number of steps");
        }
        this.negativeIf = b.negativeIf;
        this.problem = b.problem;
        this.severity = b.severity == null ? Level.MODERATE : b.severity;
        this.severeFrom = b.severeFrom;
        this.status = b.status == null ? Status.POSSIBLE : b.status;
        this.flag = b.flag;
        this.bands = copyOf(b.bands == null ? List.of() : b.bands, "finding.bands");
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).atLeast() <= bands.get(i - 1).atLeast()) {
                throw new IllegalArgumentException("'finding.bands[" + i + "].atLeast' must be above the previous band's");
            }
        }
        this.score = b.score;
        if (problem == null && flag == null && bands.isEmpty() && score == null) {
            throw new IllegalArgumentException("'finding' must give a problem, a flag, or bands for its total");
        }
        if (severeFrom != null && problem == null) {
            throw new IllegalArgumentException("'finding.severeFrom' needs a problem");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unique id, by convention in the plugin's namespace ({@code cbt.panic}). */
    public String id() {
        return id;
    }

    /** What clinicians read as the evidence ("PHQ panic items", "PC-PTSD-5"). */
    public String name() {
        return name;
    }

    /** The plugin's own intake step ids it reads, in order. */
    public List<String> steps() {
        return steps;
    }

    public Rule rule() {
        return rule;
    }

    /** The answer value that counts (ALL, ANY, COUNT); null with SUM. */
    public String value() {
        return value;
    }

    /** COUNT: how many steps must be answered {@link #value()}; SUM: the total from which it is positive. */
    public int atLeast() {
        return atLeast;
    }

    /** A step whose answer, when one of the condition's values, makes the finding negative at once (a gate answered no). */
    public Optional<IntakeStep.Condition> negativeIf() {
        return Optional.ofNullable(negativeIf);
    }

    /** The problem a positive finding adds to the formulation, if any. */
    public Optional<ProblemCode> problem() {
        return Optional.ofNullable(problem);
    }

    /** The problem's severity: LOW is mild, MODERATE moderate, HIGH severe. */
    public Level severity() {
        return severity;
    }

    /** With COUNT or SUM: the total from which the problem is severe. */
    public Optional<Integer> severeFrom() {
        return Optional.ofNullable(severeFrom);
    }

    public Status status() {
        return status;
    }

    /** The flag a positive finding sets, if any. */
    public Optional<ClinicalFlag> flag() {
        return Optional.ofNullable(flag);
    }

    /** Labels for the total (COUNT or SUM), lowest first; may be empty. */
    public List<Band> bands() {
        return bands;
    }

    /**
     * The instrument Mosaic itself knows whose total this is ({@code pcptsd5}), so that the total is
     * recorded as that instrument's score, with Mosaic's bands and a service's configured cut-off;
     * empty for an instrument of the plugin's own, labelled by {@link #bands()}.
     */
    public Optional<String> score() {
        return Optional.ofNullable(score);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && id.equals(f.id) && name.equals(f.name) && steps.equals(f.steps) && rule == f.rule
                && Objects.equals(value, f.value) && atLeast == f.atLeast && Objects.equals(negativeIf, f.negativeIf)
                && problem == f.problem && severity == f.severity && Objects.equals(severeFrom, f.severeFrom) && status == f.status
                && flag == f.flag && bands.equals(f.bands) && Objects.equals(score, f.score);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, steps, rule, value, atLeast, problem, flag);
    }

    @Override
    public String toString() {
        return "Finding{" + id + "}";
    }

    /**
     * Builds a {@link Finding}; not thread-safe.
     *
     * @since 1.1
     */
    public static final class Builder {
        private String id;
        private String name;
        private List<String> steps;
        private Rule rule;
        private String value;
        private Integer atLeast;
        private IntakeStep.Condition negativeIf;
        private ProblemCode problem;
        private Level severity;
        private Integer severeFrom;
        private Status status;
        private ClinicalFlag flag;
        private List<Band> bands;
        private String score;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder steps(List<String> steps) {
            this.steps = steps;
            return this;
        }

        public Builder rule(Rule rule) {
            this.rule = rule;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder atLeast(Integer atLeast) {
            this.atLeast = atLeast;
            return this;
        }

        public Builder negativeIf(IntakeStep.Condition negativeIf) {
            this.negativeIf = negativeIf;
            return this;
        }

        public Builder problem(ProblemCode problem) {
            this.problem = problem;
            return this;
        }

        public Builder severity(Level severity) {
            this.severity = severity;
            return this;
        }

        public Builder severeFrom(Integer severeFrom) {
            this.severeFrom = severeFrom;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder flag(ClinicalFlag flag) {
            this.flag = flag;
            return this;
        }

        public Builder bands(List<Band> bands) {
            this.bands = bands;
            return this;
        }

        public Builder score(String score) {
            this.score = score;
            return this;
        }

        /** @throws IllegalArgumentException naming the field, when the finding is inconsistent */
        public Finding build() {
            return new Finding(this);
        }
    }
}
