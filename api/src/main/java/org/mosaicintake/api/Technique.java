package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.SLUG;
import static org.mosaicintake.api.internal.Checks.copyOf;
import static org.mosaicintake.api.internal.Checks.copyOfSet;
import static org.mosaicintake.api.internal.Checks.ensureBetween;
import static org.mosaicintake.api.internal.Checks.ensureMatches;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;
import static org.mosaicintake.api.internal.Checks.ensureNotNull;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One therapeutic technique a modality contributes, with everything the integration engine needs
 * to match it to a client, keep it safe, sequence it and explain it.
 *
 * <p>The id is namespaced by the modality: {@code cbt.interoceptive-exposure}. A technique has two
 * descriptions: one for the client (plain, warm, second person, no jargon) and one for the
 * clinician. Tags are free lower-case words that other modalities' lenses and prerequisites refer
 * to ({@code exposure}, {@code self-regulation}, {@code homework}, {@code alliance}, ...).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()} and validated in {@code build()},
 * which names the offending field.
 *
 * @since 1.0
 */
public final class Technique {

    /** Technique ids: {@code modality.slug}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*");

    /** Most sessions a single technique may claim. */
    public static final int MAX_SESSIONS = 52;

    private final String id;
    private final String name;
    private final String clientDescription;
    private final String clinicianDescription;
    private final Set<String> tags;
    private final Set<BasicIdDomain> targets;
    private final Set<ProblemCode> problems;
    private final Set<Phase> phases;
    private final Set<StageOfChange> stageFit;
    private final Set<CopingStyle> copingFit;
    private final Level directiveness;
    private final Level arousal;
    private final List<Prerequisite> prerequisites;
    private final List<SafetyRule> contraindications;
    private final List<SafetyRule> cautions;
    private final String evidenceNote;
    private final int typicalSessions;
    private final List<String> incompatibleWith;

