package org.mosaicintake.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Where a secret kept outside the database comes from (the audit trail's key, the master key):
 * configuration first; with the embedded H2 database and nothing configured, a file generated at
 * first start in the data directory (the directory owner-only, the file readable by its owner only)
 * with a warning, so that the README's run command keeps working; on any other database a missing
 * secret stops start-up with a message naming the environment variable to set.
 *
 * @param property    the configuration key, for messages
 * @param environment the environment variable, for messages
 */
public record SecretKeyFile(String property, String environment) {

    private static final Logger LOG = Logger.getLogger(SecretKeyFile.class);

    /**
     * The configured secret, stripped; else (H2 only) the one kept in {@code file}, generated from 32
     * random bytes (base64url) on first use.
     *
     * @throws IllegalStateException when the secret is required and missing, or shorter than {@code minLength}
     */
    public String load(String configured, Path file, String databaseKind, int minLength) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < minLength) {
                throw new IllegalStateException(property + " (" + environment + ") must be at least " + minLength + " characters");
            }
            return configured.strip();
        }
        if (!"h2".equals(databaseKind)) {
            throw new IllegalStateException(property + " (environment " + environment + ") is required with " + databaseKind
                    + ": the key must live outside the database (at least " + minLength + " random characters, e.g. "
                    + "`openssl rand -base64 32`)");
        }
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() < minLength) {
                    throw new IllegalStateException("the key file " + file + " holds fewer than " + minLength + " characters");
                }
                return stored;
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            ownerOnlyDirectory(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            setPermissions(file, "rw-------");
            LOG.warnf("No %s configured: generated one into %s (owner-only). Keep it with your backups but apart from the "
                    + "database; set %s in production.", property, file.toAbsolutePath(), environment);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the key file " + file, e);
        }
    }

    /** Creates the directory if need be and makes it accessible to its owner only (where the file system allows). */
    public static void ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        setPermissions(directory, "rwx------");
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection stands
        }
    }
}
