package org.mosaicintake.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns errors into JSON bodies a client can read: {@code {"status": 404, "error": "No clinic 'x'"}}.
 * Messages come from our own code and never carry client data.
 */
public class ErrorMappers {

    /** The body of every error response. */
    public record ApiError(int status, String error) {
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status, e.getMessage())).build();
    }
}
