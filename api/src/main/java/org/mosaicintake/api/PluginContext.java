package org.mosaicintake.api;

/**
 * What the host hands a plugin: facts about the plugin as installed and the host services a plugin
 * may use. Plugins get everything from here, never from the host's internals or its dependency
 * injection.
 *
 * <p>Lifecycle: the host creates one context per plugin when it loads the plugin and passes it to
 * {@link ModalityProvider#catalog(PluginContext)}; it is safe for a plugin to keep a reference.
 * Threading: implementations are immutable apart from the services they delegate to, and every
 * method may be called from any thread.
 *
 * @since 1.0
 */
public interface PluginContext {

    /** The plugin's id as in its manifest ({@code Plugin-Id}). */
    String pluginId();

    /** The plugin's version as in its manifest ({@code Plugin-Version}). */
    String pluginVersion();

    /** The version of the plugin contract the host implements, see {@link MosaicApi#VERSION}. */
    String apiVersion();

    /**
     * Reads a catalog kept as a JSON resource inside the plugin jar, validates it in full and
     * returns it. The format is described in the plugin guide ({@code docs/plugin-guide.md}).
     *
     * @param resourceName resource path inside the plugin jar, e.g. {@code "catalog.json"}
     * @return the validated catalog
     * @throws CatalogException listing every violation with its field path, or naming the
     *                          resource if it is missing or is not valid JSON
     */
    ModalityCatalog loadCatalog(String resourceName);
}
