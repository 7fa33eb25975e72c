package org.mosaicintake.export;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.review.ClinicianService.Answer;
import org.mosaicintake.review.ClinicianService.IntakeSummary;

/**
 * An intake as a FHIR R4 Bundle (type {@code collection}) for the clinic's record system: a Patient
 * known only by the intake's identifier (Mosaic asks no names), a QuestionnaireResponse with every
 * answer as the client saw it (questionnaire items with their scores, and the totals), and a CarePlan
 * whose activities are the plan's items by phase. The CarePlan is {@code draft}/{@code proposal}
 * until a clinician approves it, then {@code active}/{@code plan}. Thread-safe; HAPI's FHIR context is
 * built on first use.
 */
@ApplicationScoped
public class FhirExport {

    /** Identifier system of Mosaic intakes. */
    public static final String INTAKE_SYSTEM = "urn:mosaicintake:intake";

    public String json(IntakeSummary summary) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(summary));
    }

    public byte[] bytes(IntakeSummary summary) {
        return json(summary).getBytes(StandardCharsets.UTF_8);
    }

    public Bundle bundle(IntakeSummary s) {
        Identifier intakeId = new Identifier().setSystem(INTAKE_SYSTEM).setValue(s.intakeId());
        String patientUrl = "urn:uuid:" + uuid(s.intakeId(), "patient");
        String responseUrl = "urn:uuid:" + uuid(s.intakeId(), "response");
        String planUrl = "urn:uuid:" + uuid(s.intakeId(), "careplan");

        Patient patient = new Patient();
        patient.addIdentifier(intakeId.copy());

        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setIdentifier(intakeId.copy());
        response.setStatus("IN_PROGRESS".equals(s.status()) ? QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS
                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference(patientUrl));
        response.setAuthored(Date.from(s.completedAt() != null ? s.completedAt() : s.startedAt()));
        for (Answer a : s.answers()) {
            response.addItem(item(a));
        }
        if (s.riskScreen() != null) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent screen = response.addItem().setLinkId("asq").setText("Risk screen (ASQ)");
            s.riskScreen().answers().forEach(a -> screen.addItem(item(a)));
        }
        s.scores().forEach(score -> response.addItem().setLinkId(score.instrument() + ".total").setText(score.name() + " total (" + score.band() + ")")
                .addAnswer().setValue(new IntegerType(score.total())));

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(intakeId.copy());
        bundle.setTimestamp(new Date());
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient);
        bundle.addEntry().setFullUrl(responseUrl).setResource(response);
        if (s.plan() != null) {
            bundle.addEntry().setFullUrl(planUrl).setResource(carePlan(s, patientUrl, responseUrl));
        }
        return bundle;
    }

    private static CarePlan carePlan(IntakeSummary s, String patientUrl, String responseUrl) {
        boolean approved = "APPROVED".equals(s.reviewStatus());
        Plan plan = s.plan();
        CarePlan care = new CarePlan();
        care.addIdentifier().setSystem(INTAKE_SYSTEM).setValue(s.intakeId() + "/plan/" + s.planVersion());
        care.setStatus(approved ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.DRAFT);
        care.setIntent(approved ? CarePlan.CarePlanIntent.PLAN : CarePlan.CarePlanIntent.PROPOSAL);
        care.setTitle("Psychotherapy plan (" + plan.primaryOrientation() + " lens)");
        care.setDescription(plan.rationale());
        care.setSubject(new Reference(patientUrl));
        care.addSupportingInfo(new Reference(responseUrl));
        if (approved) {
            care.setAuthor(new Reference().setDisplay(s.approvedBy()));
            care.setCreated(Date.from(s.approvedAt()));
        }
        for (Plan.PhasePlan phase : plan.phases()) {
            for (Plan.PlanItem item : phase.items()) {
                CarePlan.CarePlanActivityDetailComponent detail = care.addActivity().getDetail();
                detail.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
                detail.setCode(new CodeableConcept().setText(item.name()));
                detail.setDescription(item.clientDescription());
                detail.setScheduled(new StringType("Phase " + (phase.phase().ordinal() + 1) + ": " + phase.phase().name().toLowerCase()
                        + ", about " + item.sessions() + " session" + (item.sessions() == 1 ? "" : "s")));
                detail.getReasonCodeFirstRep().setText(item.framing());
            }
        }
        plan.monitoring().forEach(m -> care.addNote().setText("Monitoring: " + m));
        if (plan.commonFactors() != null) {
            plan.commonFactors().alliance().forEach(a -> care.addNote().setText("Alliance: " + a));
            if (plan.commonFactors().hope() != null) {
                care.addNote().setText("Hope: " + plan.commonFactors().hope());
            }
        }
        plan.warnings().forEach(w -> care.addNote().setText("Warning: " + w));
        return care;
    }

    private static QuestionnaireResponse.QuestionnaireResponseItemComponent item(Answer a) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent item = new QuestionnaireResponse.QuestionnaireResponseItemComponent();
        item.setLinkId(a.stepId()).setText(a.question());
        item.addAnswer().setValue(new StringType(a.answer()));
        if (a.score() != null) {
            item.addAnswer().setValue(new IntegerType(a.score()));
        }
        return item;
    }

    /** The same intake always gives the same entry URLs. */
    private static UUID uuid(String intakeId, String what) {
        return UUID.nameUUIDFromBytes((intakeId + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    /** HAPI's shared R4 context: built once, on first use, and thread-safe. */
    private static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
