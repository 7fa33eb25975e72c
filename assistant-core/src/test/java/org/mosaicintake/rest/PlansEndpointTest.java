package org.mosaicintake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine through its endpoint, with the five real plugins, for clinically distinct clients. */
@QuarkusTest
class PlansEndpointTest {

    private static String formulation(String overrides) {
        return """
                {"problems": [], "risk": "NONE", "stageOfChange": "ACTION", "copingStyle": "MIXED",
                 "reactance": "MODERATE", "impairment": "MODERATE", "distress": "MODERATE" %s}
                """.formatted(overrides.isBlank() ? "" : ", " + overrides);
    }

    private static JsonPath plan(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/plans")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath plan) {
        return plan.getList("phases.items.flatten().techniqueId");
    }

    private static Map<String, Object> item(JsonPath plan, String id) {
        return plan.getMap("phases.items.flatten().find { it.techniqueId == '" + id + "' }");
    }

    private static String phaseOf(JsonPath plan, String id) {
        return plan.getString("phases.find { p -> p.items.any { it.techniqueId == '" + id + "' } }.phase");
    }

    @Test
    void panic_in_the_action_stage_gets_the_cbt_protocol_after_a_calming_skill() {
        JsonPath plan = plan(formulation("""
                "clinic": "demo", "problems": [{"code": "PANIC", "severity": "MODERATE"}], "scores": {"gad7": 14},
                "copingStyle": "EXTERNALIZING", "basicId": {"SENSATION": 3, "AFFECT": 2}, "preferences": {"style": "SKILLS"}"""));
        assertThat(plan.getString("primaryOrientation")).isEqualTo("cbt");
        assertThat(plan.getString("primaryOrientationReason")).isEqualTo("clinic default");
        List<String> ids = ids(plan);
        assertThat(ids).contains("cbt.panic-cycle-psychoeducation", "cbt.interoceptive-exposure");
        int exposure = ids.indexOf("cbt.interoceptive-exposure");
        assertThat(ids.subList(0, exposure)).anySatisfy(id -> assertThat(id).isIn("cbt.calm-breathing", "cbt.applied-relaxation",
                "mindfulness.breathing-space", "mindfulness.grounding", "emdr.safe-place", "emdr.butterfly-hug"));
        assertThat(ids.indexOf("cbt.panic-cycle-psychoeducation")).isLessThan(exposure);
        assertThat((List<String>) item(plan, "cbt.interoceptive-exposure").get("reasons"))
                .contains("protocol for PANIC (NICE CG113): interoceptive exposure");
        assertThat(plan.getList("coverage.SENSATION", String.class)).contains("cbt.interoceptive-exposure");
        assertThat(plan.getList("monitoring", String.class)).contains("GAD-7 at every session (baseline 14, moderate).");
    }

    @Test
    void ptsd_with_dissociation_defers_reprocessing_and_stabilises_first() {
        JsonPath plan = plan(formulation("""
                "primaryOrientation": "emdr", "problems": [{"code": "PTSD", "severity": "SEVERE"}], "flags": ["DISSOCIATION"],
                "distress": "HIGH", "basicId": {"IMAGERY": 3, "AFFECT": 3}"""));
        assertThat(ids(plan)).doesNotContain("emdr.standard-protocol", "cbt.trauma-focused-cbt");
        assertThat(plan.getString("excluded.find { it.techniqueId == 'emdr.standard-protocol' }.reason"))
                .isEqualTo("deferred: marked dissociation: deferred until stabilisation and a clinician's dissociation assessment");
        assertThat(plan.getString("excluded.find { it.techniqueId == 'cbt.trauma-focused-cbt' }.reason"))
                .startsWith("deferred: marked dissociation");
        assertThat(plan.getList("phases[0].items.techniqueId", String.class)).contains("mindfulness.grounding", "emdr.preparation");
        assertThat((List<String>) item(plan, "mindfulness.grounding").get("reasons"))
                .anySatisfy(r -> assertThat(r).startsWith("marked dissociation: a grounding skill comes first; borrowed from Mindfulness"));
        assertThat(plan.getList("phases[1].items")).isEmpty();
        assertThat(plan.getList("phases[2].items")).isNotEmpty();
    }

