package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.staff.TestStaff;

/**
 * Withdrawal erases everything of the client in every table (issue 19): after a completed intake
 * that a clinician re-planned with a note, the client withdraws, and then no text column of any
 * table holds the client's words, the clinician's note about them, or the plan. Every table the
 * schema has is scanned, so a table added later is covered too.
 */
@QuarkusTest
@Tag("database")
class ErasureTest {

    @Inject
    DataSource database;

    @Test
    void withdrawal_leaves_none_of_the_client_s_words_or_plan_in_any_table() throws SQLException {
        String marker = "Quillfeather" + System.nanoTime();
        IntakeDriver intake = IntakeDriver.start("en");
        intake.completeWith(IntakeDriver.answers("story", "Since " + marker + " moved away I have felt low and I cannot sleep.",
                "goals", "To stop thinking about " + marker + " every night."));
        String plan = IntakeFlowTest.stored(intake.id, "plan").getString("primaryOrientation");
        TestStaff.ensure("dr.erasure", "erasure-password-123", "clinician", "demo");
        String other = plan.equals("psychodynamic") ? "humanistic" : "psychodynamic";
        given().auth().preemptive().basic("dr.erasure", "erasure-password-123").contentType("application/json")
                .body(Map.of("primaryOrientation", other, "note", "client misses " + marker))
                .post("/api/v1/clinician/intakes/" + intake.id + "/plan").then().statusCode(200);
        assertThat(tablesHolding(marker)).as("before withdrawal the words are stored").isNotEmpty();
        assertThat(tablesHolding(intake.id)).contains("PLAN_VERSION");

        given().header("Authorization", "Bearer " + intake.token).delete("/api/v1/intakes/" + intake.id).then().statusCode(200);

        assertThat(tablesHolding(marker)).as("tables still holding the client's words").isEmpty();
        assertThat(tablesHolding(intake.id)).as("only the tombstone, the alerts and the audit keep the intake's id")
                .allMatch(t -> List.of("INTAKE", "ALERT_OUTBOX", "AUDIT_LOG").contains(t));
    }

    /** The tables (upper case) with a text column holding {@code text}. */
    private List<String> tablesHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
                        continue;
                    }
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CLOB || type == Types.LONGVARCHAR || type == Types.NVARCHAR || type == Types.CHAR) {
                        columns.add(new String[] {schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] col : columns) {
                String table = (col[0] == null ? "" : "\"" + col[0] + "\".") + "\"" + col[1] + "\"";
                try (PreparedStatement q = c.prepareStatement("select count(*) from " + table + " where \"" + col[2] + "\" like ?")) {
                    q.setString(1, "%" + text + "%");
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0 && !found.contains(col[1].toUpperCase())) {
                            found.add(col[1].toUpperCase());
                        }
                    }
                }
            }
        }
        return found;
    }
}
