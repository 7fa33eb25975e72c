package org.mosaicintake.risk;

import java.util.List;

/**
 * The help a clinic shows for one locale: resources, the emergency number, and a one-line summary
 * used inside messages ("call 988 or ..."). Clinics may configure their own per locale; {@link CrisisLines}
 * gives the shipped ones, by the clinic's country, otherwise. Immutable; validated on construction.
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
}