    private Technique(Builder b) {
        this.id = ensureMatches(b.id, ID, "technique.id");
        String f = "technique[" + id + "].";
        this.name = ensureNotBlank(b.name, f + "name");
        this.clientDescription = ensureNotBlank(b.clientDescription, f + "clientDescription");
        this.clinicianDescription = ensureNotBlank(b.clinicianDescription, f + "clinicianDescription");
        this.tags = copyOfSet(b.tags, f + "tags");
        for (String tag : tags) {
            ensureMatches(tag, SLUG, f + "tags");
        }
        this.targets = copyOfSet(b.targets, f + "targets");
        this.problems = copyOfSet(b.problems, f + "problems");
        this.phases = copyOfSet(b.phases, f + "phases");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("'" + f + "phases' must not be empty");
        }
        this.stageFit = copyOfSet(b.stageFit, f + "stageFit");
        this.copingFit = copyOfSet(b.copingFit, f + "copingFit");
        this.directiveness = ensureNotNull(b.directiveness, f + "directiveness");
        this.arousal = ensureNotNull(b.arousal, f + "arousal");
        this.prerequisites = copyOf(b.prerequisites, f + "prerequisites");
        this.contraindications = copyOf(b.contraindications, f + "contraindications");
        this.cautions = copyOf(b.cautions, f + "cautions");
        this.evidenceNote = ensureNotBlank(b.evidenceNote, f + "evidenceNote");
        this.typicalSessions = ensureBetween(b.typicalSessions, 1, MAX_SESSIONS, f + "typicalSessions");
        this.incompatibleWith = copyOf(b.incompatibleWith == null ? List.of() : b.incompatibleWith, f + "incompatibleWith");
        for (String ref : incompatibleWith) {
            ensureMatches(ref.startsWith(Prerequisite.TAG_PREFIX) ? ref.substring(Prerequisite.TAG_PREFIX.length()) : ref,
                    ref.startsWith(Prerequisite.TAG_PREFIX) ? SLUG : ID, f + "incompatibleWith");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The modality part of the id: {@code cbt} for {@code cbt.thought-record}. */
    public String modalityId() {
        return id.substring(0, id.indexOf('.'));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Plain, warm, second-person description the client may read. */
    public String clientDescription() {
        return clientDescription;
    }

    /** Technical description for clinicians. */
    public String clinicianDescription() {
        return clinicianDescription;
    }

    public Set<String> tags() {
        return tags;
    }

    /** The BASIC I.D. domains this technique works on. */
    public Set<BasicIdDomain> targets() {
        return targets;
    }

    /** The problems this technique is indicated for; empty means general (transdiagnostic). */
    public Set<ProblemCode> problems() {
        return problems;
    }

    /** The phases in which this technique may be placed, in preference order of declaration. */
    public Set<Phase> phases() {
        return phases;
    }

    /** Stages of change this technique suits; empty means any. */
    public Set<StageOfChange> stageFit() {
        return stageFit;
    }

    /** Coping styles this technique suits; empty means any. */
    public Set<CopingStyle> copingFit() {
        return copingFit;
    }

    /** How much the therapist directs (matters for highly reactant clients). */
    public Level directiveness() {
        return directiveness;
    }

    /** How much emotional arousal the technique raises (matters for distressed clients). */
    public Level arousal() {
        return arousal;
    }

    /** What must come earlier in a plan that uses this technique. */
    public List<Prerequisite> prerequisites() {
        return prerequisites;
    }

    /** Conditions under which this technique is deferred, each with its reason. */
    public List<SafetyRule> contraindications() {
        return contraindications;
    }

    /** Conditions under which this technique stays but carries a caution note. */
    public List<SafetyRule> cautions() {
        return cautions;
    }

    /** A short note on the evidence for this technique, with sources where known. */
    public String evidenceNote() {
        return evidenceNote;
    }

    /** Usual number of sessions the technique takes, 1 to {@value #MAX_SESSIONS}. */
    public int typicalSessions() {
        return typicalSessions;
    }

    /**
     * Techniques this one must never share a plan with, because their rationales contradict each
     * other (exposure and response prevention treats intrusive thoughts as meaningless; interpreting a
     * symptom's hidden meaning treats them as meaningful). Each entry is a technique id or
     * {@code tag:} followed by a tag, as in prerequisites. Empty for most techniques.
     *
     * @since 1.1
     */
    public List<String> incompatibleWith() {
        return incompatibleWith;
    }

    /**
     * Whether this technique and {@code other} must not share a plan: either one names the other (by
     * id or by one of its tags) in {@link #incompatibleWith()}.
     *
     * @since 1.1
     */
    public boolean conflictsWith(Technique other) {
        return names(this, other) || names(other, this);
    }

    private static boolean names(Technique a, Technique b) {
        for (String ref : a.incompatibleWith) {
            if (ref.startsWith(Prerequisite.TAG_PREFIX) ? b.tags.contains(ref.substring(Prerequisite.TAG_PREFIX.length())) : ref.equals(b.id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Technique t)) {
            return false;
        }
        return id.equals(t.id) && name.equals(t.name) && clientDescription.equals(t.clientDescription)
                && clinicianDescription.equals(t.clinicianDescription) && tags.equals(t.tags)
                && targets.equals(t.targets) && problems.equals(t.problems) && phases.equals(t.phases)
                && stageFit.equals(t.stageFit) && copingFit.equals(t.copingFit)
                && directiveness == t.directiveness && arousal == t.arousal
                && prerequisites.equals(t.prerequisites) && contraindications.equals(t.contraindications)
                && cautions.equals(t.cautions) && evidenceNote.equals(t.evidenceNote)
                && typicalSessions == t.typicalSessions && incompatibleWith.equals(t.incompatibleWith);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, clientDescription, clinicianDescription, tags, targets, problems, phases,
                stageFit, copingFit, directiveness, arousal, prerequisites, contraindications, cautions,
                evidenceNote, typicalSessions, incompatibleWith);
    }

    @Override
    public String toString() {
        return "Technique{" + id + "}";
    }

    /**
     * Builds a {@link Technique}; not thread-safe, use one per technique.
     *
     * @since 1.0
     */
    public static final class Builder {
        private String id;
        private String name;
        private String clientDescription;
        private String clinicianDescription;
        private Collection<String> tags;
        private Collection<BasicIdDomain> targets;
        private Collection<ProblemCode> problems;
        private Collection<Phase> phases;
        private Collection<StageOfChange> stageFit;
        private Collection<CopingStyle> copingFit;
        private Level directiveness;
        private Level arousal;
        private Collection<Prerequisite> prerequisites;
        private Collection<SafetyRule> contraindications;
        private Collection<SafetyRule> cautions;
        private String evidenceNote;
        private int typicalSessions;
        private Collection<String> incompatibleWith;

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

        public Builder clientDescription(String clientDescription) {
            this.clientDescription = clientDescription;
            return this;
        }

        public Builder clinicianDescription(String clinicianDescription) {
            this.clinicianDescription = clinicianDescription;
            return this;
        }

        public Builder tags(Collection<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder targets(Collection<BasicIdDomain> targets) {
            this.targets = targets;
            return this;
        }

        public Builder problems(Collection<ProblemCode> problems) {
            this.problems = problems;
            return this;
        }

        public Builder phases(Collection<Phase> phases) {
            this.phases = phases;
            return this;
        }

        public Builder stageFit(Collection<StageOfChange> stageFit) {
            this.stageFit = stageFit;
            return this;
        }

        public Builder copingFit(Collection<CopingStyle> copingFit) {
            this.copingFit = copingFit;
            return this;
        }

        public Builder directiveness(Level directiveness) {
            this.directiveness = directiveness;
            return this;
        }

        public Builder arousal(Level arousal) {
            this.arousal = arousal;
            return this;
        }

        public Builder prerequisites(Collection<Prerequisite> prerequisites) {
            this.prerequisites = prerequisites;
            return this;
        }

        public Builder contraindications(Collection<SafetyRule> contraindications) {
            this.contraindications = contraindications;
            return this;
        }

        public Builder cautions(Collection<SafetyRule> cautions) {
            this.cautions = cautions;
            return this;
        }

        public Builder evidenceNote(String evidenceNote) {
            this.evidenceNote = evidenceNote;
            return this;
        }

        public Builder typicalSessions(int typicalSessions) {
            this.typicalSessions = typicalSessions;
            return this;
        }

        /** @throws IllegalArgumentException naming the field, when the technique is incomplete or malformed */
        /**
         * Techniques this one must not share a plan with: ids or {@code tag:} references; optional.
         *
         * @since 1.1
         */
        public Builder incompatibleWith(Collection<String> incompatibleWith) {
            this.incompatibleWith = incompatibleWith;
            return this;
        }

        public Technique build() {
            return new Technique(this);
        }
    }
}
