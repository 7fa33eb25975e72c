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

    /** A download as an attachment. */
    public static Response download(Exports.Download file) {
        return Response.ok(file.body(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
