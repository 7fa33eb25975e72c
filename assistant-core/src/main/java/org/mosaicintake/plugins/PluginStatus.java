package org.mosaicintake.plugins;

import java.nio.file.Path;
import java.util.Optional;
import org.mosaicintake.api.ModalityCatalog;

/**
 * One plugin as the host sees it: where it came from, its state, and its catalog when started.
 *
 * @param id      the plugin id, or the jar's file name when its manifest could not be read
 * @param version the plugin version, empty when unknown
 * @param source  the jar it was loaded from
 * @param state   what became of it
 * @param reason  why it failed or is disabled; empty when started
 * @param catalog its catalog; present exactly when started
 */
public record PluginStatus(String id, Optional<String> version, Path source, PluginState state,
                           Optional<String> reason, Optional<ModalityCatalog> catalog) {

    static PluginStatus started(String id, String version, Path source, ModalityCatalog catalog) {
        return new PluginStatus(id, Optional.of(version), source, PluginState.STARTED, Optional.empty(), Optional.of(catalog));
    }

    static PluginStatus disabled(String id, String version, Path source, String reason) {
        return new PluginStatus(id, Optional.of(version), source, PluginState.DISABLED, Optional.of(reason), Optional.empty());
    }

    static PluginStatus failed(String id, String version, Path source, String reason) {
        return new PluginStatus(id, Optional.ofNullable(version), source, PluginState.FAILED, Optional.of(reason), Optional.empty());
    }
}
