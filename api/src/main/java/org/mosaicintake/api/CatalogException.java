package org.mosaicintake.api;

import java.util.List;

/**
 * A catalog could not be read or is invalid. Carries every violation found, each naming the field
 * path ({@code techniques[3].clientDescription: must not be blank}).
 *
 * <p>Thrown by {@link PluginContext#loadCatalog(String)}. A plugin normally lets it propagate: the
 * host then marks that plugin FAILED with the violations as its reason and keeps serving the others.
 *
 * @since 1.0
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    /**
     * @param resource   the catalog resource that was read
     * @param violations the problems found, each "path: message"
     */
    public CatalogException(String resource, List<String> violations) {
        super("Invalid catalog '" + resource + "': " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    /** The problems found, each "path: message", in a stable order. */
    public List<String> violations() {
        return violations;
    }
}
