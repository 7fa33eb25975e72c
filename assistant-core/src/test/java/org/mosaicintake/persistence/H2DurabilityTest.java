package org.mosaicintake.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Durability does not depend on the URL (#19): an operator's H2 URL without {@code WRITE_DELAY=0}
 * still gets every commit written at once, because each new connection sets it.
 */
@QuarkusTest
@TestProfile(H2DurabilityTest.UrlWithoutWriteDelay.class)
class H2DurabilityTest {

    /** An H2 file URL as an operator might write it, without WRITE_DELAY. */
    public static class UrlWithoutWriteDelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2/mosaic-durability;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_connection_writes_commits_at_once() throws SQLException {
        for (int i = 0; i < 3; i++) {
            try (Connection c = dataSource.getConnection();
                 ResultSet r = c.createStatement().executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("0");
            }
        }
    }
}
