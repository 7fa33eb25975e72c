package org.mosaicintake.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs test plugin jars the way docs/plugin-guide.md tells a clinic to: the JDK's {@code jarsigner}
 * with the clinic's own key. The keys in {@code src/test/resources/plugin-signing} were made for the
 * tests with {@code keytool} (EC P-256, valid until 2051) and sign nothing else:
 * {@code clinic-signer.p12} (its certificate is in {@code trusted-plugins.p12}) and
 * {@code stranger-signer.p12} (in no trust store).
 */
public final class TestPluginSigning {

    public static final Path DIR = Path.of("src/test/resources/plugin-signing");
    public static final Path TRUST_STORE = DIR.resolve("trusted-plugins.p12");
    public static final String TRUST_STORE_PASSWORD = "trust-test";

    private TestPluginSigning() {
    }

    /** A signed copy of {@code jar}, signed by the clinic's key (trusted). */
    public static Path signedByClinic(Path jar) {
        return sign(jar, "clinic-signer.p12", "clinic");
    }

    /** A signed copy of {@code jar}, signed by a key no trust store holds. */
    public static Path signedByStranger(Path jar) {
        return sign(jar, "stranger-signer.p12", "stranger");
    }

    /** The certificates of the test trust store. */
    public static List<X509Certificate> trusted() {
        return PluginTrust.load(TRUST_STORE, TRUST_STORE_PASSWORD);
    }

    private static Path sign(Path jar, String keystore, String alias) {
        try {
            Path copy = Files.createTempDirectory("signed").resolve(jar.getFileName());
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            Path tool = Path.of(System.getProperty("java.home"), "bin", "jarsigner");
            Process p = new ProcessBuilder(Files.isExecutable(tool) ? tool.toString() : "jarsigner",
                    "-keystore", DIR.resolve(keystore).toString(), "-storepass", "test-signing", copy.toString(), alias)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jarsigner failed: " + out);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
