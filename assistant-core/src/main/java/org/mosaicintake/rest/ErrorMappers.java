package org.mosaicintake.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.validation.FieldPaths;

/**
 * Turns errors into JSON a client can act on: {@code {"status": 400, "error": "...", "violations":
 * [{"field": "problems[0].code", "message": "..."}]}}. Messages come from our own code and name
 * fields, never echo client text.
 */
public class ErrorMappers {

    @jakarta.inject.Inject
    org.mosaicintake.audit.AuditTrail audit;

    /** The body of every error response; {@code violations} is empty unless fields are at fault. */
    public record ApiError(int status, String error, List<Violation> violations) {
        static ApiError of(int status, String error) {
            return new ApiError(status, error, List.of());
        }
    }

    /** One field at fault. */
    public record Violation(String field, String message) {
    }

    /** A form body that cannot be decoded (a stray '%'): the request is malformed, not the service. */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Failed to decode")) {
            return json(ApiError.of(400, "The form could not be read: it is not valid URL encoding"));
        }
        org.jboss.logging.Logger.getLogger(ErrorMappers.class).error("Unexpected error", e);
        return json(ApiError.of(500, "Something went wrong on our side"));
    }

    @ServerExceptionMapper
    public Response notPermitted(org.mosaicintake.staff.NotPermittedException e, io.vertx.core.http.HttpServerRequest request) {
        audit.recordDenied(e.actor(), e.target(), org.mosaicintake.web.WebRequests.remote(request));
        return json(ApiError.of(403, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // the JSON reader reports unreadable bodies as a 400 whose cause says what was wrong
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping);
        }
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return json(ApiError.of(status, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(FieldPaths.of(v).isEmpty() ? "body" : FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return json(new ApiError(400, "The request has invalid fields", violations));
    }

    /** An answer that does not fit its question, an unknown clinic or modality: 400 naming the field. */
    @ServerExceptionMapper
    public Response invalidField(FieldException e) {
        String error = e instanceof org.mosaicintake.dialogue.InvalidAnswerException ? "The answer does not fit the question"
                : "The request has invalid fields";
        return json(new ApiError(400, error, List.of(new Violation(e.field(), e.getMessage()))));
    }

    /** An uploaded plugin refused before anything of it ran: 400 invalid, 403 untrusted, 409 force needed. */
    @ServerExceptionMapper
    public Response pluginRefused(org.mosaicintake.plugins.PluginRefusedException e) {
        String error = switch (e.status()) {
            case 403 -> "The plugin is not trusted";
            case 409 -> "The plugin would replace one that needs an explicit force";
            default -> "The plugin jar is not valid";
        };
        return json(new ApiError(e.status(), error, List.of(new Violation(e.field(), e.getMessage()))));
    }

    /** Past a rate limit: 429 with Retry-After. */
    @ServerExceptionMapper
    public Response tooMany(org.mosaicintake.limits.TooManyRequestsException e) {
        return Response.status(429).header("Retry-After", e.retryAfterSeconds()).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(429, e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response closed(org.mosaicintake.dialogue.IntakeClosedException e) {
        return json(ApiError.of(409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(org.mosaicintake.intake.IntakeNotFoundException e) {
        return json(ApiError.of(e.withdrawn() ? 410 : 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unauthorized(org.mosaicintake.intake.UnauthorizedException e) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(401, e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(org.mosaicintake.intake.IdempotencyConflictException e) {
        return json(ApiError.of(422, e.getMessage()));
    }

    /** Two turns on one intake at the same moment: one wins, the other is asked to retry. */
    @ServerExceptionMapper
    public Response concurrentTurn(jakarta.persistence.OptimisticLockException e) {
        return json(ApiError.of(409, "another answer to this intake was being saved at the same moment; please retry"));
    }

    /** A unique key hit by a racing turn (an Idempotency-Key sent twice at once): retry gets the stored answer. */
    @ServerExceptionMapper
    public Response racingInsert(org.hibernate.exception.ConstraintViolationException e) {
        return json(ApiError.of(409, "another answer to this intake was being saved at the same moment; please retry"));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return json(ApiError.of(400, "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")"));
    }

    /** More specific than Quarkus's own mapper for unknown fields and wrong types, so ours answers. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unmappableJson(e);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e) {
        if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return json(ApiError.of(400, "The body is not valid JSON: it ends too early"));
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        String message = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException ? "is not a known field"
                : "has the wrong type";
        return json(new ApiError(400, "The request has invalid fields",
                List.of(new Violation(field.length() == 0 ? "body" : field.toString(), message))));
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
