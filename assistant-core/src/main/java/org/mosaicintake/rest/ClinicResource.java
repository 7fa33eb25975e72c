package org.mosaicintake.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.persistence.Clinic;

@Path("/api/v1/clinics")
@Produces(MediaType.APPLICATION_JSON)
public class ClinicResource {

    /** What anyone may know of a clinic: no client data. */
    public record ClinicView(String id, String name, String locale, String primaryOrientation) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A clinic's public settings")
    public ClinicView get(@PathParam("id") String id) {
        Clinic clinic = Clinic.findById(id);
        if (clinic == null) {
            throw new NotFoundException("No clinic '" + id + "'");
        }
        return new ClinicView(clinic.id, clinic.name, clinic.locale, clinic.primaryOrientation);
    }
}
