package org.mosaicintake.demo;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mosaicintake.testsupport.TestClinics;

/**
 * {@code mosaic.demo.enabled=false} (architecture, "Keys and the demo"): the demo page and the demo clinic
 * are gone for the public, while other clinics work as before. (With the default, the demo is on: every
 * other test starts its intakes at the demo clinic.)
 */
@QuarkusTest
@TestProfile(DemoSwitchTest.DemoOff.class)
class DemoSwitchTest {

    public static class DemoOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mosaic.demo.enabled", "false");
        }
    }

    @Test
    void the_demo_page_and_the_demo_clinic_are_closed_and_a_real_clinic_still_takes_clients() {
        given().get("/demo").then().statusCode(404);
        given().get("/api/v1/clinics/demo").then().statusCode(404);
        given().get("/api/v1/clinics/demo/widget").then().statusCode(404);
        given().get("/widget/chat?clinic=demo").then().statusCode(404);
        // as for any clinic that takes no clients: a 400 naming the field
        given().contentType(ContentType.JSON).body(Map.of("clinic", "demo")).post("/api/v1/intakes").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("no clinic 'demo'"));

        String clinic = TestClinics.ensure("live-clinic", "Live Clinic", null, false);
        given().get("/api/v1/clinics/" + clinic + "/widget").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("clinic", clinic)).post("/api/v1/intakes").then().statusCode(201);
        // staff still administer the demo clinic's settings
        given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/clinics/demo").then().statusCode(200);
    }
}
