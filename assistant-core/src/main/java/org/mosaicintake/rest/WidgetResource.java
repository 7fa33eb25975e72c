package org.mosaicintake.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.clinic.ClinicSettings;
import org.mosaicintake.messages.Messages;

/**
 * The chat page the widget's iframe loads. Served here rather than as a static file so that it
 * carries {@code Content-Security-Policy: frame-ancestors} with the clinic's allowed origins:
 * other sites cannot frame a client's conversation.
 */
@Path("/widget/chat")
public class WidgetResource {

    /** The page with the widget's labels in every locale (from the message bundles) as a JSON data block. */
    private static final String PAGE = read("/mosaic-widget/chat.html").replace("__MOSAIC_TEXTS__", widgetTexts());

    private final ClinicSettings settings;

    public WidgetResource(ClinicSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response chat(@QueryParam("clinic") @DefaultValue("") String clinicId) {
        Clinic clinic = clinicId.isBlank() ? null : settings.findOpen(clinicId).orElse(null);
        if (clinic == null) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("This chat is not available: no clinic '" + clinicId.replaceAll("[^A-Za-z0-9._-]", "") + "'.").build();
        }
        List<String> ancestors = new java.util.ArrayList<>(List.of("'self'"));
        ancestors.addAll(settings.allowedOrigins(clinic));
        String csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors " + String.join(" ", ancestors);
        return Response.ok(PAGE).header("Content-Security-Policy", csp).header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    private static String widgetTexts() {
        java.util.Map<String, java.util.Map<String, String>> texts = new java.util.LinkedHashMap<>();
        for (String locale : Messages.LOCALES) {
            texts.put(locale, Messages.of(Messages.Bundle.WIDGET, locale).all());
        }
        try {
            // "<" escaped so that no text can close the data block
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(texts).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = WidgetResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: is mosaic-ui-widget on the class path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
