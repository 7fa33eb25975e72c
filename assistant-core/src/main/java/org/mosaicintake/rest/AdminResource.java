package org.mosaicintake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.clinic.ClinicSettings;

/** Administration (role {@code admin}). */
@Path("/api/v1/admin")
@RolesAllowed("admin")
public class AdminResource {

    private final AuditTrail audit;
    private final ClinicSettings settings;

    public AdminResource(AuditTrail audit, ClinicSettings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    @GET
    @Path("/clinics/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A clinic's settings, as its administrators see them (session budget included)")
    public ClinicSettings.ClinicView clinic(@PathParam("id") String id) {
        return settings.find(id).map(ClinicSettings.ClinicView::of).orElseThrow(() -> new NotFoundException("No clinic '" + id + "'"));
    }

    @PUT
    @Path("/clinics/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a clinic's settings, all or nothing; a blank optional field means the default (sessionBudget: 20)")
    public ClinicSettings.ClinicView update(@PathParam("id") String id, @NotNull(message = "the clinic's settings are required")
                                           ClinicSettingsRequest change) {
        org.mosaicintake.persistence.Clinic clinic = settings.find(id).orElseThrow(() -> new NotFoundException("No clinic '" + id + "'"));
        return ClinicSettings.ClinicView.of(settings.update(id, change.toChange(clinic)));
    }

    @GET
    @Path("/audit/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recomputes the audit trail's hash chain: intact, or the first record that was changed, inserted or removed")
    public AuditTrail.Verification verify() {
        return audit.verify();
    }
}
