package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.copyOfSet;
import static org.mosaicintake.api.internal.Checks.ensureMatches;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;
import static org.mosaicintake.api.internal.Checks.ensureNotNull;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An extra question a plugin adds to the intake dialogue when it is enabled, for example the
 * PC-PTSD-5 items that the EMDR plugin contributes.
 *
 * <p>A step may be asked only when an earlier step of the same plugin was answered with one of some
 * values ({@link #askIf()}), which expresses screens such as "a No to the trauma question ends the
 * screen". Instrument items must be worded exactly as the published instrument. Immutable and
 * thread-safe.
 *
 * @since 1.0
 */
public final class IntakeStep {

    /** Step ids: {@code instrument.item}, lower-case, e.g. {@code pcptsd5.1}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private final String id;
    private final PromptKind kind;
    private final String text;
    private final List<IntakeOption> options;
    private final Integer min;
    private final Integer max;
    private final Condition askIf;

    private IntakeStep(Builder b) {
        this.id = ensureMatches(b.id, ID, "step.id");
        this.kind = ensureNotNull(b.kind, "step[" + id + "].kind");
        this.text = ensureNotBlank(b.text, "step[" + id + "].text");
        this.options = copyOf(b.options, "step[" + id + "].options");
        this.min = b.min;
        this.max = b.max;
        this.askIf = b.askIf;
        if ((kind == PromptKind.CHOICE || kind == PromptKind.SCALE) && options.isEmpty()) {
            throw new IllegalArgumentException("'step[" + id + "].options' must not be empty for a " + kind + " prompt");
        }
        if (kind == PromptKind.NUMBER && (min == null || max == null || min > max)) {
            throw new IllegalArgumentException("'step[" + id + "].min' and 'max' must be set, min <= max, for a NUMBER prompt");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    public PromptKind kind() {
        return kind;
    }

    /** The question as the client reads it. */
    public String text() {
        return text;
    }

    public List<IntakeOption> options() {
        return options;
    }

    /** Smallest accepted number, for NUMBER prompts. */
    public Optional<Integer> min() {
        return Optional.ofNullable(min);
    }

    /** Largest accepted number, for NUMBER prompts. */
    public Optional<Integer> max() {
        return Optional.ofNullable(max);
    }

    /** When present, the step is asked only if that condition holds. */
    public Optional<Condition> askIf() {
        return Optional.ofNullable(askIf);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntakeStep other && id.equals(other.id) && kind == other.kind && text.equals(other.text)
                && options.equals(other.options) && Objects.equals(min, other.min) && Objects.equals(max, other.max)
                && Objects.equals(askIf, other.askIf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, text, options, min, max, askIf);
    }

    @Override
    public String toString() {
        return "IntakeStep{" + id + "}";
    }

    /**
     * "Ask this step only if step {@code stepId} was answered with one of {@code values}".
     *
     * <p>Immutable and thread-safe.
     *
     * @since 1.0
     */
    public static final class Condition {
        private final String stepId;
        private final Set<String> values;

        public Condition(String stepId, Collection<String> values) {
            this.stepId = ensureNotBlank(stepId, "askIf.step");
            this.values = copyOfSet(values, "askIf.values");
            if (this.values.isEmpty()) {
                throw new IllegalArgumentException("'askIf.values' must not be empty");
            }
        }

        public String stepId() {
            return stepId;
        }

        public Set<String> values() {
            return values;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Condition other && stepId.equals(other.stepId) && values.equals(other.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stepId, values);
        }

        @Override
        public String toString() {
            return stepId + " in " + values;
        }
    }

    /**
     * Builds an {@link IntakeStep}; not thread-safe, use one per step.
     *
     * @since 1.0
     */
    public static final class Builder {
        private String id;
        private PromptKind kind;
        private String text;
        private List<IntakeOption> options;
        private Integer min;
        private Integer max;
        private Condition askIf;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(PromptKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder options(List<IntakeOption> options) {
            this.options = options;
            return this;
        }

        public Builder range(Integer min, Integer max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder askIf(Condition askIf) {
            this.askIf = askIf;
            return this;
        }

        /** @throws IllegalArgumentException naming the field, when the step is incomplete */
        public IntakeStep build() {
            return new IntakeStep(this);
        }
    }
}
