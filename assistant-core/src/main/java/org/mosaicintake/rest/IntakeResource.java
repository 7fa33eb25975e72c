package org.mosaicintake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.dialogue.TurnInput;
import org.mosaicintake.intake.IntakeResponse;
import org.mosaicintake.intake.IntakeService;

/** The client API the widget speaks: start, turn, resume, withdraw. */
@Path("/api/v1/intakes")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    /** Starting an intake. */
    public static class StartRequest {
        @NotBlank @Size(max = 64)
        public String clinic;
        @Pattern(regexp = "en|es", message = "must be one of en, es")
        public String locale;
    }

    /** One client turn: exactly one of text, choice or value, or back. */
    public static class TurnRequest {
        public String text;
        @Size(max = 64)
        public String choice;
        public Integer value;
        public Boolean back;
        /** The prompt this answer is for; when given, an answer to a question already passed is refused. */
        @Size(max = 64)
        public String promptId;
    }

    private final IntakeService intakes;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    private final org.mosaicintake.limits.RequestLimits limits;

    public IntakeResource(IntakeService intakes, com.fasterxml.jackson.databind.ObjectMapper json, org.mosaicintake.limits.RequestLimits limits) {
        this.intakes = intakes;
        this.json = json;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an intake: returns its id, the client's token (shown once), the welcome and the consent prompt")
    public Response start(@NotNull(message = "a body with 'clinic' is required") @Valid StartRequest request,
                          @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest http) {
        limits.startForClinic(request.clinic);
        String source = http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        IntakeResponse started = intakes.start(request.clinic, request.locale, source);
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    @POST
    @Path("/{id}/turns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the current prompt (or go back one step); retried with the same Idempotency-Key, it returns the same answer")
    public IntakeResponse turn(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @HeaderParam("Idempotency-Key") @NotBlank(message = "an Idempotency-Key header is required")
                               @Size(max = 128) String idempotencyKey,
                               @NotNull(message = "a body is required") @Valid TurnRequest request) throws com.fasterxml.jackson.core.JsonProcessingException {
        TurnInput input = new TurnInput(request.text, request.choice, request.value, Boolean.TRUE.equals(request.back));
        return intakes.turn(id, bearer(authorization), idempotencyKey, json.writeValueAsString(request), input, request.promptId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The transcript and the current prompt, to resume after a reload")
    public IntakeResponse resume(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return intakes.resume(id, bearer(authorization));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "The client withdraws: their answers and words are erased")
    public IntakeResponse withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return intakes.withdraw(id, bearer(authorization));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
