package org.mosaicintake.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * that a clinician re-planned with a note (stored sealed, so never in plain text), the client
 * withdraws, and then no text column of any table holds the client's words, the clinician's note
 * about them, or the plan, and the intake's data key is gone, so a sealed copy taken before (as in
 * a backup) cannot be opened. Every table the
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
        // at rest the words are sealed: no table holds them in plain text, yet clinicians read them
        assertThat(tablesHolding(marker)).as("tables holding the client's words in plain text").isEmpty();
        assertThat(given().auth().preemptive().basic("dr.erasure", "erasure-password-123")
                .get("/api/v1/clinician/intakes/" + intake.id + "/summary").then().statusCode(200).extract().asString()).contains(marker);
        assertThat(tablesHolding(intake.id)).contains("PLAN_VERSION", "INTAKE_KEY");
        String sealedCopy = sealedState(intake.id); // as a backup would hold it

        given().header("Authorization", "Bearer " + intake.token).delete("/api/v1/intakes/" + intake.id).then().statusCode(200);

        assertThat(tablesHolding(marker)).as("tables still holding the client's words").isEmpty();
        assertThat(tablesHolding(intake.id)).as("only the tombstone, the alerts and the audit keep the intake's id")
                .allMatch(t -> List.of("INTAKE", "ALERT_OUTBOX", "AUDIT_LOG").contains(t));
        assertThatThrownBy(() -> IntakeFlowTest.open(intake.id, sealedCopy)).as("a copy made before withdrawal can no longer be opened")
                .hasMessageContaining("cannot open");
        given().auth().preemptive().basic("dr.erasure", "erasure-password-123")
                .get("/api/v1/clinician/intakes/" + intake.id + "/summary").then().statusCode(org.hamcrest.Matchers.oneOf(404, 410));
    }

    @jakarta.inject.Inject
    IntakeErasure erasure;

    @Test
    void an_intake_abandoned_for_longer_than_the_idle_time_is_erased_but_one_pinned_for_clinicians_is_kept() {
        IntakeDriver idle = IntakeDriver.start("en");
        idle.choice("agree");
        idle.text("I have been feeling low and tired for weeks.");
        IntakeDriver pinned = IntakeDriver.start("en");
        pinned.choice("agree");
        IntakeDriver recent = IntakeDriver.start("en");
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(31));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (String id : List.of(idle.id, pinned.id)) {
                org.mosaicintake.persistence.IntakeRecord r = org.mosaicintake.persistence.IntakeRecord.findById(id);
                r.updatedAt = longAgo;
                r.urgent = id.equals(pinned.id);
            }
        });

        assertThat(erasure.eraseAbandoned(java.time.Instant.now().minus(java.time.Duration.ofDays(30)))).isGreaterThanOrEqualTo(1);

        given().header("Authorization", "Bearer " + idle.token).get("/api/v1/intakes/" + idle.id).then().statusCode(410);
        given().header("Authorization", "Bearer " + pinned.token).get("/api/v1/intakes/" + pinned.id).then().statusCode(200);
        given().header("Authorization", "Bearer " + recent.token).get("/api/v1/intakes/" + recent.id).then().statusCode(200);
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> org.mosaicintake.persistence.IntakeMessage.transcript(idle.id).size())).isZero();
    }

    private String sealedState(String intakeId) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement("select state from intake where id = ?")) {
            q.setString(1, intakeId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("enc1:");
                return rs.getString(1);
            }
        }
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
