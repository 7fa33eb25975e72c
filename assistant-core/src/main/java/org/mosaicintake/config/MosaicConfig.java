package org.mosaicintake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Mosaic's own configuration, under the prefix {@code mosaic}.
 */
@ConfigMapping(prefix = "mosaic")
public interface MosaicConfig {

    /** Modality plugins. */
    Plugins plugins();

    interface Plugins {
        /**
         * Directory the plugin jars are loaded from at start-up. Relative paths are resolved against
         * the working directory; the default is {@code plugins} beside it, where the build places
         * the five bundled plugins.
         */
        @WithDefault("plugins")
        Path dir();
    }
}
