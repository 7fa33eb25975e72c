package org.mosaicintake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.audit.AuditTrail;

/** Administration (role {@code admin}). */
@Path("/api/v1/admin")
@RolesAllowed("admin")
public class AdminResource {

    private final AuditTrail audit;

    public AdminResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Path("/audit/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recomputes the audit trail's hash chain: intact, or the first record that was changed, inserted or removed")
    public AuditTrail.Verification verify() {
        return audit.verify();
    }
}
