package org.mosaicintake.clinic;

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
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.risk.CrisisLines;
import org.mosaicintake.risk.CrisisResources;
import org.mosaicintake.risk.RiskPathway;
import org.mosaicintake.audit.Audited;

/** A clinic's settings as the rest of the service reads them, with safe defaults where a setting is missing or broken. */
@ApplicationScoped
public class ClinicSettings {

    private static final Logger LOG = Logger.getLogger(ClinicSettings.class);
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final String DEFAULT_COLOUR = "#1d5c63";

    private final ObjectMapper json;
    private final ObjectMapper strictJson;
    private final ClinicPlugins plugins;
    private final org.mosaicintake.config.MosaicConfig config;

    private final org.mosaicintake.alerts.AlertDelivery delivery;

    public ClinicSettings(ObjectMapper json, ClinicPlugins plugins, org.mosaicintake.config.MosaicConfig config,
                          org.mosaicintake.alerts.AlertDelivery delivery) {
        this.delivery = delivery;
        this.config = config;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.strictJson = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.plugins = plugins;
    }

    /** What an admin can change of a clinic; blank optional fields mean "use the default". */
    public record Change(String name, String country, String primaryOrientation, String crisisResources, String allowedOrigins,
                         String accentColour, String launcherText, boolean languageModel, Integer sessionBudget) {

        /** Most sessions a clinic's budget may allow. */
        public static final int MAX_SESSION_BUDGET = 100;
    }

    /** A clinic's settings as the console shows them to administrators. */
    public record ClinicView(String id, String name, String country, String primaryOrientation, String allowedOrigins, String accentColour,
                             String launcherText, boolean languageModel, String crisisResources, int sessionBudget, String alertWebhook) {
        public static ClinicView of(Clinic c) {
            return new ClinicView(c.id, c.name, c.country, c.primaryOrientation, c.allowedOrigins, c.accentColour, c.launcherText,
                    c.languageModel, c.crisisResources, c.sessionBudget, c.webhookUrl);
        }
    }

    /**
     * A clinic's alert webhook. {@code secret} is present only in the answer that set it (when Mosaic
     * generated it): it is never shown again.
     */
    public record WebhookView(String clinicId, String url, String secret) {
    }

    /**
     * Sets where a clinic's alerts go, signed with its own Standard Webhooks secret: the one given,
     * or a new one generated (and returned once). https only, unless plain http is allowed.
     *
     * @throws FieldException naming {@code url} or {@code secret}
     */
    @Transactional
    @Audited(value = "change_clinic_webhook", kind = Audited.Kind.CHANGE)
    public WebhookView setWebhook(@Audited.Argument String clinicId, String url, String secret) {
        Clinic clinic = Clinics.require(clinicId);
        if (url == null || url.isBlank() || url.strip().length() > 500) {
            throw new FieldException("url", "must be the https address alerts are POSTed to (at most 500 characters)");
        }
        try {
            delivery.requireAllowed(url, "url");
        } catch (IllegalArgumentException e) {
            throw new FieldException("url", e.getMessage().replaceFirst("^url ", ""));
        }
        String given = secret == null || secret.isBlank() ? null : secret.strip();
        if (given != null) {
            if (given.length() > 200) {
                throw new FieldException("secret", "must be at most 200 characters");
            }
            try {
                org.mosaicintake.alerts.WebhookSignature.of(given);
            } catch (IllegalArgumentException e) {
                throw new FieldException("secret", e.getMessage());
            }
        }
        clinic.webhookUrl = url.strip();
        clinic.webhookSecret = given != null ? given : org.mosaicintake.alerts.WebhookSignature.newSecret();
        return new WebhookView(clinic.id, clinic.webhookUrl, given != null ? null : clinic.webhookSecret);
    }

    /** The clinic's alerts go to the service's webhook again (if any). */
    @Transactional
    @Audited(value = "remove_clinic_webhook", kind = Audited.Kind.CHANGE)
    public void removeWebhook(@Audited.Argument String clinicId) {
        Clinic clinic = Clinics.require(clinicId);
        clinic.webhookUrl = null;
        clinic.webhookSecret = null;
    }

    /** Every clinic, by name (for administrators). */
    public List<ClinicView> all() {
        return Clinic.<Clinic>list("order by name").stream().map(ClinicView::of).toList();
    }

    /** The clinic with this id if it takes new clients (the demo clinic only while the demo is on): what the public sees. */
    public java.util.Optional<Clinic> findOpen(String clinicId) {
        return find(clinicId).filter(c -> Clinics.open(c, config.demo().enabled()));
    }

    /** The clinic with this id, if there is one. */
    public java.util.Optional<Clinic> find(String clinicId) {
        return clinicId == null || clinicId.length() > 64 ? java.util.Optional.empty() : java.util.Optional.ofNullable(Clinic.findById(clinicId));
    }

