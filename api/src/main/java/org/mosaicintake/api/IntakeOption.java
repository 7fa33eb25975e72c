package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;

/**
 * One answer a client can pick at a choice or scale prompt: the stored value and the label shown.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class IntakeOption {

    private final String value;
    private final String label;

    /**
     * @param value the stored answer, e.g. {@code "1"} or {@code "yes"}
     * @param label what the client reads, e.g. "Several days"
     */
    public IntakeOption(String value, String label) {
        this.value = ensureNotBlank(value, "option.value");
        this.label = ensureNotBlank(label, "option.label");
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntakeOption other && value.equals(other.value) && label.equals(other.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public String toString() {
        return value + "=" + label;
    }
}
