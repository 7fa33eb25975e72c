package org.mosaicintake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mosaicintake.clinic.ClinicSettings;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.persistence.Clinic;

/**
 * The body of {@code PUT /api/v1/admin/clinics/{id}} (architecture, "Admin API"): a clinic's settings as
 * JSON, with the allowed origins as a list and the crisis resources as an object. A field left out takes
 * its default, except the country, which stays as it is when not given.
 */
public class ClinicSettingsRequest {
    public String name;
    public String country;
    public String primaryOrientation;
    public List<String> allowedOrigins;
    public String accentColour;
    public String launcherText;
    public Boolean languageModel;
    public JsonNode crisisResources;
    public Integer sessionBudget;

    ClinicSettings.Change toChange(Clinic current) {
        if (crisisResources != null && !crisisResources.isNull() && !crisisResources.isObject()) {
            throw new FieldException("crisisResources", "must be an object by locale, e.g. {\"en\": {...}}");
        }
        if (allowedOrigins != null && allowedOrigins.stream().anyMatch(o -> o == null || o.isBlank() || o.strip().contains(" "))) {
            throw new FieldException("allowedOrigins", "must be a list of origins like \"https://www.clinic.example\"");
        }
        return new ClinicSettings.Change(name, country == null ? current.country : country, primaryOrientation,
                crisisResources == null || crisisResources.isNull() ? null : crisisResources.toString(),
                allowedOrigins == null ? null : String.join(" ", allowedOrigins.stream().map(String::strip).toList()),
                accentColour, launcherText, Boolean.TRUE.equals(languageModel), sessionBudget);
    }
}
