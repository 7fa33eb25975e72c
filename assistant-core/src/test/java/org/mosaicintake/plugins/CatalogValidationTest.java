package org.mosaicintake.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Technique;
import org.mosaicintake.plugins.catalog.CatalogReader;

/** Every bundled catalog is valid, and each validation rule rejects a bad catalog naming the field. */
class CatalogValidationTest {

    private static final CatalogReader READER = BundledCatalogs.reader();
    private static final List<ModalityCatalog> BUNDLED = BundledCatalogs.load(Path.of("target/bundled-plugins"));

    private static final String VALID = """
            {"modality": {"id": "test", "displayName": "Test", "theorySummary": "A test."},
             "techniques": [
               {"id": "test.base", "name": "Base", "clientDescription": "For you.", "clinicianDescription": "For clinicians.",
                "tags": ["self-regulation"], "targets": ["AFFECT"], "problems": ["PANIC"], "phases": ["STABILIZATION"],
                "stageFit": ["ACTION"], "copingFit": ["MIXED"], "directiveness": "LOW", "arousal": "LOW",
                "contraindications": [{"flag": "PSYCHOSIS", "reason": "not now"}],
                "cautions": [{"riskAtLeast": "MODERATE", "reason": "careful"}],
                "evidenceNote": "test", "typicalSessions": 2},
               {"id": "test.next", "name": "Next", "clientDescription": "For you.", "clinicianDescription": "For clinicians.",
                "phases": ["PROCESSING"], "directiveness": "HIGH", "arousal": "HIGH", "prerequisites": ["test.base", "tag:self-regulation"],
                "evidenceNote": "test", "typicalSessions": 4}],
             "lens": {"genericFraming": "Seen through test.", "framings": [{"tag": "exposure", "text": "Exposure, seen through test."}]},
             "intakeSteps": [
               {"id": "test.0", "kind": "CHOICE", "text": "Q0?", "options": [{"value": "1", "label": "Yes"}, {"value": "0", "label": "No"}]},
               {"id": "test.1", "kind": "CHOICE", "text": "Q1?", "options": [{"value": "1", "label": "Yes"}], "askIf": {"step": "test.0", "values": ["1"]}}]}
            """;

