package org.mosaicintake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.review.PlanningService;

@Path("/api/v1/plans")
public class PlanResource {

    private final PlanningService planning;

    public PlanResource(PlanningService planning) {
        this.planning = planning;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A phased plan proposal for a formulation, from the enabled plugins (stateless; the same input gives the same plan)")
    public Plan plan(@NotNull(message = "a formulation is required") @Valid FormulationRequest formulation) {
        return planning.plan(formulation.toFormulation());
    }
}