    /**
     * Adds a clinic, with the default settings, for its admins to complete: no country yet means the
     * international crisis lines until one is set. The first field at fault is named.
     */
    @Transactional
    @Audited(value = "create_clinic", kind = Audited.Kind.CHANGE)
    public Clinic create(@Audited.Argument String clinicId, String name, String country) {
        if (clinicId == null || !clinicId.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            throw new FieldException("id", "must be 2 to 64 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        if (Clinic.findById(clinicId) != null) {
            throw new FieldException("id", "'" + clinicId + "' already exists");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new FieldException("name", "must be between 1 and 200 characters");
        }
        String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (code != null && !CrisisLines.isCountry(code)) {
            throw new FieldException("country", "must be a two-letter country code (ISO 3166) such as US, GB, IE or ES: crisis lines are chosen by it");
        }
        Clinic clinic = new Clinic();
        clinic.id = clinicId;
        clinic.name = clean;
        clinic.country = code;
        clinic.locale = "en";
        clinic.createdAt = java.time.Instant.now();
        clinic.persist();
        return clinic;
    }

    /**
     * Changes a clinic's settings, all or nothing: every field is checked first, and the first field at
     * fault is named. Crisis resources must be valid JSON of the documented shape, so that a client in
     * crisis is never shown a broken setting.
     */
    @Transactional
    @Audited(value = "change_clinic_settings", kind = Audited.Kind.CHANGE)
    public Clinic update(@Audited.Argument String clinicId, Change change) {
        Clinic clinic = Clinics.require(clinicId);
        String name = change.name() == null ? "" : change.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new FieldException("name", "must be between 1 and 200 characters");
        }
        String country = change.country() == null ? "" : change.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CrisisLines.isCountry(country)) {
            throw new FieldException("country", "must be a two-letter country code (ISO 3166) such as US, GB, IE or ES: crisis lines are chosen by it");
        }
        String orientation = blankToNull(change.primaryOrientation());
        if (orientation != null && plugins.catalogs(clinicId).stream().noneMatch(c -> c.modality().id().equals(orientation))) {
            throw new FieldException("primaryOrientation", "'" + orientation + "' is not a modality of a plugin this clinic uses");
        }
        String crisis = blankToNull(change.crisisResources());
        if (crisis != null) {
            try {
                Map<String, CrisisResources> byLocale = strictJson.readValue(crisis, new TypeReference<Map<String, CrisisResources>>() { });
                if (byLocale == null || byLocale.isEmpty() || byLocale.containsValue(null)) {
                    throw new FieldException("crisisResources", "must give resources for at least one locale, e.g. {\"en\": {...}}");
                }
                for (String key : byLocale.keySet()) {
                    if (!CRISIS_KEY.matcher(key).matches() || (key.contains(":") && !isPathway(key.substring(key.indexOf(':') + 1)))) {
                        throw new FieldException("crisisResources", "'" + key + "' is not a locale (\"en\") or a locale and a pathway "
                                + "(\"en:VIOLENCE_AT_HOME\"; pathways: " + java.util.Arrays.toString(RiskPathway.values()) + ")");
                    }
                }
                crisis = json.writeValueAsString(byLocale);
            } catch (JsonProcessingException e) {
                Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
                String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
                throw new FieldException("crisisResources", "is not valid: " + message);
            }
        }
        String origins = blankToNull(change.allowedOrigins());
        if (origins != null) {
            for (String origin : origins.split("\\s+")) {
                if (!isOrigin(origin)) {
                    throw new FieldException("allowedOrigins", "'" + origin + "' is not an origin like https://www.clinic.example");
                }
            }
        }
        String colour = blankToNull(change.accentColour());
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new FieldException("accentColour", "must be a colour like #1d5c63");
        }
        String launcher = blankToNull(change.launcherText());
        if (launcher != null && launcher.length() > 60) {
            throw new FieldException("launcherText", "must be at most 60 characters");
        }
        int budget = change.sessionBudget() == null ? Plan.DEFAULT_SESSION_BUDGET : change.sessionBudget();
        if (budget < 1 || budget > Change.MAX_SESSION_BUDGET) {
            throw new FieldException("sessionBudget", "must be a number of sessions between 1 and " + Change.MAX_SESSION_BUDGET);
        }
        clinic.name = name;
        clinic.country = country;
        clinic.sessionBudget = budget;
        clinic.primaryOrientation = orientation;
        clinic.crisisResources = crisis;
        clinic.allowedOrigins = origins;
        clinic.accentColour = colour;
        clinic.launcherText = launcher;
        clinic.languageModel = change.languageModel();
        return clinic;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The clinic's own crisis resources for the locale, else the shipped ones for its country, in the client's language. */
    public CrisisResources crisisResources(Clinic clinic, String locale) {
        return crisisResources(clinic, locale, RiskPathway.SUICIDE);
    }

    /**
     * Where to get help with a pathway's danger: the clinic's own for {@code locale:PATHWAY}, else (for
     * every pathway but violence at home, which needs domestic-abuse help) its own for the locale, else
     * the shipped ones for its country, in the client's language.
     */
    public CrisisResources crisisResources(Clinic clinic, String locale, RiskPathway pathway) {
        if (clinic.crisisResources != null) {
            try {
                Map<String, CrisisResources> byKey = json.readValue(clinic.crisisResources, new TypeReference<Map<String, CrisisResources>>() { });
                if (byKey.containsKey(locale + ":" + pathway.name())) {
                    return byKey.get(locale + ":" + pathway.name());
                }
                if (pathway != RiskPathway.VIOLENCE_AT_HOME && byKey.containsKey(locale)) {
                    return byKey.get(locale);
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // a broken setting must never leave a client without help: the defaults stand in
                LOG.errorf("Clinic %s: its crisis resources cannot be read (%s); showing the defaults", clinic.id, e.getClass().getSimpleName());
            }
        }
        return pathway == RiskPathway.VIOLENCE_AT_HOME ? CrisisLines.violenceAtHome(clinic.country, locale) : CrisisLines.suicide(clinic.country, locale);
    }

    private static final java.util.regex.Pattern CRISIS_KEY = java.util.regex.Pattern.compile("[a-z]{2}(?::[A-Z_]+)?");

    private static boolean isPathway(String name) {
        return java.util.Arrays.stream(RiskPathway.values()).anyMatch(p -> p.name().equals(name));
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
