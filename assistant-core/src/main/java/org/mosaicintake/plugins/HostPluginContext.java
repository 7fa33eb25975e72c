package org.mosaicintake.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.MosaicApi;
import org.mosaicintake.api.PluginContext;
import org.mosaicintake.plugins.catalog.CatalogReader;
import org.pf4j.PluginClassLoader;

/**
 * The {@link PluginContext} the host hands one plugin. Resources are looked up in the plugin's own
 * jar only, never in the host's class path, so a missing catalog is reported as missing.
 */
record HostPluginContext(String pluginId, String pluginVersion, PluginClassLoader classLoader, CatalogReader reader)
        implements PluginContext {

    @Override
    public String apiVersion() {
        return MosaicApi.VERSION;
    }

    @Override
    public ModalityCatalog loadCatalog(String resourceName) {
        String name = resourceName == null ? "" : resourceName.replaceFirst("^/", "");
        URL url = name.isBlank() ? null : classLoader.findResource(name);
        if (url == null) {
            throw new CatalogException(String.valueOf(resourceName), List.of("no such resource in the plugin jar"));
        }
        try (InputStream in = url.openStream()) {
            return reader.read(name, in, pluginVersion);
        } catch (IOException e) {
            throw new CatalogException(name, List.of("cannot be read: " + e.getMessage()));
        }
    }
}
