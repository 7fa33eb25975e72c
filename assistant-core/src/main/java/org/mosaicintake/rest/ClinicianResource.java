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
    @Operation(summary = "Intakes, escalated and urgent ones pinned at the top; paged (page from 0, size up to 500; the total in "
            + "X-Total-Count) and filtered by status, minimum risk, review state and start date; intakes marked not genuine only with notGenuine=true")
    public Response intakes(@QueryParam("limit") Integer limit, @QueryParam("size") Integer size, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("status") String status, @QueryParam("risk") String risk, @QueryParam("review") String review,
                            @QueryParam("from") String from, @QueryParam("until") String until,
                            @QueryParam("notGenuine") @DefaultValue("false") boolean notGenuine) {
        int rows = size != null ? size : limit != null ? limit : 100;
        if (rows < 1 || rows > 500) {
            throw new FieldException(size != null ? "size" : "limit", "must be between 1 and 500");
        }
        if (page < 0 || page > 100_000) {
            throw new FieldException("page", "must be between 0 and 100000");
        }
        var filter = ClinicianService.filter(status, risk, review, from, until, notGenuine);
        ClinicianService.Page found = clinicians.list(user(), filter, page, rows);
        return Response.ok(found.rows()).header("X-Total-Count", found.total()).build();
    }

    @POST
    @Path("/intakes/{id}/not-genuine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an intake not genuine (a flood, a test) or genuine again ({\"notGenuine\": false}): it leaves the default "
            + "list; nothing is deleted; audited")
    public Response notGenuine(@PathParam("id") String id, NotGenuineRequest request) {
        clinicians.markNotGenuine(user(), id, request == null || request.notGenuine == null || request.notGenuine);
        return Response.noContent().build();
    }

    /** The body of the not-genuine action; empty means "not genuine". */
    public static class NotGenuineRequest {
        public Boolean notGenuine;
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
