package org.mosaicintake.plugins;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.mosaicintake.persistence.PluginUpload;
import org.mosaicintake.persistence.PluginUploadChunk;

/**
 * Uploaded plugins on every instance: a jar installed by an admin on one instance is kept in the
 * database ({@link #publish}), and every instance installs, at start and then every few seconds, each
 * uploaded jar it does not have yet ({@link #sync}), read and validated from its zip as an upload is
 * ({@link PluginHost#read}); whether it is trusted was decided where it was uploaded. Per-clinic
 * switches already live in the database. Thread-safe.
 */
@ApplicationScoped
public class PluginDistribution {

    private static final Logger LOG = Logger.getLogger(PluginDistribution.class);

    private final PluginHost host;
    /** The jar (SHA-256) of each uploaded plugin this instance has installed, or tried to. */
    private final Map<String, String> installed = new ConcurrentHashMap<>();

    public PluginDistribution(PluginHost host) {
        this.host = host;
    }

    /**
     * Installs an uploaded jar, already read and checked, here ({@link PluginHost#install}) and, when
     * it started, keeps it for the other instances.
     */
    public PluginStatus install(PluginJar jar, Path file) {
        PluginStatus status = host.install(jar, file);
        if (status.state() == PluginState.STARTED) {
            publish(file, status);
        }
        return status;
    }

    /** Keeps a jar just installed here (started) for the other instances; replaces the plugin's earlier upload. */
    void publish(Path jar, PluginStatus status) {
        byte[] bytes = read(jar);
        String sha = PluginJar.sha256(bytes);
        String text = Base64.getEncoder().encodeToString(bytes);
        QuarkusTransaction.requiringNew().run(() -> {
            PluginUploadChunk.delete("key.pluginId", status.id());
            PluginUpload upload = PluginUpload.findById(status.id());
            if (upload == null) {
                upload = new PluginUpload();
                upload.pluginId = status.id();
            }
            upload.version = status.version().orElse("?");
            upload.sha256 = sha;
            upload.uploadedAt = Instant.now();
            upload.persist();
            for (int seq = 0, at = 0; at < text.length(); seq++, at += PluginUploadChunk.SIZE) {
                PluginUploadChunk chunk = new PluginUploadChunk();
                chunk.key = new PluginUploadChunk.Key(status.id(), seq);
                chunk.data = text.substring(at, Math.min(text.length(), at + PluginUploadChunk.SIZE));
                chunk.persist();
            }
        });
        installed.put(status.id(), sha);
    }

    /** Whether this plugin's jar came through an upload (rather than being placed by the operator). */
    public boolean wasUploaded(String pluginId) {
        return QuarkusTransaction.requiringNew().call(() -> PluginUpload.findById(pluginId) != null);
    }

    void onStart(@Observes StartupEvent event) {
        sync();
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        sync();
    }

    /**
     * Installs every uploaded jar this instance does not have yet.
     *
     * @return how many it installed (or tried to)
     */
    public int sync() {
        List<PluginUpload> uploads = QuarkusTransaction.requiringNew().call(() -> PluginUpload.<PluginUpload>listAll());
        int count = 0;
        for (PluginUpload upload : uploads) {
            if (upload.sha256.equals(installed.get(upload.pluginId))) {
                continue;
            }
            String text = QuarkusTransaction.requiringNew().call(() -> {
                StringBuilder all = new StringBuilder();
                PluginUploadChunk.of(upload.pluginId).forEach(c -> all.append(c.data));
                return all.toString();
            });
            byte[] bytes = Base64.getDecoder().decode(text);
            if (!PluginJar.sha256(bytes).equals(upload.sha256)) {
                continue; // being replaced at this moment: the next sync takes the new one
            }
            installed.put(upload.pluginId, upload.sha256);
            count++;
            Path jar = null;
            try {
                jar = Files.createTempFile("mosaic-plugin-", ".jar");
                Files.write(jar, bytes);
                PluginStatus status = host.install(host.read(jar), jar);
                LOG.infof("Plugin '%s' %s from another instance's upload: %s", upload.pluginId, upload.version, status.state());
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Plugin '%s' %s from another instance's upload could not be installed (%s)", upload.pluginId, upload.version,
                        e.getClass().getSimpleName());
            } finally {
                if (jar != null) {
                    jar.toFile().delete();
                }
            }
        }
        return count;
    }

    private static byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
