package org.mosaicintake.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key as configured: 32 bytes of base64, known by an id, retired keys kept for unwrapping only. */
class MasterKeyTest {

    @TempDir
    Path dir;

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> new MasterKey("not base64 at all!", List.of())).hasMessageContaining("mosaic.crypto.master-key")
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> new MasterKey(Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new MasterKey(randomKey(), List.of("short"))).hasMessageContaining("mosaic.crypto.retired-master-keys");
    }

    @Test
    void the_id_follows_the_key_in_either_base64_alphabet_and_retired_keys_are_known_for_unwrapping() {
        String key = randomKey();
        String urlForm = Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(key));
        MasterKey first = new MasterKey(key, List.of());
        assertThat(new MasterKey(urlForm, List.of()).id()).isEqualTo(first.id()).startsWith("mk-");
        MasterKey next = new MasterKey(randomKey(), List.of(key));
        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(next.knows(first.id())).isTrue();
        assertThat(first.knows(next.id())).isFalse();
    }

    @Test
    void without_a_key_postgresql_stops_start_up_and_embedded_h2_generates_a_usable_owner_only_one() throws Exception {
        var secret = new org.mosaicintake.config.SecretKeyFile("mosaic.crypto.master-key", "MOSAIC_CRYPTO_MASTER_KEY");
        assertThatThrownBy(() -> secret.load(null, dir.resolve("master.key"), "postgresql", 43)).hasMessageContaining("MOSAIC_CRYPTO_MASTER_KEY");
        Path file = dir.resolve("data/master.key");
        String generated = secret.load(null, file, "h2", 43);
        assertThat(new MasterKey(generated, List.of()).id()).as("a valid master key").startsWith("mk-");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(secret.load(null, file, "h2", 43)).as("kept across restarts").isEqualTo(generated);
    }

    @Test
    void the_embedded_database_directory_and_files_become_owner_only() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("mosaic.mv.db"), "x");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        KeyMaintenance.protectEmbeddedDatabase("jdbc:h2:file:" + data.resolve("mosaic") + ";WRITE_DELAY=0");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("mosaic.mv.db")))).isEqualTo("rw-------");
    }
}
