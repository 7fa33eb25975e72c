package org.mosaicintake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.formulation.Preferences;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.Severity;
import org.mosaicintake.formulation.WorkingStyle;
import org.mosaicintake.validation.EnumValue;

/** The JSON formulation of the engine contract, validated field by field before it becomes a {@link Formulation}. */
public class FormulationRequest {

    @Size(max = 64)
    public String clinic;

    @Size(max = 64)
    public String primaryOrientation;

    @NotNull @Size(max = 14)
    public List<@NotNull @Valid ProblemEntry> problems;

    @Valid
    public ScoresEntry scores;

    /** Ids of plugin findings that were positive ({@code act.avoidance}), which a plugin's frame fit can ask for. */
    @Size(max = 50)
    public List<@NotNull @jakarta.validation.constraints.Pattern(regexp = "[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*",
            message = "must be a finding id such as 'act.avoidance'") String> findings;

    @NotNull @EnumValue(RiskLevel.class)
    public String risk;

    @NotNull @EnumValue(StageOfChange.class)
    public String stageOfChange;

    @NotNull @EnumValue(CopingStyle.class)
    public String copingStyle;

    @NotNull @EnumValue(Level.class)
    public String reactance;

    @NotNull @EnumValue(Level.class)
    public String impairment;

    @NotNull @EnumValue(Level.class)
    public String distress;

    public Map<@NotNull @EnumValue(BasicIdDomain.class) String, @NotNull @Min(0) @Max(3) Integer> basicId;

    public List<@NotNull @EnumValue(ClinicalFlag.class) String> flags;

    @Valid
    public PreferencesEntry preferences;

    /** The client's language, {@code en} (default) or {@code es}: the rationale and hope are written in it. */
    @jakarta.validation.constraints.Pattern(regexp = "en|es", message = "must be en or es")
    public String language;

    @AssertTrue(message = "must not name the same problem twice")
    public boolean isProblemsUnique() {
        return problems == null || problems.stream().filter(p -> p != null && p.code != null).map(p -> p.code)
                .collect(Collectors.toSet()).size() == problems.stream().filter(p -> p != null && p.code != null).count();
    }

    public static class ProblemEntry {
        @NotNull @EnumValue(ProblemCode.class)
        public String code;
        @NotNull @EnumValue(Severity.class)
        public String severity;
        /** MEASURED (the default) or POSSIBLE (a screen or the client's words: assess before specific work). */
        @EnumValue(Problem.Status.class)
        public String status;
        public List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String> evidence;
    }

    public static class ScoresEntry {
        @Min(0) @Max(27)
        public Integer phq9;
        @Min(0) @Max(21)
        public Integer gad7;
        @Min(0) @Max(5)
        public Integer pcptsd5;
        @Min(0) @Max(12)
        public Integer auditc;
        @Min(0) @Max(40)
        public Integer wsas;
    }

    public static class PreferencesEntry {
        @EnumValue(WorkingStyle.class)
        public String style;
        @Size(max = 20)
        public List<@NotBlank String> avoidModalities;
    }

    /** The domain value; call only after validation. */
    public Formulation toFormulation() {
        Map<Instrument, Integer> scoreMap = new EnumMap<>(Instrument.class);
        if (scores != null) {
            put(scoreMap, Instrument.PHQ9, scores.phq9);
            put(scoreMap, Instrument.GAD7, scores.gad7);
            put(scoreMap, Instrument.PCPTSD5, scores.pcptsd5);
            put(scoreMap, Instrument.AUDITC, scores.auditc);
            put(scoreMap, Instrument.WSAS, scores.wsas);
        }
        Map<BasicIdDomain, Integer> profile = new EnumMap<>(BasicIdDomain.class);
        if (basicId != null) {
            basicId.forEach((k, v) -> profile.put(BasicIdDomain.valueOf(k), v));
        }
        Set<ClinicalFlag> flagSet = new HashSet<>();
        if (flags != null) {
            flags.forEach(flag -> flagSet.add(ClinicalFlag.valueOf(flag)));
        }
        Preferences prefs = preferences == null ? Preferences.NONE : new Preferences(
                preferences.style == null ? WorkingStyle.NO_PREFERENCE : WorkingStyle.valueOf(preferences.style),
                preferences.avoidModalities == null ? Set.of() : Set.copyOf(preferences.avoidModalities));
        return new Formulation(clinic, primaryOrientation,
                problems.stream().map(p -> new Problem(ProblemCode.valueOf(p.code), Severity.valueOf(p.severity),
                        p.status == null ? Problem.Status.MEASURED : Problem.Status.valueOf(p.status), p.evidence)).toList(),
                scoreMap, RiskLevel.valueOf(risk), StageOfChange.valueOf(stageOfChange), CopingStyle.valueOf(copingStyle),
                Level.valueOf(reactance), Level.valueOf(impairment), Level.valueOf(distress), profile, flagSet, prefs,
                null, null, List.of(), language, findings == null ? Set.of() : Set.copyOf(findings));
    }

    private static void put(Map<Instrument, Integer> map, Instrument instrument, Integer value) {
        if (value != null) {
            map.put(instrument, value);
        }
    }
}
