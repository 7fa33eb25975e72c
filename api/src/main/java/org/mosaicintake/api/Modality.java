package org.mosaicintake.api;

import static org.mosaicintake.api.internal.Checks.SLUG;
import static org.mosaicintake.api.internal.Checks.ensureMatches;
import static org.mosaicintake.api.internal.Checks.ensureNotBlank;

import java.util.Objects;

/**
 * A school of therapy that a plugin contributes, such as CBT or psychodynamic therapy.
 *
 * <p>Immutable and thread-safe; validated when constructed. The {@code id} is the namespace of
 * the modality's technique ids ({@code cbt} owns {@code cbt.interoceptive-exposure}) and the value
 * clinics use for a primary orientation.
 *
 * @since 1.0
 */
public final class Modality {

    private final String id;
    private final String displayName;
    private final String theorySummary;
    private final String version;

    /**
     * @param id            lower-case slug, e.g. {@code cbt}
     * @param displayName   name shown to clinicians, e.g. "Cognitive behavioural therapy"
     * @param theorySummary a few sentences on how this school understands difficulties and change
     * @param version       version of the modality content (usually the plugin version)
     * @throws IllegalArgumentException naming the field, when a value is missing or malformed
     */
    public Modality(String id, String displayName, String theorySummary, String version) {
        this.id = ensureMatches(id, SLUG, "modality.id");
        this.displayName = ensureNotBlank(displayName, "modality.displayName");
        this.theorySummary = ensureNotBlank(theorySummary, "modality.theorySummary");
        this.version = ensureNotBlank(version, "modality.version");
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String theorySummary() {
        return theorySummary;
    }

    public String version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Modality other && id.equals(other.id) && displayName.equals(other.displayName)
                && theorySummary.equals(other.theorySummary) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, displayName, theorySummary, version);
    }

    @Override
    public String toString() {
        return "Modality{" + id + " " + version + "}";
    }
}
