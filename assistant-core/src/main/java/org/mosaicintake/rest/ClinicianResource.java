package org.mosaicintake.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.web.WebRequests;
import org.mosaicintake.engine.PlanRevision;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.export.Exports;
import org.mosaicintake.review.ClinicianService;
import org.mosaicintake.review.PlanReview;

/** The clinician API, for integrations (HTTP Basic). The console at /console uses the same services. */
@Path("/api/v1/clinician")
@RolesAllowed({"clinician", "admin"})
public class ClinicianResource {

    private final ClinicianService clinicians;
    private final SecurityIdentity identity;
    private final PlanReview review;
    private final Exports exports;

    public ClinicianResource(ClinicianService clinicians, SecurityIdentity identity, PlanReview review, Exports exports) {
        this.exports = exports;
        this.review = review;
        this.clinicians = clinicians;
        this.identity = identity;
    }

    @GET
    @Path("/intakes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intakes, escalated and urgent ones pinned at the top")
    public List<ClinicianService.IntakeRow> intakes(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new FieldException("limit", "must be between 1 and 500");
        }
        return clinicians.list(user(), limit);
    }

    @GET
    @Path("/intakes/{id}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One intake for review: the client's words, risk screen, formulation, proposed plan and summary paragraph")
    public ClinicianService.IntakeSummary summary(@PathParam("id") String id) {
        return clinicians.summary(user(), id);
    }

    @GET
    @Path("/intakes/{id}/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The summary and the plan as a PDF; a plan not yet approved is marked as a proposal")
    public Response summaryPdf(@PathParam("id") String id) {
        return WebRequests.download(exports.pdf(user(), id));
    }

    @GET
    @Path("/intakes/{id}/fhir")
    @Produces("application/fhir+json")
    @Operation(summary = "A FHIR R4 Bundle: a QuestionnaireResponse with the answers and a CarePlan (draft/proposal until approved, then active/plan)")
    public Response fhirBundle(@PathParam("id") String id) {
        return WebRequests.download(exports.fhir(user(), id));
    }

    @POST
    @Path("/intakes/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the plan: re-plan under another primary orientation, remove or add techniques, rewrite the rationale."
            + " Each change is a new version; the plan then awaits approval again")
    public PlanReview.ReviewView revise(@PathParam("id") String id,
                                        @NotNull(message = "a revision is required") PlanRevision revision) {
        return review.revise(user(), id, revision);
    }

    @POST
    @Path("/intakes/{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the current version of the plan")
    public PlanReview.ReviewView approve(@PathParam("id") String id) {
        return review.approve(user(), id);
    }

    @GET
    @Path("/intakes/{id}/plan/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of the plan: who made it, when, and why")
    public List<PlanReview.VersionView> versions(@PathParam("id") String id) {
        return review.versions(user(), id);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

}
