package org.mosaicintake.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mosaicintake.rest.ErrorMappers;

/**
 * Errors on console pages are pages: the API's JSON error ({@link ErrorMappers.ApiError}) becomes a
 * short HTML page with the same words and a way back. Everything shown is escaped.
 */
public class ConsoleErrors {

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/console") || path.startsWith("/console/")) || !(response.getEntity() instanceof ErrorMappers.ApiError error)) {
            return;
        }
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title(error.status())).append(" - Mosaic</title><link rel=\"stylesheet\" href=\"/console-assets/console.css\">")
                .append("</head><body><main id=\"main\"><h1>").append(title(error.status())).append("</h1><p class=\"error\" role=\"alert\">")
                .append(escape(error.error())).append("</p>");
        if (!error.violations().isEmpty()) {
            page.append("<ul>");
            error.violations().forEach(v -> page.append("<li>").append(escape(v.field())).append(": ").append(escape(v.message())).append("</li>"));
            page.append("</ul>");
        }
        page.append("<p><a href=\"/console/intakes\">").append(escape(ConsoleTexts.text("error.back"))).append("</a></p></main></body></html>");
        response.setEntity(page.toString(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> ConsoleTexts.text("error.403");
            case 404 -> ConsoleTexts.text("error.404");
            case 409 -> ConsoleTexts.text("error.409");
            default -> ConsoleTexts.text("error.other");
        };
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
