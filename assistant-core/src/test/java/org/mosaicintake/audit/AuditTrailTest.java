package org.mosaicintake.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
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

    /** Stores a copy of a record read earlier, exactly as it was (in the caller's transaction). */
    private static void putBack(AuditRecord r) {
        AuditRecord back = new AuditRecord();
        back.seq = r.seq;
        back.at = r.at;
        back.actor = r.actor;
        back.action = r.action;
        back.intakeId = r.intakeId;
        back.argument = r.argument;
        back.remote = r.remote;
        back.prevHash = r.prevHash;
        back.hash = r.hash;
        back.persist();
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
            QuarkusTransaction.requiringNew().run(() -> putBack(removed));
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

    private static String hmac(String text) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("test-audit-key-not-for-production-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void the_chain_is_keyed_with_a_key_outside_the_database_so_a_rewrite_with_recomputed_hashes_is_caught() throws Exception {
        given().auth().preemptive().basic("dr.audit", "a long clinician password").get("/api/v1/clinician/intakes").then().statusCode(200);
        AuditRecord record = last();
        assertThat(record.hash).isEqualTo(hmac(record.canonical())).isNotEqualTo(org.mosaicintake.domain.Tokens.sha256(record.canonical()));
        // someone who can write the database, but has no key, rewrites the record and recomputes its hash
        long seq = record.seq;
        String actor = record.actor;
        String hash = record.hash;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AuditRecord r = AuditRecord.findById(seq);
                r.actor = "someone.else";
                r.hash = org.mosaicintake.domain.Tokens.sha256(r.canonical());
            });
            JsonPath broken = verify();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(seq);
        } finally {
            // put the record back; the records appended meanwhile chained to the forged hash, so they are
            // chained again with the key (which only this test, playing the operator, holds)
            QuarkusTransaction.requiringNew().run(() -> {
                AuditRecord r = AuditRecord.findById(seq);
                r.actor = actor;
                r.hash = hash;
                String prev = hash;
                for (AuditRecord next : AuditRecord.<AuditRecord>list("seq > ?1 order by seq", seq)) {
                    next.prevHash = prev;
                    try {
                        next.hash = hmac(next.canonical());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    prev = next.hash;
                }
            });
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @jakarta.inject.Inject
    AuditTrail trail;

    @Test
    void a_chain_written_before_the_key_existed_is_rekeyed_once_at_start_up_if_intact() throws Exception {
        List<AuditRecord> saved = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list("order by seq"));
        try {
            // the trail as an earlier version wrote it: plain SHA-256
            QuarkusTransaction.requiringNew().run(() -> {
                AuditRecord.deleteAll();
                String prev = AuditTrail.GENESIS;
                for (int i = 1; i <= 3; i++) {
                    AuditRecord r = new AuditRecord();
                    r.seq = i;
                    r.at = java.time.Instant.parse("2026-11-0" + i + "T10:00:00Z");
                    r.actor = "dr.old";
                    r.action = "read_summary";
                    r.prevHash = prev;
                    r.hash = org.mosaicintake.domain.Tokens.sha256(r.canonical());
                    r.persist();
                    prev = r.hash;
                }
            });
            trail.rekeyLegacyChain();
            List<AuditRecord> rekeyed = QuarkusTransaction.requiringNew().call(() -> AuditRecord.<AuditRecord>list("order by seq"));
            assertThat(rekeyed).hasSize(3).allSatisfy(r -> assertThat(r.hash).isEqualTo(hmac(r.canonical())));
            assertThat(verify().getBoolean("intact")).isTrue();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                AuditRecord.deleteAll();
                AuditRecord.getEntityManager().flush();
                saved.forEach(AuditTrailTest::putBack);
            });
        }
        assertThat(verify().getBoolean("intact")).isTrue();
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
