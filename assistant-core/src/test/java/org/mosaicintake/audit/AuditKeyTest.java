package org.mosaicintake.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit trail's key comes from: configuration, or (embedded H2 only) a generated owner-only file. */
class AuditKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_configured_key_is_used_and_a_short_one_refused() {
        assertThat(AuditKey.load("k".repeat(40), dir.resolve("unused"), "postgresql")).isEqualTo("k".repeat(40));
        assertThatThrownBy(() -> AuditKey.load("short", dir.resolve("unused"), "h2")).hasMessageContaining("at least 32");
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void postgresql_without_a_key_stops_start_up_saying_what_to_set() {
        assertThatThrownBy(() -> AuditKey.load(null, dir.resolve("audit.key"), "postgresql"))
                .hasMessageContaining("MOSAIC_AUDIT_KEY").hasMessageContaining("outside the database");
        assertThat(dir.resolve("audit.key")).doesNotExist();
    }

    @Test
    void embedded_h2_without_a_key_generates_one_readable_by_the_owner_only_and_keeps_it() throws Exception {
        Path file = dir.resolve("data/audit.key");
        String first = AuditKey.load(null, file, "h2");
        assertThat(first).hasSizeGreaterThanOrEqualTo(AuditKey.MIN_LENGTH);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(AuditKey.load(null, file, "h2")).as("the same key after a restart").isEqualTo(first);
    }
}
