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
