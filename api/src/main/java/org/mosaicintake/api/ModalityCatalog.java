package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.ensureNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one modality plugin contributes: its modality, its techniques, its lens, the intake
 * steps it adds to the dialogue and, since 1.1, the findings that turn their answers into the
 * formulation.
 *
 * <p>Validated as a whole when constructed: every technique id lies in the modality's namespace and
 * is unique, every technique prerequisite names a technique of this catalog (prerequisites on other
 * modalities are written as tags), step ids are unique and a step's condition names an earlier step.
 * Messages name the field. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ModalityCatalog {

    private final Modality modality;
    private final List<Technique> techniques;
    private final Lens lens;
    private final List<IntakeStep> intakeSteps;
    private final List<Finding> findings;
    private final FrameFit frameFit;

    private ModalityCatalog(Builder b) {
        this.modality = ensureNotNull(b.modality, "modality");
        this.techniques = copyOf(b.techniques, "techniques");
        this.lens = ensureNotNull(b.lens, "lens");
        this.intakeSteps = copyOf(b.intakeSteps, "intakeSteps");
        this.findings = copyOf(b.findings == null ? List.of() : b.findings, "findings");
        this.frameFit = b.frameFit;

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < techniques.size(); i++) {
            Technique t = techniques.get(i);
            if (!t.modalityId().equals(modality.id())) {
                throw new IllegalArgumentException("'techniques[" + i + "].id' must start with '" + modality.id()
                        + ".' but was '" + t.id() + "'");
            }
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("'techniques[" + i + "].id' repeats '" + t.id() + "'");
            }
        }
        for (int i = 0; i < techniques.size(); i++) {
            List<Prerequisite> prerequisites = techniques.get(i).prerequisites();
            for (int j = 0; j < prerequisites.size(); j++) {
                Prerequisite p = prerequisites.get(j);
                if (!p.isTag() && !ids.contains(p.ref())) {
                    throw new IllegalArgumentException("'techniques[" + i + "].prerequisites[" + j + "]' names no technique of this catalog: '"
                            + p.ref() + "' (use tag:NAME for techniques of other modalities)");
                }
                if (!p.isTag() && p.ref().equals(techniques.get(i).id())) {
                    throw new IllegalArgumentException("'techniques[" + i + "].prerequisites[" + j + "]' names the technique itself");
                }
            }
        }
        Set<String> steps = new HashSet<>();
        for (int i = 0; i < intakeSteps.size(); i++) {
            IntakeStep step = intakeSteps.get(i);
            Optional<IntakeStep.Condition> askIf = step.askIf();
            if (askIf.isPresent() && !steps.contains(askIf.get().stepId())) {
                throw new IllegalArgumentException("'intakeSteps[" + i + "].askIf.step' must name an earlier step but was '"
                        + askIf.get().stepId() + "'");
            }
            if (!steps.add(step.id())) {
                throw new IllegalArgumentException("'intakeSteps[" + i + "].id' repeats '" + step.id() + "'");
            }
        }
        Set<String> findingIds = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (!findingIds.add(finding.id())) {
                throw new IllegalArgumentException("'findings[" + i + "].id' repeats '" + finding.id() + "'");
            }
            for (int j = 0; j < finding.steps().size(); j++) {
                if (!steps.contains(finding.steps().get(j))) {
                    throw new IllegalArgumentException("'findings[" + i + "].steps[" + j + "]' names no intake step of this catalog: '"
                            + finding.steps().get(j) + "'");
                }
            }
            if (finding.negativeIf().isPresent() && !steps.contains(finding.negativeIf().get().stepId())) {
                throw new IllegalArgumentException("'findings[" + i + "].negativeIf.step' names no intake step of this catalog: '"
                        + finding.negativeIf().get().stepId() + "'");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Modality modality() {
        return modality;
    }

    /** The techniques in catalog order. */
    public List<Technique> techniques() {
        return techniques;
    }

    public Lens lens() {
        return lens;
    }

    /** Extra intake steps, in the order they are asked; often empty. */
    public List<IntakeStep> intakeSteps() {
        return intakeSteps;
    }

    /**
     * The rules that turn answers to this catalog's intake steps into problems, flags or instrument
     * totals of the formulation; often empty.
     *
     * @since 1.1
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * What this modality suits as the primary lens, if the plugin says; without it the core judges
     * from the techniques alone.
     *
     * @since 1.1
     */
    public Optional<FrameFit> frameFit() {
        return Optional.ofNullable(frameFit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModalityCatalog other && modality.equals(other.modality) && techniques.equals(other.techniques)
                && lens.equals(other.lens) && intakeSteps.equals(other.intakeSteps) && findings.equals(other.findings)
                && Objects.equals(frameFit, other.frameFit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modality, techniques, lens, intakeSteps, findings, frameFit);
    }

    @Override
    public String toString() {
        return "ModalityCatalog{" + modality.id() + ", " + techniques.size() + " techniques}";
    }

    /**
     * Builds a {@link ModalityCatalog}; not thread-safe.
     *
     * @since 1.0
     */
    public static final class Builder {
        private Modality modality;
        private List<Technique> techniques;
        private Lens lens;
        private List<IntakeStep> intakeSteps;
        private List<Finding> findings;
        private FrameFit frameFit;

        private Builder() {
        }

        public Builder modality(Modality modality) {
            this.modality = modality;
            return this;
        }

        public Builder techniques(List<Technique> techniques) {
            this.techniques = techniques;
            return this;
        }

        public Builder lens(Lens lens) {
            this.lens = lens;
            return this;
        }

        public Builder intakeSteps(List<IntakeStep> intakeSteps) {
            this.intakeSteps = intakeSteps;
            return this;
        }

        /**
         * The catalog's findings over its own intake steps.
         *
         * @since 1.1
         */
        public Builder findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        /**
         * What the modality suits as the primary lens; optional.
         *
         * @since 1.1
         */
        public Builder frameFit(FrameFit frameFit) {
            this.frameFit = frameFit;
            return this;
        }

        /** @throws IllegalArgumentException naming the field, when the catalog is inconsistent */
        public ModalityCatalog build() {
            return new ModalityCatalog(this);
        }
    }
}
