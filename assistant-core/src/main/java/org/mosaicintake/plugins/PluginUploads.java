package org.mosaicintake.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mosaicintake.audit.AuditTrail;

/**
 * A plugin jar uploaded by a superadmin (console or {@code POST /api/v1/admin/plugins}), in this
 * order: read and validated from the zip with no class of it loaded ({@link PluginJar}); trusted
 * ({@link PluginTrust}: signed by a trusted certificate, or allow-listed); checked against what is
 * installed (replacing a plugin the operator placed, such as a bundled one, or installing an older
 * version needs an explicit force); recorded in the audit trail; only then installed and started
 * ({@link PluginDistribution#install}), without a restart, on every instance.
 */
@ApplicationScoped
public class PluginUploads {

    private static final Logger LOG = Logger.getLogger(PluginUploads.class);

    private final PluginHost host;
    private final PluginDistribution distribution;
    private final PluginTrust trust;
    private final AuditTrail audit;

    public PluginUploads(PluginHost host, PluginDistribution distribution, PluginTrust trust, AuditTrail audit) {
        this.host = host;
        this.distribution = distribution;
        this.trust = trust;
        this.audit = audit;
    }

    /**
     * @param force  replace a plugin the operator placed, or install an older version than the one installed
     * @param actor  the superadmin, for the audit trail
     * @param remote the caller's address, for the audit trail
     * @return the plugin's status after loading; STARTED, or FAILED with the reason (then nothing changed)
     * @throws PluginRefusedException when the jar is invalid, untrusted, or needs a force it was not given
     */
    public PluginStatus install(Path file, boolean force, String actor, String remote) {
        PluginJar jar;
        try {
            jar = host.read(file);
        } catch (IllegalArgumentException e) {
            throw new PluginRefusedException(400, "jar", e.getMessage());
        }
        String trustedBecause = trust.vouch(jar).orElseThrow(() -> new PluginRefusedException(403, "jar", untrusted(jar)));
        Optional<PluginStatus> installed = host.plugin(jar.id());
        if (installed.isPresent() && !force) {
            if (!distribution.wasUploaded(jar.id())) {
                throw new PluginRefusedException(409, "force", "plugin '" + jar.id() + "' was placed in the plugins directory by the operator"
                        + " (a bundled plugin, for example); replacing it with an upload needs force=true");
            }
            Optional<String> current = installed.get().version();
            if (current.isPresent() && jar.olderThan(current.get())) {
                throw new PluginRefusedException(409, "force", "plugin '" + jar.id() + "' " + current.get()
                        + " is installed; installing the older " + jar.version() + " needs force=true");
            }
        }
        audit.record(new AuditTrail.Entry(actor, "install_plugin", null,
                jar.id() + " " + jar.version() + " sha256:" + jar.sha256() + (force ? " force" : ""), remote));
        LOG.infof("Installing uploaded plugin '%s' %s, %s", jar.id(), jar.version(), trustedBecause);
        return distribution.install(jar, file);
    }

    private String untrusted(PluginJar jar) {
        String signed = jar.signers().isEmpty() ? "is not signed"
                : "is signed by " + String.join(", ", jar.signerNames()) + ", which is not in mosaic.plugins.trust-store";
        return signed + (trust.hasTrustStore() ? "" : " (no trust store is configured)")
                + ", and its SHA-256 " + jar.sha256() + " is not on the allow-list";
    }
}
