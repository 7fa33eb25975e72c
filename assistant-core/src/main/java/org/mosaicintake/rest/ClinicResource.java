package org.mosaicintake.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.messages.Messages;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.risk.CrisisResources;
import org.mosaicintake.clinic.ClinicSettings;

@Path("/api/v1/clinics")
@Produces(MediaType.APPLICATION_JSON)
public class ClinicResource {

    /** What anyone may know of a clinic: no client data. */
    public record ClinicView(String id, String name, String locale, String primaryOrientation) {
    }

    /** What the chat widget needs before an intake starts: names, theme, and where to get help now. */
    public record WidgetView(String id, String name, String locale, List<String> locales, String accentColour,
                             String launcherText, CrisisResources help, java.util.Map<String, String> labels) {
    }

    private final ClinicSettings settings;

    public ClinicResource(ClinicSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A clinic's public settings")
    public ClinicView get(@PathParam("id") String id) {
        Clinic clinic = find(id);
        return new ClinicView(clinic.id, clinic.name, clinic.locale, clinic.primaryOrientation);
    }

    @GET
    @Path("/{id}/widget")
    @Operation(summary = "The chat widget's settings for a clinic, with its crisis resources for the locale")
    public Response widget(@PathParam("id") String id, @QueryParam("locale") @DefaultValue("") String locale) {
        Clinic clinic = find(id);
        String chosen = Messages.of(locale.isBlank() ? clinic.locale : locale).locale();
        WidgetView view = new WidgetView(clinic.id, clinic.name, chosen, Messages.LOCALES, settings.accentColour(clinic),
                clinic.launcherText, settings.crisisResources(clinic, chosen), loaderLabels(chosen));
        // public settings, read by the loader on the clinic's own page (another origin); no credentials
        return Response.ok(view).header("Access-Control-Allow-Origin", "*").build();
    }

    /** The loader's own words (it runs on the clinic's page), from the widget's message bundle. */
    private static java.util.Map<String, String> loaderLabels(String locale) {
        Messages widget = Messages.of(Messages.Bundle.WIDGET, locale);
        return java.util.Map.of("launcher", widget.get("loaderLauncher"), "frameTitle", widget.get("loaderFrameTitle"));
    }

    private Clinic find(String id) {
        return settings.findOpen(id).orElseThrow(() -> new NotFoundException("No clinic '" + id + "'"));
    }
}
