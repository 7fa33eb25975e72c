package org.mosaicintake.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;
import org.junit.jupiter.api.Tag;

/**
 * The exports: a PDF whose text is extracted and checked, and a FHIR R4 Bundle validated against the
 * base R4 profiles with HAPI's validator, before and after approval. Both are audited reads.
 */
@QuarkusTest
@Tag("database")
class ExportTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    @BeforeAll
    static void setUp() {
        TestStaff.ensure("dr.export", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "demo");
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    private static RequestSpecification clinician() {
        return given().auth().preemptive().basic("dr.export", ConsoleSignInTest.PASSWORD);
    }

    @Test
    void the_pdf_holds_the_summary_and_marks_an_unapproved_plan_as_a_proposal() throws Exception {
        String id = ConsoleReviewTest.screenedIntake();
        long audited = ConsoleReviewTest.auditCount(id);
        byte[] pdf = clinician().get("/api/v1/clinician/intakes/" + id + "/summary.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Intake summary").contains("Harbour Street Counselling").contains(id);
        assertThat(text).contains("I lie awake going over everything");
        assertThat(text).containsPattern("PHQ-9: \\d+ of 27, ");
        assertThat(text).contains("Risk screen (the pathway").contains("BASIC I.D. profile").contains("Phase 1: Stabilization");
        assertThat(text).contains("PROPOSAL, NOT YET APPROVED");
        assertThat(ConsoleReviewTest.auditCount(id)).isGreaterThan(audited);

        clinician().post("/api/v1/clinician/intakes/" + id + "/approve").then().statusCode(200);
        String approved = text(clinician().get("/api/v1/clinician/intakes/" + id + "/summary.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertThat(approved).contains("Approved by dr.export").doesNotContain("NOT YET APPROVED");
    }

    @Test
    void the_pdf_shows_each_problem_s_evidence_the_red_flags_and_what_was_not_asked() throws Exception {
        org.mosaicintake.intake.IntakeDriver flagged = org.mosaicintake.intake.IntakeDriver.start("en");
        flagged.completeWith(org.mosaicintake.intake.IntakeDriver.answers("story", "I hear voices that tell me people are plotting against me.",
                "zfocs.gate", "1", "zfocs.2", "1", "goals", "To feel safe at home."));
        org.mosaicintake.intake.IntakeFlowTest.stored(flagged.id, "summary");
        String text = text(clinician().get("/api/v1/clinician/intakes/" + flagged.id + "/summary.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("ZF-OCS: yes to 1 of 5").contains("possible, to assess");
        assertThat(text).contains("Psychosis");
        assertThat(text).contains("To feel safe at home.");

        org.mosaicintake.intake.IntakeDriver escalated = org.mosaicintake.intake.IntakeDriver.start("en");
        escalated.completeWith(org.mosaicintake.intake.IntakeDriver.answers("story", "I have saved up pills and I plan to take them all tonight."));
        org.mosaicintake.intake.IntakeFlowTest.stored(escalated.id, "summary");
        String unknowns = text(clinician().get("/api/v1/clinician/intakes/" + escalated.id + "/summary.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(unknowns).contains("Stage of change: not asked").contains("Coping style: not asked").contains("Reactance: not asked");
    }

    @Test
    void control_characters_in_the_client_s_words_never_break_the_pdf() throws Exception {
        org.mosaicintake.intake.IntakeDriver intake = org.mosaicintake.intake.IntakeDriver.start("en");
        intake.completeWith(org.mosaicintake.intake.IntakeDriver.answers("story", "Work\u0000 is too\u0007 much\u001b lately."));
        org.mosaicintake.intake.IntakeFlowTest.stored(intake.id, "summary");
        String text = text(clinician().get("/api/v1/clinician/intakes/" + intake.id + "/summary.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("Work is too much lately.");
    }

    @Test
    void the_console_offers_the_same_pdf_as_a_download() throws Exception {
        String id = ConsoleReviewTest.screenedIntake();
        ConsoleSession session = ConsoleSession.signIn("dr.export", ConsoleSignInTest.PASSWORD);
        var response = session.request().get("/console/intakes/" + id + "/summary.pdf").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"intake-" + id + ".pdf\"").extract();
        assertThat(text(response.asByteArray())).contains("Intake summary");
    }

    @Test
    void the_fhir_bundle_is_valid_r4_and_the_care_plan_follows_approval() {
        String id = ConsoleReviewTest.screenedIntake();
        String draft = clinician().get("/api/v1/clinician/intakes/" + id + "/fhir").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        assertValid(draft);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, draft);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        QuestionnaireResponse response = resource(bundle, QuestionnaireResponse.class);
        assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(response.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .contains("story", "phq9.1", "asq", "phq9.total");
        QuestionnaireResponse.QuestionnaireResponseItemComponent phq1 = response.getItem().stream()
                .filter(i -> i.getLinkId().equals("phq9.1")).findFirst().orElseThrow();
        assertThat(phq1.getText()).as("as the client saw it, with the PHQ-9's own stem")
                .isEqualTo("Over the last 2 weeks, how often have you been bothered by any of the following problems? Little interest or pleasure in doing things");
        assertThat(phq1.getAnswer()).hasSize(2);
        CarePlan plan = resource(bundle, CarePlan.class);
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        Plan stored = ConsoleReviewTest.plan(id);
        assertThat(plan.getActivity()).extracting(a -> a.getDetail().getCode().getText())
                .containsExactlyElementsOf(stored.phases().stream().flatMap(p -> p.items().stream()).map(Plan.PlanItem::name).toList());
        assertThat(plan.getDescription()).isEqualTo(stored.rationale());
        assertThat(plan.getSubject().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());

        clinician().post("/api/v1/clinician/intakes/" + id + "/approve").then().statusCode(200);
        String active = clinician().get("/api/v1/clinician/intakes/" + id + "/fhir").then().statusCode(200).extract().asString();
        assertValid(active);
        CarePlan approved = resource(FHIR.newJsonParser().parseResource(Bundle.class, active), CarePlan.class);
        assertThat(approved.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(approved.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(approved.getAuthor().getDisplay()).isEqualTo("dr.export");
    }

    @Test
    void an_intake_still_in_progress_exports_an_in_progress_response_and_no_plan() {
        var intake = org.mosaicintake.intake.IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Work has been overwhelming.");
        String json = clinician().get("/api/v1/clinician/intakes/" + intake.id + "/fhir").then().statusCode(200).extract().asString();
        assertValid(json);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertThat(resource(bundle, QuestionnaireResponse.class).getStatus())
                .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertThat(bundle.getEntry()).noneMatch(e -> e.getResource() instanceof CarePlan);
    }

    @Test
    void exports_need_a_clinician_of_the_intakes_clinic() {
        String id = ConsoleReviewTest.completedCalmIntake();
        given().get("/api/v1/clinician/intakes/" + id + "/fhir").then().statusCode(401);
        given().get("/api/v1/clinician/intakes/" + id + "/summary.pdf").then().statusCode(401);
        TestStaff.ensure("dr.faraway", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "elsewhere");
        given().auth().preemptive().basic("dr.faraway", ConsoleSignInTest.PASSWORD).get("/api/v1/clinician/intakes/" + id + "/fhir")
                .then().statusCode(404);
    }

    private static void assertValid(String json) {
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
        assertThat(errors).as("FHIR validation errors: %s", errors.stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList())
                .isEmpty();
    }

    private static <T> T resource(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the bundle"));
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
