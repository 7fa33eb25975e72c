package org.mosaicintake.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.mosaicintake.export.Exports;

/** What the console's pages and the REST resources share about requests and responses. */
public final class WebRequests {

    private WebRequests() {
    }

    /** The client address recorded in the audit trail; null outside a request. */
    public static String remote(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    /**
     * Whether the browser says the request comes from this site: no {@code Origin} (not a browser's
     * cross-site request), or an {@code Origin} whose host and port are the request's {@code Host}.
     */
    public static boolean sameSite(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            java.net.URI uri = java.net.URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() != null && authority.equalsIgnoreCase(String.valueOf(request.getHeader("Host")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A download as an attachment. */
    public static Response download(Exports.Download file) {
        return Response.ok(file.body(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
