package org.mosaicintake.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.plugins.TestPluginJars;
import org.mosaicintake.staff.TestStaff;
import org.junit.jupiter.api.Tag;

/** An admin uploads a plugin jar: checked, started and in use without a restart; a bad jar is refused and changes nothing. */
@QuarkusTest
@Tag("database")
@TestProfile(PluginUploadTest.OwnPluginsDir.class)
class PluginUploadTest {

    static Path dir;

    /**
     * A plugins directory of its own, since uploads change it: a copy of the bundled plugins and a
     * jar that is not a plugin at all, which must not keep the service from starting.
     */
    public static class OwnPluginsDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            dir = TestPluginJars.bundledPluginsDir("plugins-upload");
            try {
                Files.writeString(dir.resolve("not-a-jar.jar"), "this is not a jar");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("mosaic.plugins.dir", dir.toString(), "mosaic.console.max-plugin-size", "1M");
        }
    }

    @Test
    void a_broken_jar_in_the_directory_fails_alone_and_the_service_is_ready() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/plugins").then().statusCode(200)
                .body("find { it.id == 'not-a-jar' }.state", org.hamcrest.Matchers.is("FAILED"))
                .body("find { it.id == 'cbt' }.state", org.hamcrest.Matchers.is("STARTED"))
                .body("find { it.id == 'cbt' }.reason", org.hamcrest.Matchers.nullValue());
    }

    private static Response upload(ConsoleSession admin, Path jar) {
        return admin.request().multiPart("csrf", admin.csrf).multiPart("clinic", "demo").multiPart("jar", jar.toFile(), "application/java-archive")
                .post("/console/admin/plugins/upload");
    }

    @Test
    void an_uploaded_plugin_is_in_use_at_once() {
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        Response uploaded = upload(admin, Path.of("target/example-plugins/act-plugin-1.0.0.jar"));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.page(uploaded)).contains("Plugin 'act' 1.0.0 is installed and in use");
        given().get("/api/v1/plugins").then()
                .body("find { it.id == 'act' }.state", org.hamcrest.Matchers.is("STARTED"))
                .body("find { it.id == 'act' }.modality", org.hamcrest.Matchers.is("Acceptance and Commitment Therapy"))
                .body("find { it.id == 'act' }.version", org.hamcrest.Matchers.is("1.0.0"))
                .body("find { it.id == 'act' }.techniqueCount", org.hamcrest.Matchers.is(6));
        given().get("/api/v1/plugins/act/techniques").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems("act.cognitive-defusion", "act.committed-action"))
                .body("find { it.id == 'act.committed-action' }.prerequisites", org.hamcrest.Matchers.hasItems("act.values-compass"))
                .body("find { it.id == 'act.committed-action' }.clientDescription", org.hamcrest.Matchers.is(
                        "Guided by your values, you set small, concrete steps and take them, even when difficult feelings come along for the ride."));

        // a clinician can add one of its techniques to a plan straight away
        String technique = given().get("/api/v1/plugins/act/techniques").then().statusCode(200).extract().path("[0].id");
        TestStaff.ensure("dr.upload", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "demo");
        String id = ConsoleReviewTest.completedCalmIntake();
        given().auth().preemptive().basic("dr.upload", ConsoleSignInTest.PASSWORD).contentType("application/json")
                .body(Map.of("add", List.of(Map.of("techniqueId", technique, "phase", "INTEGRATION"))))
                .post("/api/v1/clinician/intakes/" + id + "/plan").then().statusCode(200);
        assertThat(ConsoleReviewTest.techniques(ConsoleReviewTest.plan(id))).contains(technique);
    }

    @Test
    void a_superadmin_installs_a_plugin_through_the_admin_api_and_a_clinic_admin_cannot() throws IOException {
        byte[] jar = Files.readAllBytes(Path.of("target/example-plugins/act-plugin-1.0.0.jar"));
        org.mosaicintake.testsupport.TestClinics.ensure("north", "North Street Therapy", "cbt", false);
        TestStaff.ensure("north.boss", ConsoleSignInTest.PASSWORD, StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, "north");
        given().auth().preemptive().basic("north.boss", ConsoleSignInTest.PASSWORD).contentType("application/java-archive").body(jar)
                .post("/api/v1/admin/plugins").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive").body(jar)
                .post("/api/v1/admin/plugins").then().statusCode(201)
                .body("id", org.hamcrest.Matchers.is("act")).body("version", org.hamcrest.Matchers.is("1.0.0")).body("state", org.hamcrest.Matchers.is("STARTED"));
        given().get("/api/v1/plugins").then().body("find { it.id == 'act' }.state", org.hamcrest.Matchers.is("STARTED"));

        // another instance on the same database installs it too, once
        org.mosaicintake.plugins.PluginHost elsewhere = new org.mosaicintake.plugins.PluginHost(
                TestPluginJars.bundledPluginsDir("second-instance"), 1024 * 1024,
                io.quarkus.arc.Arc.container().instance(org.mosaicintake.plugins.catalog.CatalogReader.class).get());
        assertThat(elsewhere.plugin("act")).isEmpty();
        org.mosaicintake.plugins.PluginDistribution distribution = new org.mosaicintake.plugins.PluginDistribution(elsewhere);
        assertThat(distribution.sync()).isGreaterThanOrEqualTo(1);
        assertThat(elsewhere.plugin("act")).hasValueSatisfying(p -> {
            assertThat(p.state()).isEqualTo(org.mosaicintake.plugins.PluginState.STARTED);
            assertThat(p.version()).contains("1.0.0");
        });
        assertThat(distribution.sync()).as("nothing new the second time").isZero();
    }

    @Test
    void a_file_that_is_not_a_plugin_is_refused_and_nothing_changes() throws IOException {
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        List<String> before = files();
        Path notAJar = Files.createTempFile("notes", ".jar");
        Files.writeString(notAJar, "these are not the classes you are looking for");
        Response refused = upload(admin, notAJar);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(refused)).contains("jar: is not a jar file");

        Path noManifest = TestPluginJars.plugin("x").manifest("Plugin-Id", null).defaultProvider("nm")
                .resource("catalog.json", TestPluginJars.minimalCatalog("nomanifest")).writeTo(Files.createTempDirectory("up"), "nm.jar");
        assertThat(ConsoleSession.page(upload(admin, noManifest))).contains("jar: is not a Mosaic plugin");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void a_plugin_that_cannot_start_is_not_installed_and_the_others_keep_working() throws IOException {
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        List<String> before = files();
        Path invalid = TestPluginJars.plugin("half-done").defaultProvider("hd")
                .resource("catalog.json", "{\"modality\": {\"id\": \"halfdone\"}}").writeTo(Files.createTempDirectory("up"), "half-done.jar");
        Response refused = upload(admin, invalid);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(refused)).contains("plugin 'half-done' could not be started, so it was not installed");
        assertThat(files()).isEqualTo(before);
        given().get("/api/v1/plugins").then().body("findAll { it.state == 'STARTED' }.id", org.hamcrest.Matchers.hasItems("cbt", "emdr"))
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("half-done")));
    }

    @Test
    void a_clinician_cannot_upload() {
        TestStaff.ensure("dr.upload", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "demo");
        ConsoleSession clinician = ConsoleSession.signIn("dr.upload", ConsoleSignInTest.PASSWORD);
        upload(clinician, Path.of("target/example-plugins/act-plugin-1.0.0.jar")).then().statusCode(403);
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }
}
