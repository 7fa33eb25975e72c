package org.mosaicintake.plugins;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.ModalityProvider;
import org.mosaicintake.api.MosaicApi;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.plugins.catalog.CatalogReader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Loads the modality plugins from {@code mosaic.plugins.dir} with PF4J and keeps what each one
 * contributes. Failures are isolated per plugin: a jar with a bad manifest, a plugin whose
 * {@code Plugin-Requires} the api version does not satisfy, a plugin that throws while starting or
 * while describing its catalog, and an invalid catalog each set that plugin FAILED with its id and
 * the reason, and the service serves the others.
 *
 * <p>Plugin classes never become CDI beans; plugins receive a {@link HostPluginContext}.
 * Thread-safe: {@link #load()} builds a new immutable snapshot and publishes it at once.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class);

    private final Path dir;
    private final long maxPluginSize;
    private final CatalogReader catalogReader;

    private volatile Snapshot snapshot = new Snapshot(null, List.of());

    @Inject
    public PluginHost(MosaicConfig config, CatalogReader catalogReader) {
        this(config.plugins().dir(), config.console().maxPluginSize().asLongValue(), catalogReader);
    }

    /**
     * A host over one plugins directory, outside CDI too (tests give it a temporary directory).
     *
     * @param dir           where the plugin jars are; created by the first install if missing
     * @param maxPluginSize largest jar {@link #read} accepts, in bytes
     */
    public PluginHost(Path dir, long maxPluginSize, CatalogReader catalogReader) {
        this.dir = dir.toAbsolutePath().normalize();
        this.maxPluginSize = maxPluginSize;
        this.catalogReader = catalogReader;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    /** Every plugin jar found at the last load, by id. */
    public List<PluginStatus> plugins() {
        return snapshot.plugins();
    }

    public Optional<PluginStatus> plugin(String id) {
        return snapshot.plugins().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Catalogs of the started plugins, ordered by modality id. */
    public List<ModalityCatalog> catalogs() {
        return snapshot.plugins().stream().flatMap(p -> p.catalog().stream())
                .sorted(Comparator.comparing(c -> c.modality().id())).toList();
    }

    /**
     * (Re)loads every jar in the plugins directory and replaces what was loaded before.
     * Synchronized so that two reloads never interleave; readers see either snapshot whole.
     */
    public synchronized void load() {
        Snapshot previous = snapshot;
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        MosaicPluginManager manager = new MosaicPluginManager(dir, parent != null ? parent : PluginHost.class.getClassLoader());
        List<PluginStatus> statuses = new ArrayList<>();

        Map<String, Path> sources = new HashMap<>();
        for (Path jar : jars(dir)) {
            try {
                sources.put(manager.loadPlugin(jar), jar);
            } catch (Exception | LinkageError e) {
                statuses.add(fail(fileId(jar), null, jar, "cannot load the jar: " + message(e), e));
            }
        }
        manager.startPlugins();

        Map<String, String> modalityOwners = new HashMap<>();
        Map<String, String> stepOwners = new HashMap<>();
        for (PluginWrapper wrapper : new ArrayList<>(manager.getPlugins())) {
            String id = wrapper.getPluginId();
            String version = wrapper.getDescriptor().getVersion();
            Path source = sources.getOrDefault(id, wrapper.getPluginPath());
            PluginStatus status = describe(manager, wrapper, source);
            if (status.catalog().isPresent()) {
                String modality = status.catalog().get().modality().id();
                String owner = modalityOwners.putIfAbsent(modality, id);
                if (owner != null) {
                    status = fail(id, version, source, "modality '" + modality + "' is already provided by plugin '" + owner + "'", null);
                } else {
                    // a step id asked by two plugins would let one's answer overwrite the other's
                    for (org.mosaicintake.api.IntakeStep step : status.catalog().get().intakeSteps()) {
                        String stepOwner = stepOwners.get(step.id());
                        if (stepOwner != null) {
                            modalityOwners.remove(modality);
                            status = fail(id, version, source, "intake step '" + step.id() + "' is already asked by plugin '" + stepOwner
                                    + "': prefix your step ids with your plugin's id", null);
                            break;
                        }
                    }
                    if (status.state() != PluginState.FAILED) {
                        status.catalog().get().intakeSteps().forEach(step -> stepOwners.put(step.id(), id));
                    }
                }
            }
            if (status.state() == PluginState.FAILED) {
                unload(manager, id);
            } else {
                LOG.infof("Plugin '%s' %s: %d techniques", id, version, status.catalog().map(c -> c.techniques().size()).orElse(0));
            }
            statuses.add(status);
        }
        statuses.sort(Comparator.comparing(PluginStatus::id));
        snapshot = new Snapshot(manager, List.copyOf(statuses));
        if (previous.manager() != null) {
            // one by one: PF4J's stopPlugins() modifies the list it walks (ConcurrentModificationException)
            for (PluginWrapper old : new ArrayList<>(previous.manager().getPlugins())) {
                unload(previous.manager(), old.getPluginId());
            }
        }
        LOG.infof("Plugins loaded from %s: %d started, %d failed", dir,
                statuses.stream().filter(s -> s.state() == PluginState.STARTED).count(),
                statuses.stream().filter(s -> s.state() == PluginState.FAILED).count());
    }

    /**
     * Reads and checks a plugin jar from its zip alone, no class of it loaded ({@link PluginJar}), with
     * this host's size limit and catalog reader.
     *
     * @throws IllegalArgumentException saying what is wrong with the jar
     */
    public PluginJar read(Path file) {
        return PluginJar.read(file, maxPluginSize, catalogReader);
    }

    /**
     * Installs a plugin jar already read and checked ({@link #read}) and loads it without a restart.
     * It replaces any jar of the same plugin id. If the new jar does not start, the directory is put
     * back as it was and the reason is returned in the status; the service keeps serving the plugins
     * it had.
     */
    public synchronized PluginStatus install(PluginJar jar, Path file) {
        String id = jar.id();
        String version = jar.version();
        Path target = dir.resolve(id + "-" + version + ".jar");
        Map<Path, Path> setAside = new HashMap<>();
        try {
            Files.createDirectories(dir);
            for (Path existing : jars(dir)) {
                if (id.equals(pluginIdOf(existing))) {
                    Path aside = Files.createTempFile(dir.getParent() == null ? dir : dir.getParent(), "replaced-plugin", ".jar.bak");
                    Files.move(existing, aside, StandardCopyOption.REPLACE_EXISTING);
                    setAside.put(existing, aside);
                }
            }
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            restore(setAside, target);
            throw new IllegalStateException("cannot write to the plugins directory " + dir, e);
        }
        load();
        PluginStatus status = plugin(id).orElse(PluginStatus.failed(id, version, target, "was not found after loading"));
        if (status.state() != PluginState.STARTED) {
            restore(setAside, target);
            load();
            return status;
        }
        setAside.values().forEach(aside -> aside.toFile().delete());
        LOG.infof("Plugin '%s' %s installed", id, version);
        return status;
    }

    private static void restore(Map<Path, Path> setAside, Path target) {
        try {
            Files.deleteIfExists(target);
            for (Map.Entry<Path, Path> e : setAside.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.errorf(e, "Could not put the plugins directory back after a failed install");
        }
    }

    private static String pluginIdOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            return null;
        }
    }

    private PluginStatus describe(PluginManager manager, PluginWrapper wrapper, Path source) {
        String id = wrapper.getPluginId();
        String version = wrapper.getDescriptor().getVersion();
        if (wrapper.getPluginState().isDisabled() && wrapper.getFailedException() != null) {
            return fail(id, version, source, "requires Mosaic api '" + wrapper.getDescriptor().getRequires()
                    + "' but this host provides " + MosaicApi.VERSION, null);
        }
        if (wrapper.getPluginState().isDisabled()) {
            return PluginStatus.disabled(id, version, source, "disabled in the plugins directory's disabled.txt or enabled.txt");
        }
        if (!wrapper.getPluginState().isStarted()) {
            Throwable cause = wrapper.getFailedException();
            return fail(id, version, source, "failed to start: " + (cause == null ? wrapper.getPluginState() : message(cause)), cause);
        }
        ClassLoader loader = wrapper.getPluginClassLoader();
        List<ModalityProvider> providers;
        try {
            providers = manager.getExtensions(ModalityProvider.class, id);
        } catch (Exception | LinkageError e) {
            return fail(id, version, source, "its ModalityProvider could not be created: " + message(e), e);
        }
        if (providers.size() != 1) {
            String hint = loader instanceof PluginClassLoader pcl
                    && pcl.findResource("org/mosaicintake/api/ModalityProvider.class") != null
                    ? " (the jar bundles its own copy of mosaic-api; declare that dependency 'provided')" : "";
            return fail(id, version, source, "expected exactly one ModalityProvider extension but found "
                    + providers.size() + hint, null);
        }
        HostPluginContext context = new HostPluginContext(id, version, (PluginClassLoader) loader, catalogReader);
        try {
            ModalityCatalog catalog = providers.get(0).catalog(context);
            if (catalog == null) {
                return fail(id, version, source, "its ModalityProvider returned no catalog", null);
            }
            return PluginStatus.started(id, version, source, catalog);
        } catch (CatalogException e) {
            return fail(id, version, source, e.getMessage(), null);
        } catch (Exception | LinkageError e) {
            return fail(id, version, source, "its ModalityProvider threw " + message(e), e);
        }
    }

    private static PluginStatus fail(String id, String version, Path source, String reason, Throwable cause) {
        if (cause != null) {
            LOG.warnf(cause, "Plugin '%s' FAILED: %s", id, reason);
        } else {
            LOG.warnf("Plugin '%s' FAILED: %s", id, reason);
        }
        return PluginStatus.failed(id, version, source, reason);
    }

    private static void unload(PluginManager manager, String id) {
        try {
            manager.stopPlugin(id);
        } catch (Exception e) {
            LOG.debugf(e, "Stopping failed plugin '%s'", id);
        }
        try {
            manager.unloadPlugin(id);
        } catch (Exception e) {
            LOG.debugf(e, "Unloading failed plugin '%s'", id);
        }
    }

    private static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Plugins directory %s does not exist: no modality plugins", dir);
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list plugins directory %s", dir);
            return List.of();
        }
    }

    private static String fileId(Path jar) {
        return jar.getFileName().toString().replaceFirst("\\.jar$", "");
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.replace('\n', ' ');
    }

    private record Snapshot(MosaicPluginManager manager, List<PluginStatus> plugins) {
    }
}
