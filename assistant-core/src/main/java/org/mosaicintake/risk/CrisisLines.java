package org.mosaicintake.risk;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The crisis lines Mosaic ships, chosen by the clinic's country, never by the client's language: a
 * Spanish-speaking client of a US clinic needs US numbers, named in Spanish (clinical reference,
 * section 9). Clinics may configure their own instead. A country without defaults gets an
 * international directory of helplines and "your local emergency number", never nothing.
 */
public final class CrisisLines {

    /** ISO 3166 codes of the countries with shipped defaults. */
    public static final Set<String> COUNTRIES = Set.of("US", "GB", "IE", "ES");

    private CrisisLines() {
    }

    /** Whether a two-letter code is an ISO 3166 country. */
    public static boolean isCountry(String code) {
        return code != null && Set.of(Locale.getISOCountries()).contains(code);
    }

    /**
     * Where to get help with violence or abuse at home, in the client's language, and the emergency
     * number (clinical reference, section 9).
     *
     * @param country the clinic's ISO 3166 country code; null or unknown: the international fallback
     * @param locale  the client's language, {@code en} or {@code es}
     */
    public static CrisisResources violenceAtHome(String country, String locale) {
        boolean es = "es".equals(locale);
        CrisisResources suicide = suicide(country, locale);
        return switch (country == null ? "" : country) {
            case "US" -> new CrisisResources(List.of(new CrisisResource(es
                    ? "Línea Nacional sobre la Violencia Doméstica (se habla español; TTY 1-800-787-3224; envía START al 88788)"
                    : "National Domestic Violence Hotline (TTY 1-800-787-3224; text START to 88788)", "1-800-799-7233", "88788",
                    "https://www.thehotline.org", es ? "24 horas" : "24/7")), "911", es ? "la Línea Nacional sobre la Violencia Doméstica (1-800-799-7233)"
                    : "the National Domestic Violence Hotline (1-800-799-7233)");
            case "GB" -> new CrisisResources(List.of(
                    new CrisisResource(es ? "National Domestic Abuse Helpline (Inglaterra, para mujeres)" : "National Domestic Abuse Helpline (England, for women)",
                            "0808 2000 247", null, "https://www.nationaldahelpline.org.uk", es ? "24 horas" : "24/7"),
                    new CrisisResource(es ? "Men's Advice Line (para hombres)" : "Men's Advice Line (for men)", "0808 801 0327", null,
                            "https://mensadviceline.org.uk", null),
                    new CrisisResource(es ? "Scotland's Domestic Abuse and Forced Marriage Helpline (Escocia)"
                            : "Scotland's Domestic Abuse and Forced Marriage Helpline", "0800 027 1234", null, "https://sdafmh.org.uk",
                            es ? "24 horas" : "24/7")),
                    suicide.emergency(), es ? "la National Domestic Abuse Helpline (0808 2000 247)" : "the National Domestic Abuse Helpline (0808 2000 247)");
            case "IE" -> new CrisisResources(List.of(new CrisisResource("Women's Aid", "1800 341 900", null, "https://www.womensaid.ie",
                    es ? "24 horas" : "24/7")), suicide.emergency(), es ? "Women's Aid (1800 341 900)" : "Women's Aid (1800 341 900)");
            case "ES" -> new CrisisResources(List.of(new CrisisResource(es
                    ? "016, atención a víctimas de violencia contra las mujeres (gratuito, no es un número de emergencias; también WhatsApp"
                            + " 600 000 016; no deja rastro en la factura, pero borra la llamada del registro del teléfono)"
                    : "016, help for women facing violence (free; not an emergency line; also WhatsApp 600 000 016; it leaves no trace on"
                            + " the bill, but delete the call from the phone's log)", "016", null, "https://violenciagenero.igualdad.gob.es",
                    es ? "24 horas" : "24 hours")), "112", es ? "el 016" : "016");
            default -> suicide;
        };
    }

    /**
     * Where to get help now for a suicidal crisis, in the client's language.
     *
     * @param country the clinic's ISO 3166 country code; null or unknown: the international fallback
     * @param locale  the client's language, {@code en} or {@code es}
     */
    public static CrisisResources suicide(String country, String locale) {
        boolean es = "es".equals(locale);
        return switch (country == null ? "" : country) {
            case "US" -> es
                    ? new CrisisResources(List.of(new CrisisResource("Línea 988 de Prevención del Suicidio y Crisis (EE. UU.): marca 2 para español,"
                            + " o envía AYUDA por mensaje de texto al 988", "988", "988", "https://988lineadevida.org", "24 horas")),
                            "911", "el 988 (llama y marca 2, o envía AYUDA por mensaje al 988)")
                    : new CrisisResources(List.of(new CrisisResource("988 Suicide & Crisis Lifeline (call or text 988)", "988", "988",
                            "https://988lifeline.org", "24/7")), "911", "988 (call or text)");
            case "GB" -> new CrisisResources(List.of(
                    new CrisisResource("Samaritans", "116 123", null, "https://www.samaritans.org", es ? "24 horas" : "24/7"),
                    new CrisisResource(es ? "Shout (mensajes de texto)" : "Shout (text line)", null, "85258", "https://giveusashout.org",
                            es ? "24 horas" : "24/7")),
                    es ? "999 - si no puedes hablar, marca 999 y luego pulsa 55 en un móvil" : "999 - if you cannot speak, dial 999, then press 55 on a mobile",
                    es ? "Samaritans en el 116 123, o un mensaje con SHOUT al 85258" : "Samaritans on 116 123, or text SHOUT to 85258");
            case "IE" -> new CrisisResources(List.of(
                    new CrisisResource("Samaritans Ireland", "116 123", null, "https://www.samaritans.org/ireland", es ? "24 horas" : "24/7")),
                    es ? "112 o 999" : "112 or 999", es ? "Samaritans en el 116 123" : "Samaritans on 116 123");
            case "ES" -> new CrisisResources(List.of(
                    new CrisisResource(es ? "Línea 024 de atención a la conducta suicida (gratuita)" : "Línea 024, Spain's suicide crisis line (free)",
                            "024", null, "https://www.sanidad.gob.es/linea024/", es ? "24 horas" : "24 hours"),
                    new CrisisResource("Teléfono de la Esperanza", "717 003 717", null, "https://telefonodelaesperanza.org", es ? "24 horas" : "24 hours")),
                    "112", es ? "la Línea 024" : "Línea 024 (call 024)");
            default -> new CrisisResources(List.of(new CrisisResource(es ? "Find a Helpline: directorio internacional de líneas de ayuda"
                    : "Find a Helpline: international directory of crisis lines", null, null, "https://findahelpline.com", es ? "24 horas" : "24/7")),
                    es ? "tu número local de emergencias" : "your local emergency number",
                    es ? "una línea de crisis de tu país (findahelpline.com)" : "a crisis line in your country (findahelpline.com)");
        };
    }
}
