package org.mosaicintake.plugins.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Framing;
import org.mosaicintake.api.IntakeOption;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.Lens;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.Modality;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Prerequisite;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.PromptKind;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.api.Technique;
import org.mosaicintake.validation.FieldPaths;

/**
 * Reads a catalog JSON document into the api's {@link ModalityCatalog}: strict JSON (unknown
 * fields are errors), every field checked with Hibernate Validator, then the cross-references
 * checked by the api's own constructors. Every failure becomes a {@link CatalogException} whose
 * violations name the field path.
 *
 * <p>Thread-safe: holds only thread-safe collaborators.
 */
@ApplicationScoped
public class CatalogReader {

    private final ObjectReader reader;
    private final Validator validator;

    public CatalogReader(ObjectMapper mapper, Validator validator) {
        this.reader = mapper.readerFor(CatalogDocument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.validator = validator;
    }

    /**
     * @param resource       name used in messages
     * @param json           the document; closed by the caller
     * @param defaultVersion the modality version when the document gives none
     * @throws CatalogException with every violation found
     */
    public ModalityCatalog read(String resource, InputStream json, String defaultVersion) {
        CatalogDocument document;
        try {
            document = reader.readValue(json);
        } catch (JsonMappingException e) {
            throw new CatalogException(resource, List.of(path(e) + ": " + e.getOriginalMessage().split("\n")[0]));
        } catch (JsonProcessingException e) {
            throw new CatalogException(resource, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CatalogException(resource, List.of("cannot be read: " + e.getMessage()));
        }
        if (document == null) {
            throw new CatalogException(resource, List.of("is empty"));
        }
        List<String> violations = new java.util.ArrayList<>(validator.validate(document).stream()
                .map(v -> FieldPaths.describe(v, "catalog"))
                .sorted(Comparator.naturalOrder())
                .toList());
        violations.addAll(stepIdViolations(document));
        if (!violations.isEmpty()) {
            throw new CatalogException(resource, violations);
        }
        try {
            return toCatalog(document, defaultVersion);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(resource, List.of(e.getMessage()));
        }
    }

    /** Intake step ids that are Mosaic's own (or repeated within the catalog): refused, naming the field. */
    private static List<String> stepIdViolations(CatalogDocument d) {
        List<String> violations = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; d.intakeSteps != null && i < d.intakeSteps.size(); i++) {
            CatalogDocument.StepEntry step = d.intakeSteps.get(i);
            if (step == null || step.id == null) {
                continue;
            }
            String field = "intakeSteps[" + i + "].id";
            org.mosaicintake.dialogue.IntakeScript.reservedStepId(step.id).ifPresent(why -> violations.add(field + ": " + why));
            if (!seen.add(step.id)) {
                violations.add(field + ": '" + step.id + "' is used by an earlier step of this catalog");
            }
        }
        return violations;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "catalog" : path.toString();
    }

    private static ModalityCatalog toCatalog(CatalogDocument d, String defaultVersion) {
        Modality modality = new Modality(d.modality.id, d.modality.displayName, d.modality.theorySummary,
                d.modality.version == null ? defaultVersion : d.modality.version);
        return ModalityCatalog.builder()
                .modality(modality)
                .techniques(d.techniques.stream().map(CatalogReader::toTechnique).toList())
                .lens(new Lens(d.lens.genericFraming, d.lens.framings.stream().map(f -> new Framing(f.tag, f.text, f.techniques == null ? java.util.Set.of() : java.util.Set.copyOf(f.techniques), f.mechanism)).toList(),
                        d.lens.caseFormulation))
                .intakeSteps(d.intakeSteps.stream().map(CatalogReader::toStep).toList())
                .findings(map(d.findings, CatalogReader::toFinding))
                .frameFit(d.frameFit == null ? null : toFrameFit(d.frameFit))
                .build();
    }

    private static Technique toTechnique(CatalogDocument.TechniqueEntry t) {
        return Technique.builder()
                .id(t.id).name(t.name)
                .clientDescription(t.clientDescription).clinicianDescription(t.clinicianDescription)
                .tags(t.tags)
                .targets(map(t.targets, BasicIdDomain::valueOf))
                .problems(map(t.problems, ProblemCode::valueOf))
                .phases(map(t.phases, Phase::valueOf))
                .stageFit(map(t.stageFit, StageOfChange::valueOf))
                .copingFit(map(t.copingFit, CopingStyle::valueOf))
                .directiveness(Level.valueOf(t.directiveness))
                .arousal(Level.valueOf(t.arousal))
                .prerequisites(map(t.prerequisites, Prerequisite::parse))
                .contraindications(map(t.contraindications, CatalogReader::toRule))
                .cautions(map(t.cautions, CatalogReader::toRule))
                .evidenceNote(t.evidenceNote)
                .typicalSessions(t.typicalSessions)
                .incompatibleWith(t.incompatibleWith)
                .build();
    }

    private static SafetyRule toRule(CatalogDocument.SafetyEntry s) {
        return s.flag != null
                ? SafetyRule.whenFlag(ClinicalFlag.valueOf(s.flag), s.reason)
                : SafetyRule.whenRiskAtLeast(RiskLevel.valueOf(s.riskAtLeast), s.reason);
    }

    private static IntakeStep toStep(CatalogDocument.StepEntry s) {
        return IntakeStep.builder()
                .id(s.id).kind(PromptKind.valueOf(s.kind)).text(s.text)
                .options(map(s.options, o -> new IntakeOption(o.value, o.label)))
                .range(s.min, s.max)
                .askIf(s.askIf == null ? null : new IntakeStep.Condition(s.askIf.step, s.askIf.values))
                .build();
    }

    private static org.mosaicintake.api.FrameFit toFrameFit(CatalogDocument.FrameFitEntry f) {
        return new org.mosaicintake.api.FrameFit(java.util.Set.copyOf(map(f.problems, ProblemCode::valueOf)),
                java.util.Set.copyOf(map(f.findings, id -> id)), java.util.Set.copyOf(map(f.copingStyles, CopingStyle::valueOf)),
                java.util.Set.copyOf(map(f.reactance, Level::valueOf)), f.rationale);
    }

    private static org.mosaicintake.api.Finding toFinding(CatalogDocument.FindingEntry f) {
        return org.mosaicintake.api.Finding.builder()
                .id(f.id).name(f.name).steps(f.steps)
                .rule(org.mosaicintake.api.Finding.Rule.valueOf(f.rule)).value(f.value).atLeast(f.atLeast)
                .negativeIf(f.negativeIf == null ? null : new IntakeStep.Condition(f.negativeIf.step, f.negativeIf.values))
                .problem(f.problem == null ? null : ProblemCode.valueOf(f.problem))
                .severity(f.severity == null ? null : Level.valueOf(f.severity))
                .severeFrom(f.severeFrom)
                .status(f.status == null ? null : org.mosaicintake.api.Finding.Status.valueOf(f.status))
                .flag(f.flag == null ? null : ClinicalFlag.valueOf(f.flag))
                .bands(map(f.bands, b -> new org.mosaicintake.api.Finding.Band(b.atLeast, b.label)))
                .score(f.score)
                .build();
    }

    private static <S, T> List<T> map(List<S> values, Function<S, T> f) {
        return values == null ? List.of() : values.stream().map(f).toList();
    }
}
