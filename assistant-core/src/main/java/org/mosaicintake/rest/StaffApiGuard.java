package org.mosaicintake.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mosaicintake.web.WebRequests;

/**
 * Cross-site request forgery on the staff API (clinician and admin, HTTP Basic): a browser that has
 * cached a clinician's credentials must not be made to change anything from another site. A
 * state-changing request is refused when its {@code Origin} is another site (403), or when it is
 * what an HTML form can send cross-site without a preflight (a body that is urlencoded, multipart or
 * plain text: 415); JSON, which a cross-site page cannot send without the browser asking first, is
 * accepted, and so is a bodyless POST.
 */
public class StaffApiGuard {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!CHANGES.contains(context.getMethod()) || !(path.startsWith("/api/v1/clinician") || path.startsWith("/api/v1/admin"))) {
            return Optional.empty();
        }
        if (!WebRequests.sameSite(request)) {
            return Optional.of(refuse(403, "This request came from another site; staff changes are accepted from this service's own pages and API clients only"));
        }
        MediaType type = context.getMediaType();
        String kind = type == null ? null : type.getType() + "/" + type.getSubtype();
        String length = request.getHeader("Content-Length");
        boolean empty = "0".equals(length) || (length == null && request.getHeader("Transfer-Encoding") == null);
        // an empty body is what many API clients send, with some default type, for a bodyless POST (approve);
        // a browser's cross-site form is still refused by its Origin above
        if (kind != null && FORM_TYPES.contains(kind) && !empty) {
            return Optional.of(refuse(415, "The staff API takes JSON (or a plugin jar), not form posts"));
        }
        return Optional.empty();
    }

    private static Response refuse(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorMappers.ApiError.of(status, message)).build();
    }
}
