package org.mosaicintake.risk;

import java.util.List;

/**
 * The help a clinic shows for one locale: resources, the emergency number, and a one-line summary
 * used inside messages ("call 988 or ..."). Clinics may configure their own per locale; {@link #defaults}
 * are used otherwise. Immutable; validated on construction.
 */
public record CrisisResources(List<CrisisResource> resources, String emergency, String helpLine) {

    public CrisisResources {
        if (resources == null || resources.isEmpty()) {
            throw new IllegalArgumentException("resources must name at least one place to get help");
        }
        if (emergency == null || emergency.isBlank()) {
            throw new IllegalArgumentException("emergency must not be blank");
        }
        if (helpLine == null || helpLine.isBlank()) {
            throw new IllegalArgumentException("helpLine must not be blank");
        }
        resources = List.copyOf(resources);
    }

    public static CrisisResources defaults(String locale) {
        if ("es".equals(locale)) {
            return new CrisisResources(List.of(
                    new CrisisResource("Línea 024 de atención a la conducta suicida (España)", "024", null, "https://www.sanidad.gob.es/linea024/", "24 horas"),
                    new CrisisResource("Teléfono de la Esperanza (España)", "717 003 717", null, "https://telefonodelaesperanza.org", "24 horas")),
                    "112", "la Línea 024 (España)");
        }
        return new CrisisResources(List.of(
                new CrisisResource("988 Suicide & Crisis Lifeline (US)", "988", "988", "https://988lifeline.org", "24/7"),
                new CrisisResource("Samaritans (UK and Ireland)", "116 123", null, "https://www.samaritans.org", "24/7")),
                "911 (US), 999 (UK), 112 (EU)", "988 (US, call or text) or Samaritans on 116 123 (UK and Ireland)");
    }
}
