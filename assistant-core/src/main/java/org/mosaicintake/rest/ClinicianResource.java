package org.mosaicintake.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.domain.FieldException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import org.mosaicintake.service.AuditTrail;
import org.mosaicintake.service.ClinicianService;

/** The clinician API (HTTP Basic or the console's session). */
@Path("/api/v1/clinician")
@RolesAllowed({"clinician", "admin"})
public class ClinicianResource {

    private final ClinicianService clinicians;
    private final SecurityIdentity identity;
    private final AuditTrail audit;

    public ClinicianResource(ClinicianService clinicians, SecurityIdentity identity, AuditTrail audit) {
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
    public ClinicianService.IntakeSummary summary(@jakarta.ws.rs.PathParam("id") String id, @Context HttpServerRequest request) {
        ClinicianService.IntakeSummary summary = clinicians.summary(identity.getPrincipal().getName(), id);
        // recorded before the data leaves: no record, no data
        audit.record(identity.getPrincipal().getName(), "read_summary", summary.intakeId(), remote(request));
        return summary;
    }

    static String remote(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
