package org.mosaicintake.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.persistence.StoredJson;

/**
 * The client's words at rest (issue 19): sealed in the database, read back through the service;
 * the master key rotated without re-encrypting any text; text stored before encryption sealed at
 * start-up; a data key wrapped by a master key that is not configured stops start-up.
 */
@QuarkusTest
@Tag("database")
class EncryptionAtRestTest {

    @Inject
    DataSource database;
    @Inject
    StoredJson json;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    KeyMaintenance maintenance;
    @ConfigProperty(name = "mosaic.crypto.master-key")
    String configuredKey;

    @Test
    void the_master_key_is_rotated_by_re_wrapping_data_keys_and_the_old_key_can_then_go() throws SQLException {
        String marker = "Larkspur" + System.nanoTime();
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Since " + marker + " left I cannot sleep.");
        String sealed = column("select state from intake where id = ?", intake.id);
        assertThat(sealed).startsWith(IntakeCipher.PREFIX).doesNotContain(marker);

        String newKey = MasterKeyTest.randomKey();
        MasterKey next = new MasterKey(newKey, List.of(configuredKey));
        MasterKey nextOnly = new MasterKey(newKey, List.of());
        assertThatThrownBy(() -> new KeyMaintenance(cipher(nextOnly), nextOnly).verifyKnown())
                .as("a service started with only a new key refuses to start rather than lose intakes")
                .hasMessageContaining("neither").hasMessageContaining("mosaic.crypto.master-key");
        try {
            assertThat(new KeyMaintenance(cipher(next), next).rewrap()).isGreaterThanOrEqualTo(1);
            assertThat(masterKeyIds()).containsOnly(next.id());
            assertThat(column("select state from intake where id = ?", intake.id)).as("the sealed text is not touched").isEqualTo(sealed);
            assertThat(open(cipher(nextOnly), intake.id, sealed)).as("the new key alone opens it").contains(marker);
            MasterKey oldOnly = new MasterKey(configuredKey, List.of());
            assertThatThrownBy(() -> open(cipher(oldOnly), intake.id, sealed)).as("the retired key alone does not").hasMessageContaining("cannot open");
        } finally {
            // back to the key the service runs with
            MasterKey back = new MasterKey(configuredKey, List.of(newKey));
            new KeyMaintenance(cipher(back), back).rewrap();
        }
        assertThat(masterKeyIds()).doesNotContain(next.id());
    }

    @Test
    void text_stored_before_encryption_is_sealed_at_start_up_and_still_read() throws SQLException {
        String marker = "Thistledown" + System.nanoTime();
        IntakeDriver intake = IntakeDriver.start("en");
        intake.choice("agree");
        intake.text("Ever since " + marker + " I feel low.");
        // as a row written by the previous version: plain text
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("update intake_message set body = ? where intake_id = ? and author = 'CLIENT' and turn = 2")) {
            q.setString(1, "Ever since " + marker + " I feel low.");
            q.setString(2, intake.id);
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
        assertThat(column("select body from intake_message where intake_id = ? and turn = 2 and author = 'CLIENT'", intake.id))
                .contains(marker);

        assertThat(maintenance.sealUnsealed()).isGreaterThanOrEqualTo(1);

        String body = column("select body from intake_message where intake_id = ? and turn = 2 and author = 'CLIENT'", intake.id);
        assertThat(body).startsWith(IntakeCipher.PREFIX).doesNotContain(marker);
        assertThat(org.mosaicintake.intake.IntakeFlowTest.open(intake.id, body)).isEqualTo("Ever since " + marker + " I feel low.");
    }

    private IntakeCipher cipher(MasterKey key) {
        return new IntakeCipher(key, json, transactions);
    }

    private static String open(IntakeCipher cipher, String intakeId, String sealed) {
        return QuarkusTransaction.requiringNew().call(() -> cipher.open(intakeId, sealed));
    }

    private List<String> masterKeyIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement("select distinct master_key_id from intake_key");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private String column(String sql, String id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