    @Test
    void high_risk_depression_gets_a_crisis_plan_only_until_a_clinician_has_reviewed_risk() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "DEPRESSION", "severity": "SEVERE"}], "scores": {"phq9": 22}, "risk": "HIGH",
                "copingStyle": "INTERNALIZING", "distress": "HIGH", "impairment": "HIGH", "basicId": {"AFFECT": 3}"""));
        assertThat(ids(plan)).containsExactly("cbt.safety-planning", "cbt.distress-tolerance");
        assertThat(plan.getList("phases[1].items")).isEmpty();
        assertThat(plan.getList("phases[2].items")).isEmpty();
        assertThat(plan.getInt("estimatedSessions")).isEqualTo(4); // high impairment lengthens the crisis skills
        assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).contains("escalated"))
                .anySatisfy(w -> assertThat(w).startsWith("Crisis plan: only the crisis and safety steps"));
        assertThat(plan.getString("excluded.find { it.techniqueId == 'cbt.behavioural-activation' }.reason"))
                .isEqualTo("waits: risk is high, so the course is planned after a clinician has reviewed risk");
        assertThat(plan.getString("rationale")).startsWith("Right now the most important thing is that you are safe.");
        assertThat(plan.getList("monitoring", String.class).get(0)).startsWith("Review risk at every session");
    }

    @Test
    void moderate_risk_depression_opens_with_safety_planning_and_suicide_specific_work_within_the_budget() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "DEPRESSION", "severity": "SEVERE"}], "scores": {"phq9": 22}, "risk": "MODERATE",
                "distress": "HIGH", "basicId": {"AFFECT": 3}"""));
        assertThat(ids(plan).get(0)).isEqualTo("cbt.safety-planning");
        assertThat(ids(plan)).contains("cbt.suicide-focused-work", "cbt.distress-tolerance");
        assertThat(plan.getString("excluded.find { it.techniqueId == 'psychodynamic.affect-focused-exploration' }.reason"))
                .contains("risk");
        assertThat(plan.getInt("sessionBudget")).isEqualTo(20);
        assertThat(plan.getInt("estimatedSessions")).isLessThanOrEqualTo(20);
    }

    @Test
    void precontemplative_reactant_drinker_gets_engaging_non_directive_work_and_a_referral_note() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "SUBSTANCE_USE", "severity": "MODERATE"}], "scores": {"auditc": 9},
                "stageOfChange": "PRECONTEMPLATION", "copingStyle": "EXTERNALIZING", "reactance": "HIGH",
                "flags": ["SUBSTANCE_DEPENDENCE"], "basicId": {"DRUGS_BIOLOGY": 3}"""));
        assertThat(plan.getString("primaryOrientation")).isEqualTo("humanistic");
        assertThat(plan.getList("phases.items.flatten().techniqueId", String.class))
                .anySatisfy(id -> assertThat(id).isIn("humanistic.motivational-interviewing", "humanistic.decisional-balance"));
        List<String> directive = ids(plan).stream().filter(id -> List.of("cbt.exposure-response-prevention",
                "cbt.graded-exposure", "cbt.interoceptive-exposure", "cbt.sleep-restriction").contains(id)).toList();
        assertThat(directive).isEmpty();
        assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).startsWith("Referral note: signs of substance dependence"));
        assertThat(plan.getList("commonFactors.alliance", String.class)).anySatisfy(a -> assertThat(a).contains("Offer choices"));
    }

    @Test
    void ocd_under_a_psychodynamic_primary_gets_erp_framed_psychodynamically() {
        JsonPath plan = plan(formulation("""
                "primaryOrientation": "psychodynamic", "problems": [{"code": "OCD", "severity": "MODERATE"}]"""));
        Map<String, Object> erp = item(plan, "cbt.exposure-response-prevention");
        assertThat((List<String>) erp.get("reasons")).anySatisfy(r -> assertThat(r).isEqualTo("protocol for OCD (NICE CG31): exposure and "
                + "response prevention; borrowed from Cognitive behavioural therapy to fill a gap: the Psychodynamic therapy lens has no "
                + "usable technique for exposure and response prevention"));
        assertThat((String) erp.get("framing")).startsWith("From a psychodynamic point of view, approaching what you fear");
        assertThat(phaseOf(plan, "cbt.exposure-response-prevention")).isEqualTo("PROCESSING");
    }

    @Test
    void chronic_relational_depression_gets_relational_work() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "DEPRESSION", "severity": "MODERATE"}, {"code": "RELATIONSHIP", "severity": "MODERATE"}],
                "copingStyle": "INTERNALIZING", "flags": ["CHRONIC_RELATIONAL_PATTERNS"], "basicId": {"INTERPERSONAL": 3}"""));
        assertThat(plan.getString("primaryOrientation")).isEqualTo("psychodynamic");
        assertThat(plan.getList("phases.items.flatten()", Map.class)).anySatisfy(i -> assertThat((List<String>) i.get("reasons"))
                .contains("protocol for DEPRESSION (NICE NG222): short-term psychodynamic or interpersonal work for chronic, relational depression"));
        assertThat(plan.getList("coverage.INTERPERSONAL", String.class)).isNotEmpty();
    }

    @Test
    void a_client_who_avoids_cbt_gets_no_cbt_and_is_told_what_that_leaves_out() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "PANIC", "severity": "MODERATE"}], "preferences": {"avoidModalities": ["cbt"]}"""));
        assertThat(ids(plan)).noneMatch(id -> id.startsWith("cbt."));
        assertThat(plan.getString("excluded.find { it.techniqueId == 'cbt.interoceptive-exposure' }.reason"))
                .isEqualTo("the client asked not to work with Cognitive behavioural therapy");
        assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).contains("interoceptive exposure, which only a modality the client asked to avoid offers"));
    }

    @Test
    void pregnancy_with_panic_keeps_interoceptive_exposure_with_a_medical_caution() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "PANIC", "severity": "SEVERE"}], "flags": ["PREGNANCY"]"""));
        assertThat((List<String>) item(plan, "cbt.interoceptive-exposure").get("cautions"))
                .containsExactly("medical caution: choose gentle exercises and agree them with the client's midwife or physician");
    }

    @Test
    void insomnia_gets_stimulus_control_before_sleep_restriction() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "INSOMNIA", "severity": "MODERATE"}], "basicId": {"DRUGS_BIOLOGY": 3}"""));
        List<String> ids = ids(plan);
        assertThat(ids).contains("cbt.stimulus-control", "cbt.sleep-restriction");
        assertThat(ids.indexOf("cbt.stimulus-control")).isLessThan(ids.indexOf("cbt.sleep-restriction"));
    }

    @Test
    void the_same_formulation_gives_the_same_plan_byte_for_byte() {
        String body = formulation("""
                "problems": [{"code": "PTSD", "severity": "MODERATE"}, {"code": "PANIC", "severity": "MILD"}],
                "basicId": {"IMAGERY": 2, "SENSATION": 3}, "flags": ["PREGNANCY"]""");
        String first = given().contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(200).extract().asString();
        String second = given().contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
    }

    // ---- bad formulations: 400 with every violation and its field path ----------------------------

    private static io.restassured.response.ValidatableResponse bad(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(400);
    }

    @Test
    void unknown_codes_and_out_of_range_values_are_each_named() {
        bad(formulation("""
                "problems": [{"code": "HEARTACHE", "severity": "MILD"}], "basicId": {"AFFECT": 4, "SPIRIT": 1},
                "flags": ["CURSED"], "scores": {"phq9": 30}"""))
                .body("violations.field", hasItem("problems[0].code"))
                .body("violations.find { it.field == 'problems[0].code' }.message", containsString("unknown value 'HEARTACHE'"))
                .body("violations.field", hasItem("basicId[AFFECT]"))
                .body("violations.find { it.field == 'basicId[AFFECT]' }.message", is("must be less than or equal to 3"))
                .body("violations.field", hasItem("basicId[SPIRIT]"))
                .body("violations.field", hasItem("flags[0]"))
                .body("violations.find { it.field == 'scores.phq9' }.message", is("must be less than or equal to 27"));
    }

    @Test
    void missing_required_fields_are_each_named() {
        bad("{\"problems\": []}")
                .body("violations.field", hasItem("risk"))
                .body("violations.field", hasItem("stageOfChange"))
                .body("violations.field", hasItem("copingStyle"))
                .body("violations.field", hasItem("distress"))
                .body("violations.find { it.field == 'risk' }.message", is("must not be null"));
    }

    @Test
    void an_orientation_no_plugin_provides_is_refused() {
        bad(formulation("\"primaryOrientation\": \"hypnosis\""))
                .body("violations[0].field", is("primaryOrientation"))
                .body("violations[0].message", containsString("no enabled modality 'hypnosis'"));
    }

    @Test
    void an_unknown_clinic_is_refused() {
        bad(formulation("\"clinic\": \"nowhere\"")).body("violations[0].field", is("clinic"));
    }

    @Test
    void an_unknown_field_is_refused_not_ignored() {
        bad(formulation("\"riskLevel\": \"HIGH\"")).body("violations[0].field", is("riskLevel"))
                .body("violations[0].message", is("is not a known field"));
    }

    @Test
    void a_wrong_type_is_refused_with_its_field() {
        bad(formulation("\"basicId\": {\"AFFECT\": \"very\"}")).body("violations[0].field", is("basicId.AFFECT"));
    }

    @Test
    void malformed_json_and_an_empty_body_are_refused() {
        bad("{\"problems\": [").body("error", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).post("/api/v1/plans").then().statusCode(400);
    }

    @Test
    void a_duplicate_problem_is_refused() {
        bad(formulation("\"problems\": [{\"code\": \"PANIC\", \"severity\": \"MILD\"}, {\"code\": \"PANIC\", \"severity\": \"SEVERE\"}]"))
                .body("violations[0].field", is("problemsUnique"));
    }

    @Test
    void a_wrong_content_type_is_refused() {
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/plans").then().statusCode(415);
    }

    // ---- plans that hold together (clinical reference, section 12) -----------------------------

    private static List<String> tagsOf(JsonPath plan, String tag) {
        return ids(plan).stream().filter(id -> TAGS.get(id) != null && TAGS.get(id).contains(tag)).toList();
    }

    private static final Map<String, java.util.Set<String>> TAGS = org.mosaicintake.plugins.BundledCatalogs
            .load(java.nio.file.Path.of("target/bundled-plugins")).stream().flatMap(c -> c.techniques().stream())
            .collect(java.util.stream.Collectors.toMap(org.mosaicintake.api.Technique::id, org.mosaicintake.api.Technique::tags));

    @Test
    void every_plan_is_bounded_and_states_its_course_length() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "PANIC", "severity": "SEVERE"}, {"code": "DEPRESSION", "severity": "MODERATE"}, {"code": "INSOMNIA", "severity": "MODERATE"}],
                "impairment": "HIGH", "basicId": {"SENSATION": 3, "AFFECT": 3, "BEHAVIOR": 3, "COGNITION": 3, "DRUGS_BIOLOGY": 3}"""));
        assertThat(plan.getList("phases[0].items")).hasSizeLessThanOrEqualTo(5);
        assertThat(plan.getList("phases[1].items")).hasSizeLessThanOrEqualTo(5);
        assertThat(plan.getList("phases[2].items")).hasSizeLessThanOrEqualTo(3);
        int sessions = plan.getInt("estimatedSessions");
        assertThat(sessions).isEqualTo(plan.getList("phases.items.flatten().sessions", Integer.class).stream().mapToInt(i -> i).sum());
        assertThat(plan.getInt("sessionBudget")).isEqualTo(20);
        if (sessions > 20) {
            assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).startsWith("Estimated " + sessions + " sessions, more "
                    + "than the clinic's budget of 20 sessions"));
        }
    }

    @Test
    void ptsd_gets_one_processing_route_and_a_calming_skill_by_function() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "PTSD", "severity": "MODERATE"}], "scores": {"pcptsd5": 4}, "basicId": {"IMAGERY": 3, "AFFECT": 2}"""));
        assertThat(tagsOf(plan, "trauma-processing")).hasSize(1);
        assertThat(ids(plan)).doesNotContain("cbt.anger-regulation", "emdr.recent-event-protocol");
    }

    @Test
    void a_socially_anxious_student_never_gets_anger_management_as_the_calming_skill() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "SOCIAL_ANXIETY", "severity": "MODERATE"}], "preferences": {"style": "SKILLS"},
                "basicId": {"COGNITION": 3, "INTERPERSONAL": 2}"""));
        assertThat(ids(plan)).doesNotContain("cbt.anger-regulation").contains("cbt.behavioural-experiments");
        assertThat(tagsOf(plan, "self-regulation")).isNotEmpty().allSatisfy(id -> assertThat(TAGS.get(id)).containsAnyOf("breathing", "grounding", "relaxation"));
    }

    @Test
    void a_panic_client_who_is_not_ready_keeps_the_cbt_lens_and_opens_with_motivational_work() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "PANIC", "severity": "MODERATE"}], "stageOfChange": "PRECONTEMPLATION", "basicId": {"SENSATION": 3}"""));
        assertThat(plan.getString("primaryOrientation")).isEqualTo("cbt");
        assertThat(plan.getList("phases[0].items.techniqueId", String.class)).anySatisfy(id -> assertThat(TAGS.get(id)).contains("motivational"));
        assertThat(ids(plan)).doesNotContain("cbt.interoceptive-exposure");
        assertThat(plan.getString("excluded.find { it.techniqueId == 'cbt.interoceptive-exposure' }.reason"))
                .startsWith("deferred for now: less suited to the precontemplation stage of change");
    }

    @Test
    void exposure_and_response_prevention_is_never_paired_with_interpreting_the_symptoms_meaning() {
        JsonPath plan = plan(formulation("""
                "primaryOrientation": "psychodynamic", "problems": [{"code": "OCD", "severity": "MODERATE"}], "copingStyle": "INTERNALIZING",
                "preferences": {"style": "INSIGHT"}, "basicId": {"COGNITION": 3}"""));
        assertThat(ids(plan)).contains("cbt.exposure-response-prevention");
        assertThat(tagsOf(plan, "symptom-meaning")).isEmpty();
        assertThat(plan.getList("excluded.reason", String.class)).anySatisfy(r -> assertThat(r).startsWith("not combined with Exposure and response prevention"));
    }

    @Test
    void the_primary_lens_carries_at_least_half_or_the_plan_says_so() {
        JsonPath plan = plan(formulation("""
                "primaryOrientation": "humanistic", "problems": [{"code": "PANIC", "severity": "MODERATE"}], "basicId": {"SENSATION": 3}"""));
        List<String> modalities = plan.getList("phases.items.flatten().modality");
        long own = modalities.stream().filter("humanistic"::equals).count();
        if (own * 2 < modalities.size()) {
            assertThat(plan.getList("warnings", String.class)).anySatisfy(w -> assertThat(w).contains("lens carries only"));
        }
        assertThat(plan.getList("phases.items.flatten()", Map.class)).filteredOn(i -> !"humanistic".equals(i.get("modality")))
                .allSatisfy(i -> assertThat((List<String>) i.get("reasons")).anySatisfy(r -> assertThat(r).contains("borrowed from")));
    }

    @Test
    void prolonged_grief_gets_the_grief_pathway_and_no_sleep_restriction() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "GRIEF", "severity": "MODERATE"}, {"code": "INSOMNIA", "severity": "MILD"}], "basicId": {"AFFECT": 3}"""));
        assertThat(ids(plan)).contains("cbt.grief-psychoeducation", "cbt.restoration-goals").doesNotContain("cbt.sleep-restriction");
        assertThat(ids(plan)).containsAnyOf("cbt.imaginal-revisiting", "cbt.imaginal-conversation", "humanistic.empty-chair-work");
    }

    @Test
    void panic_with_agoraphobic_avoidance_gets_in_vivo_exposure_and_health_anxiety_its_own_protocol() {
        assertThat(ids(plan(formulation("""
                "problems": [{"code": "PANIC", "severity": "MODERATE"}], "flags": ["AGORAPHOBIC_AVOIDANCE"], "basicId": {"BEHAVIOR": 3}"""))))
                .contains("cbt.in-vivo-exposure", "cbt.interoceptive-exposure");
        assertThat(ids(plan(formulation("""
                "problems": [{"code": "SOMATIC", "severity": "MODERATE"}], "basicId": {"SENSATION": 3}""")))).contains("cbt.reducing-reassurance");
    }

    @Test
    void the_perinatal_period_gets_care_adapted_to_it() {
        JsonPath plan = plan(formulation("""
                "problems": [{"code": "DEPRESSION", "severity": "MODERATE"}], "flags": ["PERINATAL"], "basicId": {"AFFECT": 3}"""));
        assertThat(ids(plan)).contains("cbt.perinatal-adapted-care").doesNotContain("cbt.sleep-restriction");
        assertThat(ids(plan(formulation("\"problems\": [{\"code\": \"DEPRESSION\", \"severity\": \"MODERATE\"}]"))))
                .doesNotContain("cbt.perinatal-adapted-care", "cbt.suicide-focused-work");
    }

    @Test
    void a_spanish_client_reads_the_rationale_in_spanish_and_a_bad_language_is_named() {
        JsonPath plan = plan(formulation("""
                "language": "es", "problems": [{"code": "PANIC", "severity": "MODERATE"}], "basicId": {"SENSATION": 3}"""));
        assertThat(plan.getString("rationale")).startsWith("Nos habló de los ataques de pánico.").contains("Desde la terapia cognitivo-conductual");
        given().contentType(ContentType.JSON).body(formulation("\"language\": \"fr\"")).post("/api/v1/plans").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("language"));
    }

    @Test
    void after_military_trauma_the_processing_route_is_trauma_focused_cbt_even_under_an_emdr_lens() {
        JsonPath plan = plan(formulation("""
                "primaryOrientation": "emdr", "problems": [{"code": "PTSD", "severity": "MODERATE"}], "flags": ["MILITARY_TRAUMA"],
                "basicId": {"IMAGERY": 3}"""));
        assertThat(ids(plan)).contains("cbt.trauma-focused-cbt").doesNotContain("emdr.standard-protocol");
        assertThat((List<String>) item(plan, "cbt.trauma-focused-cbt").get("reasons")).anySatisfy(r -> assertThat(r)
                .contains("after military trauma, trauma-focused CBT is preferred to EMDR (NICE NG116)"));
        assertThat(ids(plan(formulation("""
                "primaryOrientation": "emdr", "problems": [{"code": "PTSD", "severity": "MODERATE"}], "basicId": {"IMAGERY": 3}"""))))
                .contains("emdr.standard-protocol").doesNotContain("cbt.trauma-focused-cbt");
    }
}
