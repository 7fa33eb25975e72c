package org.mosaicintake.plugins;

import java.nio.file.Path;
import java.util.List;
import org.mosaicintake.api.MosaicApi;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;

/**
 * PF4J set up for Mosaic: plugin jars only, described by their manifest, checked against the api
 * version, and loaded by class loaders whose parent is the thread context class loader (Quarkus's
 * application class loader in dev, test and production mode alike), so that plugins and host share
 * one copy of the api classes.
 */
final class MosaicPluginManager extends DefaultPluginManager {

    private final ClassLoader parent;

    MosaicPluginManager(Path pluginsRoot, ClassLoader parent) {
        super(List.of(pluginsRoot));
        this.parent = parent;
        setSystemVersion(MosaicApi.VERSION);
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new ManifestPluginDescriptorFinder();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new PluginClassLoader(pluginManager, descriptor, MosaicPluginManager.this.parent);
            }
        };
    }
}
