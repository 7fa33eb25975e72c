package org.mosaicintake.plugins.catalog;

import jakarta.validation.Valid;
import org.mosaicintake.validation.EnumValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.PromptKind;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.StageOfChange;

/**
 * The JSON form of a plugin catalog, as written by plugin authors (see docs/plugin-guide.md).
 * Validated field by field with Hibernate Validator so that an author sees every problem at once;
 * then turned into the api's value types, whose constructors check the cross-references.
 */
public class CatalogDocument {

    @NotNull @Valid
    public ModalityEntry modality;

    @NotEmpty
    public List<@NotNull @Valid TechniqueEntry> techniques;

    @NotNull @Valid
    public LensEntry lens;

    public List<@NotNull @Valid StepEntry> intakeSteps = List.of();

    /** Since api 1.1: rules over the intake steps' answers (a problem, a flag, an instrument total). */
    public List<@NotNull @Valid FindingEntry> findings = List.of();

    /** Since api 1.1: what the modality suits as the primary lens. */
    @Valid
    public FrameFitEntry frameFit;

    public static class FrameFitEntry {
        public List<@NotNull @EnumValue(ProblemCode.class) String> problems = List.of();
        public List<@NotBlank String> findings = List.of();
        public List<@NotNull @EnumValue(CopingStyle.class) String> copingStyles = List.of();
        public List<@NotNull @EnumValue(Level.class) String> reactance = List.of();
        @NotBlank
        public String rationale;
    }

    public static class ModalityEntry {
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a lower-case slug such as 'cbt'")
        public String id;
        @NotBlank
        public String displayName;
        @NotBlank
        public String theorySummary;
        /** Optional; the plugin version when absent. */
        public String version;
    }

    public static class TechniqueEntry {
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*", message = "must be 'modality.slug', e.g. 'cbt.thought-record'")
        public String id;
        @NotBlank
        public String name;
        @NotBlank
        public String clientDescription;
        @NotBlank
        public String clinicianDescription;
        public List<@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a lower-case word") String> tags = List.of();
        public List<@NotNull @EnumValue(BasicIdDomain.class) String> targets = List.of();
        public List<@NotNull @EnumValue(ProblemCode.class) String> problems = List.of();
        @NotEmpty
        public List<@NotNull @EnumValue(Phase.class) String> phases;
        public List<@NotNull @EnumValue(StageOfChange.class) String> stageFit = List.of();
        public List<@NotNull @EnumValue(CopingStyle.class) String> copingFit = List.of();
        @NotNull @EnumValue(Level.class)
        public String directiveness;
        @NotNull @EnumValue(Level.class)
        public String arousal;
        public List<@NotBlank String> prerequisites = List.of();
        public List<@NotNull @Valid SafetyEntry> contraindications = List.of();
        public List<@NotNull @Valid SafetyEntry> cautions = List.of();
        @NotBlank
        public String evidenceNote;
        @NotNull @Min(1) @Max(52)
        public Integer typicalSessions;
        /** Since contract 1.1: technique ids or {@code tag:} references this technique must not share a plan with. */
        public List<@NotBlank @Pattern(regexp = "(tag:[a-z][a-z0-9-]*|[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*)",
                message = "must be a technique id or 'tag:' and a tag") String> incompatibleWith = List.of();
    }

    public static class SafetyEntry {
        @EnumValue(ClinicalFlag.class)
        public String flag;
        @EnumValue(RiskLevel.class)
        public String riskAtLeast;
        @NotBlank
        public String reason;

        @jakarta.validation.constraints.AssertTrue(message = "exactly one of 'flag' and 'riskAtLeast' must be set")
        public boolean isOneCondition() {
            return (flag == null) != (riskAtLeast == null);
        }
    }

    public static class LensEntry {
        @NotBlank
        public String genericFraming;
        public List<@NotNull @Valid FramingEntry> framings = List.of();
        /** Since contract 1.1: by language, how this lens understands a client's difficulties ({difficulties}, {goals}). */
        public java.util.Map<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String,
                @NotBlank @jakarta.validation.constraints.Size(max = 2000) String> caseFormulation = java.util.Map.of();
    }

    public static class FramingEntry {
        /** A technique tag; or, since api 1.1, leave it out and name {@link #techniques}. */
        public String tag;
        @NotBlank
        public String text;
        /** Since api 1.1: technique ids or families ({@code emdr.*}) this framing names, most specific first. */
        public List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]*\\.([a-z0-9][a-z0-9-]*\\*?|\\*)",
                message = "must be a technique id such as 'cbt.sleep-restriction' or a family such as 'emdr.*'") String> techniques = List.of();
        /** Since api 1.1: how this lens understands the technique to work. */
        public String mechanism;

        @jakarta.validation.constraints.AssertTrue(message = "must give a tag or name techniques")
        public boolean isTagOrTechniques() {
            return (tag != null && !tag.isBlank()) || (techniques != null && !techniques.isEmpty());
        }
    }

    public static class StepEntry {
        @NotBlank
        public String id;
        @NotNull @EnumValue(PromptKind.class)
        public String kind;
        @NotBlank
        public String text;
        public List<@NotNull @Valid OptionEntry> options = List.of();
        public Integer min;
        public Integer max;
        @Valid
        public ConditionEntry askIf;
    }

    public static class OptionEntry {
        @NotBlank
        public String value;
        @NotBlank
        public String label;
    }

    public static class FindingEntry {
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*", message = "must be 'modality.slug', e.g. 'cbt.panic'")
        public String id;
        @NotBlank
        public String name;
        @NotEmpty
        public List<@NotBlank String> steps;
        @NotNull @EnumValue(org.mosaicintake.api.Finding.Rule.class)
        public String rule;
        public String value;
        public Integer atLeast;
        @Valid
        public ConditionEntry negativeIf;
        @EnumValue(ProblemCode.class)
        public String problem;
        @EnumValue(Level.class)
        public String severity;
        public Integer severeFrom;
        @EnumValue(org.mosaicintake.api.Finding.Status.class)
        public String status;
        @EnumValue(ClinicalFlag.class)
        public String flag;
        public List<@NotNull @Valid BandEntry> bands = List.of();
        @Pattern(regexp = "[a-z][a-z0-9]*", message = "must be the code of an instrument Mosaic knows, such as 'pcptsd5'")
        public String score;
    }

    public static class BandEntry {
        @NotNull
        public Integer atLeast;
        @NotBlank
        public String label;
    }

    public static class ConditionEntry {
        @NotBlank
        public String step;
        @NotEmpty
        public List<@NotBlank String> values;
    }
}
