package org.mosaicintake.formulation;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the client would like to work.
 *
 * @param style           preferred way of working
 * @param avoidModalities modality ids the client asked not to use, sorted
 */
public record Preferences(WorkingStyle style, Set<String> avoidModalities) {

    public static final Preferences NONE = new Preferences(WorkingStyle.NO_PREFERENCE, Set.of());

    public Preferences {
        Objects.requireNonNull(style, "'style' must not be null");
        avoidModalities = Collections.unmodifiableSet(new TreeSet<>(avoidModalities == null ? Set.of() : avoidModalities));
    }
}
