package org.mosaicintake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.risk.CrisisResources;

/** A clinic's settings as the rest of the service reads them, with safe defaults where a setting is missing or broken. */
@ApplicationScoped
public class ClinicSettings {

    private static final Logger LOG = Logger.getLogger(ClinicSettings.class);
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final String DEFAULT_COLOUR = "#1d5c63";

    private final ObjectMapper json;

    public ClinicSettings(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The clinic's own crisis resources for the locale, else the defaults for it. */
    public CrisisResources crisisResources(Clinic clinic, String locale) {
        if (clinic.crisisResources != null) {
            try {
                Map<String, CrisisResources> byLocale = json.readValue(clinic.crisisResources, new TypeReference<Map<String, CrisisResources>>() { });
                if (byLocale.containsKey(locale)) {
                    return byLocale.get(locale);
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // a broken setting must never leave a client without help: the defaults stand in
                LOG.errorf("Clinic %s: its crisis resources cannot be read (%s); showing the defaults", clinic.id, e.getClass().getSimpleName());
            }
        }
        return CrisisResources.defaults(locale);
    }

    /** Origins allowed to frame the chat, besides Mosaic's own: only well-formed http(s) origins. */
    public List<String> allowedOrigins(Clinic clinic) {
        if (clinic.allowedOrigins == null) {
            return List.of();
        }
        return Arrays.stream(clinic.allowedOrigins.trim().split("\\s+")).filter(ClinicSettings::isOrigin).distinct().toList();
    }

    public String accentColour(Clinic clinic) {
        return clinic.accentColour != null && COLOUR.matcher(clinic.accentColour).matches() ? clinic.accentColour : DEFAULT_COLOUR;
    }

    /** {@code scheme://host[:port]} and nothing else: no path, wildcard, quote or semicolon can reach a header. */
    static boolean isOrigin(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null && value.matches("[A-Za-z0-9:/.\\-\\[\\]]+");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