    private static ModalityCatalog read(String json) {
        return READER.read("catalog.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "1.0.0");
    }

    private static List<String> violations(String json) {
        try {
            read(json);
        } catch (CatalogException e) {
            return e.violations();
        }
        throw new AssertionError("the catalog was accepted");
    }

    @Test
    void every_bundled_catalog_loads_with_at_least_fifteen_techniques() {
        assertThat(BUNDLED).extracting(c -> c.modality().id())
                .containsExactly("cbt", "emdr", "humanistic", "mindfulness", "psychodynamic");
        assertThat(BUNDLED).allSatisfy(c -> assertThat(c.techniques()).hasSizeGreaterThanOrEqualTo(15));
    }

    @Test
    void the_valid_example_is_accepted_whole() {
        ModalityCatalog catalog = read(VALID);
        assertThat(catalog.techniques()).extracting(Technique::id).containsExactly("test.base", "test.next");
        assertThat(catalog.modality().version()).isEqualTo("1.0.0");
        assertThat(catalog.intakeSteps().get(1).askIf()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown problem code      | \"problems\": [\"PANIC\"]             | \"problems\": [\"HEARTACHE\"]          | techniques[0].problems[0]: unknown value 'HEARTACHE'",
            "unknown BASIC I.D. domain | \"targets\": [\"AFFECT\"]             | \"targets\": [\"SPIRIT\"]              | techniques[0].targets[0]: unknown value 'SPIRIT'",
            "unknown phase             | \"phases\": [\"STABILIZATION\"]      | \"phases\": [\"WARMUP\"]               | techniques[0].phases[0]: unknown value 'WARMUP'",
            "no phase                  | \"phases\": [\"STABILIZATION\"]      | \"phases\": []                        | techniques[0].phases: must not be empty",
            "unknown stage             | \"stageFit\": [\"ACTION\"]           | \"stageFit\": [\"READY\"]              | techniques[0].stageFit[0]: unknown value 'READY'",
            "unknown coping style      | \"copingFit\": [\"MIXED\"]           | \"copingFit\": [\"AVOIDANT\"]          | techniques[0].copingFit[0]: unknown value 'AVOIDANT'",
            "unknown level             | \"directiveness\": \"LOW\"           | \"directiveness\": \"NONE\"            | techniques[0].directiveness: unknown value 'NONE'",
            "unknown flag              | \"flag\": \"PSYCHOSIS\"              | \"flag\": \"CURSED\"                   | techniques[0].contraindications[0].flag: unknown value 'CURSED'",
            "unknown risk level        | \"riskAtLeast\": \"MODERATE\"        | \"riskAtLeast\": \"SOME\"              | techniques[0].cautions[0].riskAtLeast: unknown value 'SOME'",
            "safety rule without a condition | \"flag\": \"PSYCHOSIS\",        | ``                                    | techniques[0].contraindications[0].oneCondition: exactly one of 'flag' and 'riskAtLeast' must be set",
            "empty client description  | \"clientDescription\": \"For you.\" | \"clientDescription\": \"\"           | techniques[0].clientDescription: must not be blank",
            "empty evidence note       | \"evidenceNote\": \"test\"           | \"evidenceNote\": \" \"                | techniques[0].evidenceNote: must not be blank",
            "sessions out of range     | \"typicalSessions\": 2              | \"typicalSessions\": 0                | techniques[0].typicalSessions: must be greater than or equal to 1",
            "malformed technique id    | \"id\": \"test.base\"                | \"id\": \"Base Technique\"            | techniques[0].id: must be 'modality.slug', e.g. 'cbt.thought-record'",
            "malformed tag             | \"tags\": [\"self-regulation\"]      | \"tags\": [\"Self Regulation\"]       | techniques[0].tags[0]: must be a lower-case word",
            "missing lens framing      | \"genericFraming\": \"Seen through test.\" | \"genericFraming\": \"\"        | lens.genericFraming: must not be blank",
            "unknown step kind         | \"kind\": \"CHOICE\", \"text\": \"Q0?\" | \"kind\": \"SLIDER\", \"text\": \"Q0?\" | intakeSteps[0].kind: unknown value 'SLIDER'",
            "a step taking the suicide screen's id | \"id\": \"test.0\" | \"id\": \"asq.1\" | intakeSteps[0].id: 'asq.1' is one of Mosaic's own question ids",
            "a step taking a PHQ-9 item's id       | \"id\": \"test.0\" | \"id\": \"phq9.9\" | intakeSteps[0].id: 'phq9.9' is one of Mosaic's own question ids",
            "a step taking the story's id          | \"id\": \"test.0\" | \"id\": \"story\" | intakeSteps[0].id: 'story' is one of Mosaic's own question ids",
            "a step id used twice                  | \"id\": \"test.1\" | \"id\": \"test.0\" | intakeSteps[1].id: 'test.0' is used by an earlier step of this catalog",
    })
    void a_field_rule_rejects_the_catalog_naming_the_field(String rule, String valid, String broken, String expected) {
        assertThat(VALID).contains(valid);
        assertThat(violations(VALID.replaceFirst(java.util.regex.Pattern.quote(valid), java.util.regex.Matcher.quoteReplacement(broken))))
                .anySatisfy(v -> assertThat(v).startsWith(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "prerequisite naming no technique | \"test.base\", \"tag:self | \"test.gone\", \"tag:self | 'techniques[1].prerequisites[0]' names no technique of this catalog: 'test.gone'",
            "technique outside the namespace  | \"id\": \"test.next\"       | \"id\": \"other.next\"     | 'techniques[1].id' must start with 'test.' but was 'other.next'",
            "duplicate technique id           | \"id\": \"test.next\"       | \"id\": \"test.base\"      | 'techniques[1].id' repeats 'test.base'",
            "step condition on a later step   | \"step\": \"test.0\"        | \"step\": \"test.9\"       | 'intakeSteps[1].askIf.step' must name an earlier step but was 'test.9'",
            "choice step without options      | \"text\": \"Q1?\", \"options\": [{\"value\": \"1\", \"label\": \"Yes\"}] | \"text\": \"Q1?\", \"options\": [] | 'step[test.1].options' must not be empty for a CHOICE prompt",
    })
    void a_cross_reference_rule_rejects_the_catalog_naming_the_field(String rule, String valid, String broken, String expected) {
        assertThat(VALID).contains(valid);
        assertThat(violations(VALID.replaceFirst(java.util.regex.Pattern.quote(valid), java.util.regex.Matcher.quoteReplacement(broken))))
                .singleElement().asString().startsWith(expected);
    }

    @Test
    void every_problem_is_reported_at_once() {
        String broken = VALID.replace("\"clientDescription\": \"For you.\"", "\"clientDescription\": \"\"")
                .replace("\"problems\": [\"PANIC\"]", "\"problems\": [\"HEARTACHE\"]");
        assertThat(violations(broken)).hasSize(3);
    }

    @Test
    void an_unknown_field_and_malformed_json_are_rejected() {
        assertThat(violations(VALID.replace("\"evidenceNote\": \"test\", \"typicalSessions\": 2",
                "\"evidenceNote\": \"test\", \"typicalSession\": 2, \"typicalSessions\": 2")))
                .containsExactly("techniques[0].typicalSession: Unrecognized field \"typicalSession\" (class org.mosaicintake.plugins.catalog.CatalogDocument$TechniqueEntry), not marked as ignorable");
        assertThat(violations("{\"modality\": ")).singleElement().asString().startsWith("not valid JSON at line 1");
    }

    @Test
    void the_same_borrowed_technique_is_framed_differently_by_every_lens() {
        Technique exposure = technique("cbt", "cbt.interoceptive-exposure");
        Map<String, String> framings = BUNDLED.stream().filter(c -> !c.modality().id().equals("cbt"))
                .collect(Collectors.toMap(c -> c.modality().id(), c -> c.lens().frame(exposure)));
        assertThat(framings).hasSize(4);
        assertThat(framings.values()).doesNotHaveDuplicates();
        assertThat(framings.get("psychodynamic")).contains("feelings you have learned to keep away").contains("secure base");
        assertThat(framings.get("humanistic")).contains("client-chosen experiment").contains("offered not prescribed");
        assertThat(framings.get("mindfulness")).contains("turning towards difficulty with kindly awareness");
        assertThat(framings.get("emdr")).contains("future template");

        Technique chairWork = technique("humanistic", "humanistic.two-chair-work");
        assertThat(lens("cbt").lens().frame(chairWork)).contains("behavioural rehearsal").contains("hot cognitions");
        assertThat(lens("psychodynamic").lens().frame(chairWork)).contains("inner figures");
        assertThat(lens("mindfulness").lens().frame(chairWork)).contains("voices as voices");
    }

    @Test
    void every_lens_frames_a_technique_it_has_no_tag_for_generically() {
        Technique sleep = technique("cbt", "cbt.stimulus-control");
        for (ModalityCatalog c : BUNDLED) {
            if (!c.modality().id().equals("cbt")) {
                assertThat(c.lens().frame(sleep)).as(c.modality().id()).isNotBlank();
            }
        }
    }

    @Test
    void the_safety_rules_of_the_reference_are_encoded() {
        Technique reprocessing = technique("emdr", "emdr.standard-protocol");
        assertThat(reprocessing.prerequisites()).extracting(Object::toString)
                .containsExactly("emdr.preparation", "emdr.safe-place", "emdr.resource-development");
        assertThat(reprocessing.contraindications()).extracting(r -> r.flag().map(Enum::name).orElseGet(() -> "risk>=" + r.riskAtLeast().get()))
                .containsExactlyInAnyOrder("risk>=MODERATE", "DISSOCIATION", "SUBSTANCE_DEPENDENCE", "PSYCHOSIS", "UNSAFE_ENVIRONMENT", "SEIZURE_DISORDER", "SELF_HARM");
        assertThat(reprocessing.cautions()).extracting(r -> r.flag().get().name()).containsExactly("PREGNANCY");
        assertThat(technique("cbt", "cbt.interoceptive-exposure").cautions()).extracting(r -> r.flag().get().name())
                .containsExactly("CARDIAC_CONDITION", "PREGNANCY");
        // every exposure needs a self-regulation skill first; every arousal-raising technique waits at moderate risk
        for (ModalityCatalog c : BUNDLED) {
            for (Technique t : c.techniques()) {
                if (t.tags().contains("exposure")) {
                    assertThat(t.prerequisites()).as(t.id()).anySatisfy(p -> assertThat(p.toString()).isIn("tag:self-regulation", "emdr.safe-place"));
                }
                // violence at home and self-harm: no trauma reprocessing, exposure or chair work (section 9)
                if (t.tags().stream().anyMatch(tag -> java.util.Set.of("exposure", "reprocessing", "trauma-processing", "chair-work").contains(tag))) {
                    assertThat(t.contraindications()).as(t.id()).extracting(r -> r.flag().map(Enum::name).orElse(""))
                            .contains("UNSAFE_ENVIRONMENT", "SELF_HARM");
                }
                if (t.arousal() == org.mosaicintake.api.Level.HIGH) {
                    assertThat(t.contraindications()).as(t.id()).anySatisfy(r -> assertThat(r.riskAtLeast()).hasValue(org.mosaicintake.api.RiskLevel.MODERATE));
                }
            }
        }
    }

    private static ModalityCatalog lens(String modality) {
        return BUNDLED.stream().filter(c -> c.modality().id().equals(modality)).findFirst().orElseThrow();
    }

    private static Technique technique(String modality, String id) {
        return lens(modality).techniques().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
