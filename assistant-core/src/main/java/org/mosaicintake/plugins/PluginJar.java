package org.mosaicintake.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.ModalityProvider;
import org.mosaicintake.api.MosaicApi;
import org.mosaicintake.plugins.catalog.CatalogReader;
import org.pf4j.DefaultVersionManager;

/**
 * What an uploaded plugin jar says about itself, read from the zip alone, before any of its classes
 * can be loaded: its manifest (id, semantic version, the api range it requires), its catalog
 * ({@value ModalityProvider#CATALOG_RESOURCE}, read and validated as the host would), its SHA-256,
 * and the certificate chains that signed every entry of it (verified against the entries' digests;
 * a jar changed after signing is refused).
 *
 * @param signers one certificate chain (signer first) per signer that signed all of the jar's
 *                entries; empty when the jar is unsigned or only partly signed
 */
public record PluginJar(String id, String version, String sha256, ModalityCatalog catalog, List<List<X509Certificate>> signers) {

    private static final DefaultVersionManager VERSIONS = new DefaultVersionManager();

    public PluginJar {
        signers = List.copyOf(signers);
    }

    /**
     * Reads and checks a jar.
     *
     * @param maxSize largest accepted size in bytes
     * @throws IllegalArgumentException saying what is wrong with the jar, in words an admin can act on
     */
    public static PluginJar read(Path file, long maxSize, CatalogReader catalogs) {
        byte[] bytes;
        try {
            if (Files.size(file) > maxSize) {
                throw new IllegalArgumentException("is larger than " + Math.max(1, maxSize / (1024 * 1024)) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read");
        }
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Manifest manifest = jar.getManifest();
            String id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Version");
            if (id == null || version == null || !id.matches("[A-Za-z0-9._-]{1,64}") || !version.matches("[A-Za-z0-9._+-]{1,40}")) {
                throw new IllegalArgumentException("is not a Mosaic plugin: its manifest needs a Plugin-Id and a Plugin-Version");
            }
            if (!version.matches("\\d+\\.\\d+\\.\\d+([-+][A-Za-z0-9.+-]*)?")) {
                throw new IllegalArgumentException("Plugin-Version '" + version + "' is not a semantic version (such as 1.2.0)");
            }
            String requires = manifest.getMainAttributes().getValue("Plugin-Requires");
            if (requires != null && !requires.isBlank() && !requires.trim().equals("*")) {
                boolean satisfied;
                try {
                    satisfied = VERSIONS.checkVersionConstraint(MosaicApi.VERSION, requires.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Plugin-Requires '" + requires + "' is not a version range");
                }
                if (!satisfied) {
                    throw new IllegalArgumentException("requires Mosaic api '" + requires + "' but this host provides " + MosaicApi.VERSION);
                }
            }
            List<List<X509Certificate>> signers = signersOfEveryEntry(jar);
            JarEntry catalogEntry = jar.getJarEntry(ModalityProvider.CATALOG_RESOURCE);
            if (catalogEntry == null) {
                throw new IllegalArgumentException("an uploaded plugin carries its catalog in " + ModalityProvider.CATALOG_RESOURCE
                        + " at the root of the jar, and this one has none");
            }
            ModalityCatalog catalog;
            try (InputStream in = jar.getInputStream(catalogEntry)) {
                catalog = catalogs.read(ModalityProvider.CATALOG_RESOURCE, in, version);
            } catch (CatalogException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            return new PluginJar(id, version, sha256(bytes), catalog, signers);
        } catch (SecurityException e) {
            throw new IllegalArgumentException("its signature does not match its contents (changed after signing?)");
        } catch (IOException e) {
            throw new IllegalArgumentException("is not a jar file");
        }
    }

    /** Whether this version is older than {@code other} (semantic versions). */
    public boolean olderThan(String other) {
        try {
            return VERSIONS.compareVersions(version, other) < 0;
        } catch (RuntimeException e) {
            return false; // the installed one is not a semantic version: nothing to compare
        }
    }

    /** The subject of each signer's own certificate, for messages and the audit trail. */
    public List<String> signerNames() {
        return signers.stream().map(chain -> chain.get(0).getSubjectX500Principal().getName()).toList();
    }

    /**
     * The signers (by their certificate chain) that signed every entry. Reading each entry to its end
     * is what makes {@link JarFile} check it against the signature; a mismatch throws
     * {@link SecurityException}.
     */
    private static List<List<X509Certificate>> signersOfEveryEntry(JarFile jar) throws IOException {
        Map<X509Certificate, List<X509Certificate>> common = null;
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            Map<X509Certificate, List<X509Certificate>> these = new LinkedHashMap<>();
            CodeSigner[] signers = entry.getCodeSigners();
            for (int i = 0; signers != null && i < signers.length; i++) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : signers[i].getSignerCertPath().getCertificates()) {
                    if (c instanceof X509Certificate x) {
                        chain.add(x);
                    }
                }
                if (!chain.isEmpty()) {
                    these.put(chain.get(0), List.copyOf(chain));
                }
            }
            if (common == null) {
                common = these;
            } else {
                common.keySet().retainAll(these.keySet());
            }
            if (common.isEmpty()) {
                return List.of();
            }
        }
        return common == null ? List.of() : List.copyOf(common.values());
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
