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

    /** The client intake. */
    Intake intake();

    /** Risk detection. */
    Risk risk();

    interface Risk {
        /**
         * Longest wait for the embedding model's reading of a free-text answer, including a model
         * still loading just after start-up. Past it the answer counts as flagged (fail closed).
         */
        @WithDefault("PT2S")
        java.time.Duration timeout();
    }

    interface Intake {
        /** A client's token stops working after this long without a turn. */
        @WithDefault("PT2H")
        java.time.Duration tokenIdleTimeout();

        /** Longest free-text answer accepted, in characters. */
        @WithDefault("4000")
        int maxTextLength();

        /** PC-PTSD-5 total from which the screen is positive (3 by default; some services use 4). */
        @WithDefault("3")
        int ptsdCutoff();
    }

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
