package org.mosaicintake.plugins;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.persistence.PluginAllowance;

/**
 * Whom an uploaded plugin jar is trusted on: a signature by a certificate in the configured trust
 * store ({@code mosaic.plugins.trust-store}), directly or through the chain the jar carries, or its
 * SHA-256 on the allow-list a superadmin keeps ({@link #allow}). Jars an operator places in the
 * plugins directory are trusted as placed and never pass through here.
 *
 * <p>Thread-safe: the trusted certificates are read once at start; the allow-list lives in the
 * database, so every instance sees the same.
 */
@ApplicationScoped
public class PluginTrust {

    private final List<X509Certificate> trusted;

    @Inject
    public PluginTrust(MosaicConfig config) {
        this(config.plugins().trustStore().map(store -> load(store, config.plugins().trustStorePassword().orElse(null)))
                .orElse(List.of()));
    }

    /** Trusting these certificates (tests, and operators' tools). */
    public PluginTrust(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Why this jar is trusted ("signed by CN=…", "allow-listed by …"), or empty when it is not. */
    public Optional<String> vouch(PluginJar jar) {
        Optional<String> signed = signedBy(jar);
        if (signed.isPresent()) {
            return signed;
        }
        PluginAllowance allowance = QuarkusTransaction.requiringNew().call(() -> PluginAllowance.<PluginAllowance>findById(jar.sha256()));
        return Optional.ofNullable(allowance).map(a -> "its SHA-256 allow-listed by " + a.addedBy + " on " + a.addedAt);
    }

    /** The first signer whose chain leads, signature by signature, to a trusted certificate. */
    public Optional<String> signedBy(PluginJar jar) {
        Date now = new Date();
        for (List<X509Certificate> chain : jar.signers()) {
            if (leadsToTrusted(chain, now)) {
                return Optional.of("signed by " + chain.get(0).getSubjectX500Principal().getName());
            }
        }
        return Optional.empty();
    }

    /** Whether any certificate is trusted at all: without one, only allow-listed jars can be uploaded. */
    public boolean hasTrustStore() {
        return !trusted.isEmpty();
    }

    private boolean leadsToTrusted(List<X509Certificate> chain, Date now) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate cert = chain.get(i);
            try {
                cert.checkValidity(now);
                if (i > 0) {
                    if (cert.getBasicConstraints() < 0) {
                        return false; // a certificate that signed another must be a CA
                    }
                    chain.get(i - 1).verify(cert.getPublicKey());
                }
            } catch (GeneralSecurityException e) {
                return false;
            }
            if (trusted.contains(cert)) {
                return true;
            }
            X509Certificate issuer = trusted.stream()
                    .filter(t -> t.getSubjectX500Principal().equals(cert.getIssuerX500Principal())).findFirst().orElse(null);
            if (issuer != null && i == chain.size() - 1) {
                try {
                    issuer.checkValidity(now);
                    cert.verify(issuer.getPublicKey());
                    return true;
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Adds a jar's SHA-256 to the allow-list, before it is uploaded, and returns its entry. Idempotent: an entry made earlier stays as it was. */
    public PluginAllowance allow(String sha256, String actor, String note) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PluginAllowance existing = PluginAllowance.findById(sha256);
            if (existing != null) {
                return existing;
            }
            PluginAllowance a = new PluginAllowance();
            a.sha256 = sha256;
            a.addedBy = actor;
            a.addedAt = Instant.now();
            a.note = note;
            a.persist();
            return a;
        });
    }

    /** Removes a jar's SHA-256 from the allow-list; false when it was not there. */
    public boolean disallow(String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> PluginAllowance.deleteById(sha256));
    }

    public List<PluginAllowance> allowed() {
        return QuarkusTransaction.requiringNew().call(() -> PluginAllowance.<PluginAllowance>listAll());
    }

    /**
     * Every certificate in a key store (trusted entries, and the chains of key entries).
     *
     * @throws IllegalStateException naming the setting when the store cannot be read
     */
    static List<X509Certificate> load(Path store, String password) {
        try {
            if (!Files.isReadable(store)) {
                throw new IOException("no readable file");
            }
            KeyStore keys = KeyStore.getInstance(store.toFile(), password == null ? null : password.toCharArray());
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(keys.aliases())) {
                Certificate cert = keys.getCertificate(alias);
                if (cert instanceof X509Certificate x) {
                    certs.add(x);
                }
            }
            if (certs.isEmpty()) {
                throw new IOException("it holds no certificate");
            }
            return certs;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("mosaic.plugins.trust-store " + store + " cannot be read: " + e.getMessage(), e);
        }
    }
}
