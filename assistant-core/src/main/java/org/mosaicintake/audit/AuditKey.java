package org.mosaicintake.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.config.SecretKeyFile;

/**
 * The key that chains the audit trail (HMAC-SHA256), kept outside the database: {@code
 * mosaic.audit.key} (environment {@code MOSAIC_AUDIT_KEY}). With the embedded H2 database and no key,
 * one is generated at first start into {@code mosaic.audit.key-file} (readable by the owner only) with
 * a warning, so that the README's run command keeps working; on PostgreSQL a missing key stops
 * start-up with a clear message. Thread-safe.
 */
@ApplicationScoped
public class AuditKey {

    private static final Logger LOG = Logger.getLogger(AuditKey.class);
    static final int MIN_LENGTH = 32;

    private final byte[] key;

    AuditKey(MosaicConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.key = load(config.audit().key().orElse(null), config.audit().keyFile(), databaseKind).getBytes(StandardCharsets.UTF_8);
    }

    /** Created at start-up, so that a missing or short key stops the service before anything is recorded. */
    void onStart(@Observes StartupEvent event) {
        LOG.debugf("audit key ready (%d bytes)", key.length);
    }

    /** The HMAC-SHA256 of the text under the key, in lower-case hex. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static String load(String configured, Path keyFile, String databaseKind) {
        return new SecretKeyFile("mosaic.audit.key", "MOSAIC_AUDIT_KEY").load(configured, keyFile, databaseKind, MIN_LENGTH);
    }
}
