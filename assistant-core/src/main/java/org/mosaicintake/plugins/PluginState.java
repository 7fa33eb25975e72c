package org.mosaicintake.plugins;

/** What became of a plugin jar found in the plugins directory. */
public enum PluginState {
    /** Loaded, started and its catalog valid: its techniques are in use. */
    STARTED,
    /** Could not be used; the reason says why. The service serves the other plugins. */
    FAILED,
    /** Switched off by configuration. */
    DISABLED
}
