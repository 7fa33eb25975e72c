package org.mosaicintake.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.TestIntakes;
import org.mosaicintake.persistence.AuditRecord;
import org.mosaicintake.persistence.StaffAccount;
import org.junit.jupiter.api.Tag;
import org.mosaicintake.staff.TestStaff;

/** Every staff read of client data is recorded, chained by hash; an admin can verify the chain and sees tampering. */
@QuarkusTest
@Tag("database")
class AuditTrailTest {

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.audit", "a long clinician password", StaffAccount.CLINICIAN, "demo");
    }


    private static JsonPath verify() {
        return given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/audit/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    private static AuditRecord last() {
        return QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>find("order by seq desc").firstResult());
    }

    @Test
    void reading_a_summary_is_recorded_with_who_what_which_and_from_where() {
        String intakeId = TestIntakes.moderateScreen();
        given().auth().preemptive().basic("dr.audit", "a long clinician password")
                .get("/api/v1/clinician/intakes/" + intakeId + "/summary").then().statusCode(200);
        AuditRecord record = last();
        assertThat(record.actor).isEqualTo("dr.audit");
        assertThat(record.action).isEqualTo("read_summary");
        assertThat(record.intakeId).isEqualTo(intakeId);
        assertThat(record.remote).isEqualTo("127.0.0.1");
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    void a_changed_or_removed_record_breaks_the_chain_and_verification_says_where() {
        given().auth().preemptive().basic("dr.audit", "a long clinician password").get("/api/v1/clinician/intakes").then().statusCode(200);
        given().auth().preemptive().basic("dr.audit", "a long clinician password").get("/api/v1/clinician/intakes").then().statusCode(200);
        AuditRecord target = last();
        long seq = target.seq - 1;
        String actor = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>findById(seq).actor);
        try {
            QuarkusTransaction.requiringNew().run(() -> AuditRecord.update("actor = ?1 where seq = ?2", "someone.else", seq));
            JsonPath broken = verify();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(seq);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> AuditRecord.update("actor = ?1 where seq = ?2", actor, seq));
        }
        assertThat(verify().getBoolean("intact")).isTrue();

        // a removed record: the next one no longer follows
        AuditRecord removed = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>findById(seq));
        QuarkusTransaction.requiringNew().run(() -> AuditRecord.deleteById(seq));
        try {
            assertThat(verify().getLong("firstBrokenSeq")).isEqualTo(seq + 1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                AuditRecord back = new AuditRecord();
                back.seq = removed.seq;
                back.at = removed.at;
                back.actor = removed.actor;
                back.action = removed.action;
                back.intakeId = removed.intakeId;
                back.remote = removed.remote;
                back.argument = removed.argument;
                back.prevHash = removed.prevHash;
                back.hash = removed.hash;
                back.persist();
            });
        }
    }

    @Test
    void a_plan_change_and_its_record_commit_together() {
        String intakeId = completedIntake();
        given().auth().preemptive().basic("dr.audit", "a long clinician password").contentType("application/json")
                .body(java.util.Map.of("rationale", "We will start with what feels most pressing.")).post("/api/v1/clinician/intakes/" + intakeId + "/plan")
                .then().statusCode(200);
        AuditRecord record = last();
        assertThat(record.action).isEqualTo("revise_plan");
        assertThat(record.actor).isEqualTo("dr.audit");
        assertThat(record.intakeId).isEqualTo(intakeId);
        assertThat(record.remote).isEqualTo("127.0.0.1");
    }

    @Test
    void a_change_whose_record_cannot_be_written_is_undone() {
        String intakeId = completedIntake();
        String rationaleBefore = plan(intakeId).getString("rationale");
        long recordsBefore = QuarkusTransaction.requiringNew().call(() -> AuditRecord.count());
        io.quarkus.test.junit.QuarkusMock.installMockForType(new AuditTrail() {
            @Override
            public void appendInCurrentTransaction(Entry entry) {
                throw new IllegalStateException("injected: the audit trail cannot be written");
            }
        }, AuditTrail.class);
        int status = given().auth().preemptive().basic("dr.audit", "a long clinician password").contentType("application/json")
                .body(java.util.Map.of("rationale", "A change nobody would know about.")).post("/api/v1/clinician/intakes/" + intakeId + "/plan")
                .then().extract().statusCode();
        assertThat(status).isEqualTo(500);
        assertThat(plan(intakeId).getString("rationale")).isEqualTo(rationaleBefore);
        int versions = QuarkusTransaction.requiringNew().call(() -> org.mosaicintake.persistence.PlanVersion.latest(intakeId));
        long recordsAfter = QuarkusTransaction.requiringNew().call(() -> AuditRecord.count());
        assertThat(versions).isEqualTo(1);
        assertThat(recordsAfter).isEqualTo(recordsBefore);
    }

    @Test
    void an_admin_action_records_its_argument_beside_a_fixed_action() {
        TestStaff.ensure("dr.locked.out", "a long clinician password", StaffAccount.CLINICIAN, "demo");
        org.mosaicintake.console.ConsoleSession admin = org.mosaicintake.console.ConsoleSession.signIn("admin", "admin-test-password");
        assertThat(admin.post("/console/admin/accounts/dr.locked.out/unlock").statusCode()).isEqualTo(303);
        AuditRecord record = last();
        assertThat(record.action).isEqualTo("unlock_account");
        assertThat(record.argument).isEqualTo("dr.locked.out");
        assertThat(record.actor).isEqualTo("admin");
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    private static String completedIntake() {
        org.mosaicintake.intake.IntakeDriver intake = org.mosaicintake.intake.IntakeDriver.start("en");
        intake.completeWith(java.util.Map.of());
        org.mosaicintake.intake.IntakeFlowTest.stored(intake.id, "plan");
        return intake.id;
    }

    private static JsonPath plan(String intakeId) {
        return org.mosaicintake.intake.IntakeFlowTest.stored(intakeId, "plan");
    }

    @Test
    void a_clinician_cannot_reach_admin_and_nobody_without_credentials_can() {
        given().auth().preemptive().basic("dr.audit", "a long clinician password").get("/api/v1/admin/audit/verify").then().statusCode(403);
        given().get("/api/v1/admin/audit/verify").then().statusCode(401);
    }
}
