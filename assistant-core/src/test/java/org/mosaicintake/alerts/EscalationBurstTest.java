package org.mosaicintake.alerts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.console.ConsoleSession;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.TestIntakes;
import org.mosaicintake.persistence.AuditRecord;
import org.mosaicintake.staff.TestStaff;

/**
 * Escalations in a burst from one client address (issue 19): the third intake from one address to
 * raise an alert within ten minutes is recorded as a burst, and the clinic's staff see a notice
 * naming those intakes (each still to be read: any may be genuine) until they mark them not genuine.
 * An address with fewer escalations, or another clinic's staff, see nothing.
 */
@QuarkusTest
@Tag("database")
class EscalationBurstTest {

    private static final String STORY = "I feel like a burden and I have been thinking about ending my life.";

    @Test
    void three_escalations_from_one_address_are_flagged_to_staff_until_marked_not_genuine() {
        String clinic = "burst-" + System.nanoTime() % 100000;
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json")
                .body(Map.of("id", clinic, "name", "Burst Clinic", "country", "GB")).post("/api/v1/admin/clinics").then().statusCode(201);
        TestStaff.ensure("dr." + clinic, "burst-password-123", "clinician", clinic);
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);

        TestIntakes.acuteAfterStory(IntakeDriver.startFrom(clinic, "en", "192.0.2.77"), STORY); // another address
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            IntakeDriver intake = IntakeDriver.startFrom(clinic, "en", address);
            TestIntakes.acuteAfterStory(intake, STORY);
            flood.add(intake.id);
            String page = ConsoleSession.signIn("dr." + clinic, "burst-password-123").request().get("/console/intakes").asString();
            if (i < 2) {
                assertThat(page).as("after %d escalations from one address", i + 1).doesNotContain("came from the same address");
            } else {
                assertThat(page).contains("3 intakes that raised alerts in the last day came from the same address");
                flood.forEach(id -> assertThat(page).contains("href=\"/console/intakes/" + id + "\""));
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action = ?1 and intakeId = ?2", "escalation_burst", flood.get(2))))
                .isEqualTo(1);
        String elsewhere = ConsoleSession.signIn("admin", "admin-test-password").request().get("/console/intakes").asString();
        assertThat(elsewhere).as("the admin sees every clinic, this burst included").contains(flood.get(0));

        ConsoleSession staff = ConsoleSession.signIn("dr." + clinic, "burst-password-123");
        for (String id : flood) {
            staff.post("/console/intakes/" + id + "/not-genuine", "notGenuine", "true").then().statusCode(303);
        }
        assertThat(staff.request().get("/console/intakes").asString()).doesNotContain("came from the same address");
    }
}
