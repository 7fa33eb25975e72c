package org.mosaicintake.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.engine.PlanRevision;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.export.Exports;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.review.ClinicianService;
import org.mosaicintake.review.PlanReview;

/** The clinician API, for integrations (HTTP Basic). The console at /console uses the same services. */
@Path("/api/v1/clinician")
@RolesAllowed({"clinician", "admin"})
public class ClinicianResource {

    private final ClinicianService clinicians;
    private final SecurityIdentity identity;
    private final AuditTrail audit;
    private final PlanReview review;
    private final Exports exports;

    public ClinicianResource(ClinicianService clinicians, SecurityIdentity identity, AuditTrail audit, PlanReview review, Exports exports) {
        this.exports = exports;
        this.review = review;
        this.clinicians = clinicians;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @Path("/intakes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intakes, escalated and urgent ones pinned at the top")
    public List<ClinicianService.IntakeRow> intakes(@QueryParam("limit") @DefaultValue("100") int limit,
                                                    @Context HttpServerRequest request) {
        if (limit < 1 || limit > 500) {
            throw new FieldException("limit", "must be between 1 and 500");
        }
        audit.record(identity.getPrincipal().getName(), "list_intakes", null, remote(request));
        return clinicians.list(identity.getPrincipal().getName(), limit);
    }

    @GET
    @Path("/intakes/{id}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One intake for review: the client's words, risk screen, formulation, proposed plan and summary paragraph")
    public ClinicianService.IntakeSummary summary(@PathParam("id") String id, @Context HttpServerRequest request) {
        ClinicianService.IntakeSummary summary = clinicians.summary(user(), id);
        // recorded before the data leaves: no record, no data
        audit.record(identity.getPrincipal().getName(), "read_summary", summary.intakeId(), remote(request));
        return summary;
    }

    @GET
    @Path("/intakes/{id}/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The summary and the plan as a PDF; a plan not yet approved is marked as a proposal")
    public Response summaryPdf(@PathParam("id") String id, @Context HttpServerRequest request) {
        return download(exports.pdf(user(), id, remote(request)));
    }

    @GET
    @Path("/intakes/{id}/fhir")
    @Produces("application/fhir+json")
    @Operation(summary = "A FHIR R4 Bundle: a QuestionnaireResponse with the answers and a CarePlan (draft/proposal until approved, then active/plan)")
    public Response fhirBundle(@PathParam("id") String id, @Context HttpServerRequest request) {
        return download(exports.fhir(user(), id, remote(request)));
    }

    @POST
    @Path("/intakes/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the plan: re-plan under another primary orientation, remove or add techniques, rewrite the rationale."
            + " Each change is a new version; the plan then awaits approval again")
    public PlanReview.ReviewView revise(@PathParam("id") String id,
                                        @NotNull(message = "a revision is required") PlanRevision revision,
                                        @Context HttpServerRequest request) {
        PlanReview.ReviewView revised = review.revise(user(), id, revision);
        audit.record(user(), "revise_plan", id, remote(request));
        return revised;
    }

    @POST
    @Path("/intakes/{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the current version of the plan")
    public PlanReview.ReviewView approve(@PathParam("id") String id, @Context HttpServerRequest request) {
        PlanReview.ReviewView approved = review.approve(user(), id);
        audit.record(user(), "approve_plan", id, remote(request));
        return approved;
    }

    @GET
    @Path("/intakes/{id}/plan/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of the plan: who made it, when, and why")
    public List<PlanReview.VersionView> versions(@PathParam("id") String id, @Context HttpServerRequest request) {
        List<PlanReview.VersionView> versions = review.versions(user(), id);
        audit.record(user(), "read_plan_versions", id, remote(request));
        return versions;
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    /** A download as an attachment. */
    public static Response download(Exports.Download file) {
        return Response.ok(file.body(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    /** The client address recorded in the audit trail. */
    public static String remote(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
