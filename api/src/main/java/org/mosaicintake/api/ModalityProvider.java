package org.mosaicintake.api;

import org.pf4j.ExtensionPoint;

/**
 * The extension point of a modality plugin: it describes one school of therapy, its techniques,
 * its lens and the intake steps it adds.
 *
 * <p>A plugin jar contributes exactly one implementation, annotated with {@code @org.pf4j.Extension}.
 * Most plugins keep their catalog in {@value #CATALOG_RESOURCE} at the root of the jar and need no
 * code beyond the class itself:
 *
 * <pre>{@code
 * @Extension
 * public class AcceptanceModality implements ModalityProvider {
 * }
 * }</pre>
 *
 * <p>A plugin may override {@link #catalog(PluginContext)} to read another resource or to build its
 * catalog in code with the api's builders.
 *
 * <p>Lifecycle: the host instantiates the extension once when the plugin starts and calls
 * {@link #catalog(PluginContext)} once, then keeps the returned immutable catalog; an admin reload
 * repeats this with a fresh instance. Threading: called from one host thread at a time; the
 * returned catalog is shared between all request threads, which is why it is immutable.
 * Failures: anything thrown here marks this plugin FAILED with the message as its reason; other
 * plugins and the service are unaffected.
 *
 * @since 1.0
 */
public interface ModalityProvider extends ExtensionPoint {

    /** The resource the default {@link #catalog(PluginContext)} reads from the plugin jar. */
    String CATALOG_RESOURCE = "catalog.json";

    /**
     * Describes this plugin's modality. The default reads {@value #CATALOG_RESOURCE} from the
     * plugin jar through {@link PluginContext#loadCatalog(String)}.
     *
     * @param context what the host offers this plugin
     * @return the modality's catalog, never null
     * @throws CatalogException when the catalog is missing or invalid
     */
    default ModalityCatalog catalog(PluginContext context) {
        return context.loadCatalog(CATALOG_RESOURCE);
    }
}
