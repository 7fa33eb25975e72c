package org.mosaicintake.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, whatever its path (a path such as {@code /console;x=y/login}
 * escapes the per-path headers of the configuration): no page may be framed except the chat, which
 * sends its own {@code frame-ancestors} with the clinic's allowed origins; and over TLS,
 * {@code Strict-Transport-Security}.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The one page meant to be framed (by the clinic's own site). */
    private static final String CHAT = "/widget/chat";

    void register(@Observes Filters filters) {
        filters.register(this::filter, 19_000);
    }

    private void filter(RoutingContext rc) {
        String path = rc.request().path();
        boolean chat = path != null && (path.equals(CHAT) || path.startsWith(CHAT + "?"));
        boolean tls = rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(v -> {
            var headers = rc.response().headers();
            if (!chat && !headers.contains("X-Frame-Options")) {
                headers.set("X-Frame-Options", "DENY");
            }
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
        });
        rc.next();
    }
}
