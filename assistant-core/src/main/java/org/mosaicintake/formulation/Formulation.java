package org.mosaicintake.formulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.instruments.Instrument;

/**
 * What the intake found, in the shape the integration engine reads: problems, instrument totals,
 * risk, stage of change, coping style, reactance, impairment, distress, the BASIC I.D. profile,
 * flags and preferences. Immutable; validated when constructed.
 *
 * @param clinic             the clinic, if known (its default orientation applies)
 * @param primaryOrientation a modality id requested as the primary lens, if any
 * @param stageOfChange      null when never asked (an intake escalated before the question), and so
 *                           for {@code copingStyle}, {@code reactance}, {@code impairment} (WSAS) and
 *                           {@code distress} (PHQ-9, GAD-7): unknown, never a guessed default
 * @param basicId            salience 0 (none) to 3 (central) per domain; absent domains are 0
 * @param readiness          the readiness ruler, 0-10, or null when not asked
 * @param goals              what the client would like to be different, in their words, or null
 * @param notes              for clinicians: where the client's words and a screen disagree, and what the
 *                           client corrected at the end
 * @param language           the client's language ({@code en}, {@code es}): what the client reads of the plan is in it
 * @param findings           the ids of the plugins' findings that were positive ({@code act.avoidance}): what a plugin's
 *                           frame fit can ask for; empty when none
 */
public record Formulation(String clinic, String primaryOrientation, List<Problem> problems, Map<Instrument, Integer> scores,
                          RiskLevel risk, StageOfChange stageOfChange, CopingStyle copingStyle, Level reactance,
                          Level impairment, Level distress, Map<BasicIdDomain, Integer> basicId, Set<ClinicalFlag> flags,
                          Preferences preferences, Integer readiness, String goals, List<String> notes, String language,
                          Set<String> findings) {

    /** Without plugin findings. */
    public Formulation(String clinic, String primaryOrientation, List<Problem> problems, Map<Instrument, Integer> scores,
                       RiskLevel risk, StageOfChange stageOfChange, CopingStyle copingStyle, Level reactance,
                       Level impairment, Level distress, Map<BasicIdDomain, Integer> basicId, Set<ClinicalFlag> flags,
                       Preferences preferences, Integer readiness, String goals, List<String> notes, String language) {
        this(clinic, primaryOrientation, problems, scores, risk, stageOfChange, copingStyle, reactance, impairment, distress, basicId,
                flags, preferences, readiness, goals, notes, language, Set.of());
    }

    /** A formulation in English. */
    public Formulation(String clinic, String primaryOrientation, List<Problem> problems, Map<Instrument, Integer> scores,
                       RiskLevel risk, StageOfChange stageOfChange, CopingStyle copingStyle, Level reactance,
                       Level impairment, Level distress, Map<BasicIdDomain, Integer> basicId, Set<ClinicalFlag> flags,
                       Preferences preferences, Integer readiness, String goals, List<String> notes) {
        this(clinic, primaryOrientation, problems, scores, risk, stageOfChange, copingStyle, reactance, impairment, distress, basicId,
                flags, preferences, readiness, goals, notes, "en");
    }

    /** A formulation without readiness, goals or notes (the plans API, tests). */
    public Formulation(String clinic, String primaryOrientation, List<Problem> problems, Map<Instrument, Integer> scores,
                       RiskLevel risk, StageOfChange stageOfChange, CopingStyle copingStyle, Level reactance,
                       Level impairment, Level distress, Map<BasicIdDomain, Integer> basicId, Set<ClinicalFlag> flags,
                       Preferences preferences) {
        this(clinic, primaryOrientation, problems, scores, risk, stageOfChange, copingStyle, reactance, impairment, distress, basicId,
                flags, preferences, null, null, List.of());
    }

    /** The same formulation with another requested primary orientation (a clinician's re-plan). */
    public Formulation withPrimaryOrientation(String orientation) {
        return new Formulation(clinic, orientation, problems, scores, risk, stageOfChange, copingStyle, reactance, impairment, distress,
                basicId, flags, preferences, readiness, goals, notes, language, findings);
    }


    /** The same formulation at the risk level a clinician found when reviewing it (re-planning after a crisis plan). */
    public Formulation withRisk(RiskLevel reviewed) {
        return new Formulation(clinic, primaryOrientation, problems, scores, reviewed, stageOfChange, copingStyle, reactance, impairment,
                distress, basicId, flags, preferences, readiness, goals, notes, language, findings);
    }

    /** Salience from which a domain belongs to the multimodal profile. */
    public static final int SALIENT = 2;

    public Formulation {
        problems = List.copyOf(Objects.requireNonNull(problems, "'problems' must not be null"));
        scores = Collections.unmodifiableMap(scores == null || scores.isEmpty() ? new EnumMap<>(Instrument.class) : new EnumMap<>(scores));
        scores.forEach((instrument, value) -> {
            if (value == null || value < 0 || value > instrument.maxScore()) {
                throw new IllegalArgumentException("'scores." + instrument.id() + "' must be between 0 and " + instrument.maxScore());
            }
        });
        Objects.requireNonNull(risk, "'risk' must not be null");
        if (readiness != null && (readiness < 0 || readiness > 10)) {
            throw new IllegalArgumentException("'readiness' must be between 0 and 10");
        }
        goals = goals == null || goals.isBlank() ? null : goals.strip();
        notes = notes == null ? List.of() : List.copyOf(notes);
        language = language == null || !org.mosaicintake.messages.Messages.LOCALES.contains(language) ? "en" : language;
        EnumMap<BasicIdDomain, Integer> profile = new EnumMap<>(BasicIdDomain.class);
        for (BasicIdDomain domain : BasicIdDomain.values()) {
            Integer value = basicId == null ? null : basicId.get(domain);
            int salience = value == null ? 0 : value;
            if (salience < 0 || salience > 3) {
                throw new IllegalArgumentException("'basicId." + domain + "' must be between 0 and 3");
            }
            profile.put(domain, salience);
        }
        basicId = Collections.unmodifiableMap(profile);
        flags = Collections.unmodifiableSet(flags == null || flags.isEmpty() ? EnumSet.noneOf(ClinicalFlag.class) : EnumSet.copyOf(flags));
        preferences = preferences == null ? Preferences.NONE : preferences;
        findings = findings == null ? Set.of() : Set.copyOf(new java.util.TreeSet<>(findings));
    }

    public Optional<String> clinicId() {
        return Optional.ofNullable(clinic);
    }

    public Optional<String> requestedOrientation() {
        return Optional.ofNullable(primaryOrientation);
    }

    /** Severity of {@code code}, if the client has that problem. */
    public Optional<Severity> severityOf(ProblemCode code) {
        return problems.stream().filter(p -> p.code() == code).map(Problem::severity).findFirst();
    }

    public int salience(BasicIdDomain domain) {
        return basicId.get(domain);
    }

    /** The multimodal profile: domains with salience of at least {@value #SALIENT}, in BASIC I.D. order. */
    public List<BasicIdDomain> salientDomains() {
        return basicId.entrySet().stream().filter(e -> e.getValue() >= SALIENT).map(Map.Entry::getKey).toList();
    }

    public boolean has(ClinicalFlag flag) {
        return flags.contains(flag);
    }

    /**
     * Whether the client is not yet ready for action-oriented work: an early stage of change, or a
     * readiness ruler of 3 or less whatever stage was chosen.
     */
    public boolean notYetReady() {
        return stageOfChange == StageOfChange.PRECONTEMPLATION || stageOfChange == StageOfChange.CONTEMPLATION
                || (readiness != null && readiness <= 3);
    }
}
