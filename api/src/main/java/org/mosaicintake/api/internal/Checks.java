package org.mosaicintake.api.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks for the api's value types. Each returns its argument so that it can be
 * used inline in a constructor, and each message names the field it checks.
 *
 * <p>Not part of the plugin contract: this package may change in any release.
 */
public final class Checks {

    /** A lower-case identifier: letters, digits and hyphens, starting with a letter. */
    public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*");

    private Checks() {
    }

    public static <T> T ensureNotNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' must not be null");
        }
        return value;
    }

    public static String ensureNotBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must not be blank");
        }
        return value.strip();
    }

    public static String ensureMatches(String value, Pattern pattern, String field) {
        ensureNotBlank(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + field + "' must match " + pattern.pattern() + " but was '" + value + "'");
        }
        return value;
    }

    public static int ensureBetween(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("'" + field + "' must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }

    /** An unmodifiable copy that keeps the order given; null means empty; null elements are refused. */
    public static <T> List<T> copyOf(Collection<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException("'" + field + "[" + i + "]' must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy that keeps the first-seen order; null means empty; null elements are refused. */
    public static <T> Set<T> copyOfSet(Collection<? extends T> values, String field) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(copyOf(values, field)));
    }

}
