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
import org.mosaicintake.plugins.TestPluginSigning;
import org.mosaicintake.staff.TestStaff;
import org.junit.jupiter.api.Tag;

/**
 * An admin uploads a plugin jar: checked from the zip, trusted by its signature (or an allow-listed
 * SHA-256), started and in use without a restart; a bad or untrusted jar is refused with nothing of it
 * run, and changes nothing; a downgrade or the replacement of a bundled plugin needs an explicit force.
 */
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
            return Map.of("mosaic.plugins.dir", dir.toString(), "mosaic.console.max-plugin-size", "1M",
                    "mosaic.plugins.trust-store", TestPluginSigning.TRUST_STORE.toString(),
                    "mosaic.plugins.trust-store-password", TestPluginSigning.TRUST_STORE_PASSWORD);
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
        Response uploaded = upload(admin, TestPluginSigning.signedByClinic(Path.of("target/example-plugins/act-plugin-1.1.0.jar")));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(ConsoleSession.page(uploaded)).contains("Plugin 'act' 1.1.0 is installed and in use");
        given().get("/api/v1/plugins").then()
                .body("find { it.id == 'act' }.state", org.hamcrest.Matchers.is("STARTED"))
                .body("find { it.id == 'act' }.modality", org.hamcrest.Matchers.is("Acceptance and Commitment Therapy"))
                .body("find { it.id == 'act' }.version", org.hamcrest.Matchers.is("1.1.0"))
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
        byte[] jar = Files.readAllBytes(TestPluginSigning.signedByClinic(Path.of("target/example-plugins/act-plugin-1.1.0.jar")));
        org.mosaicintake.testsupport.TestClinics.ensure("north", "North Street Therapy", "cbt", false);
        TestStaff.ensure("north.boss", ConsoleSignInTest.PASSWORD, StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, "north");
        given().auth().preemptive().basic("north.boss", ConsoleSignInTest.PASSWORD).contentType("application/java-archive").body(jar)
                .post("/api/v1/admin/plugins").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive").body(jar)
                .post("/api/v1/admin/plugins").then().statusCode(201)
                .body("id", org.hamcrest.Matchers.is("act")).body("version", org.hamcrest.Matchers.is("1.1.0")).body("state", org.hamcrest.Matchers.is("STARTED"));
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
            assertThat(p.version()).contains("1.1.0");
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
    void an_invalid_catalog_is_refused_with_the_field_path_before_anything_runs() throws IOException {
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        List<String> before = files();
        Path invalid = TestPluginSigning.signedByClinic(TestPluginJars.plugin("half-done").defaultProvider("hd")
                .resource("catalog.json", "{\"modality\": {\"id\": \"halfdone\"}}").writeTo(Files.createTempDirectory("up"), "half-done.jar"));
        Response refused = upload(admin, invalid);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(refused)).contains("jar: Invalid catalog 'catalog.json'").contains("modality.displayName");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void a_plugin_that_cannot_start_is_not_installed_the_others_keep_working_and_the_attempt_was_audited_first() throws IOException {
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        List<String> before = files();
        Path throwing = TestPluginSigning.signedByClinic(TestPluginJars.plugin("throws-on-start").source("tos.Provider", """
                        package tos;
                        @org.pf4j.Extension public class Provider implements org.mosaicintake.api.ModalityProvider {
                            public org.mosaicintake.api.ModalityCatalog catalog(org.mosaicintake.api.PluginContext c) {
                                throw new IllegalStateException("not today");
                            }
                        }
                        """, true)
                .resource("catalog.json", TestPluginJars.minimalCatalog("tos")).writeTo(Files.createTempDirectory("up"), "tos.jar"));
        Response refused = upload(admin, throwing);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ConsoleSession.page(refused)).contains("plugin 'throws-on-start' could not be started, so it was not installed");
        assertThat(files()).isEqualTo(before);
        given().get("/api/v1/plugins").then().body("findAll { it.state == 'STARTED' }.id", org.hamcrest.Matchers.hasItems("cbt", "emdr"))
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("throws-on-start")));
        assertThat(audited("install_plugin")).anySatisfy(a -> assertThat(a).startsWith("throws-on-start 1.0.0 sha256:"));
    }

    @Test
    void an_unsigned_jar_is_refused_with_none_of_its_code_run_until_a_superadmin_allow_lists_it() throws Exception {
        Path marker = Files.createTempDirectory("marker").resolve("static-initialiser-ran");
        Path unsigned = TestPluginJars.plugin("unsigned").source("uns.Provider", """
                        package uns;
                        @org.pf4j.Extension public class Provider implements org.mosaicintake.api.ModalityProvider {
                            static {
                                try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), System.getProperty("user.name")); } catch (Exception e) { }
                            }
                        }
                        """.formatted(marker.toString()), true)
                .resource("catalog.json", TestPluginJars.minimalCatalog("uns")).writeTo(Files.createTempDirectory("up"), "unsigned.jar");
        byte[] bytes = Files.readAllBytes(unsigned);
        List<String> before = files();
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive").body(bytes)
                .post("/api/v1/admin/plugins").then().statusCode(403)
                .body("violations[0].field", org.hamcrest.Matchers.is("jar"))
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("is not signed"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("is not on the allow-list"));
        assertThat(marker).as("the jar's static initialiser never ran").doesNotExist();
        assertThat(files()).isEqualTo(before);

        // signed, but by a certificate the service does not trust
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive")
                .body(Files.readAllBytes(TestPluginSigning.signedByStranger(unsigned)))
                .post("/api/v1/admin/plugins").then().statusCode(403)
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("is signed by CN=Someone else, which is not in mosaic.plugins.trust-store"));
        assertThat(marker).doesNotExist();

        // a clinic admin cannot allow-list; a superadmin can, and then the very same jar installs
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        org.mosaicintake.testsupport.TestClinics.ensure("north", "North Street Therapy", "cbt", false);
        TestStaff.ensure("north.boss", ConsoleSignInTest.PASSWORD, StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, "north");
        given().auth().preemptive().basic("north.boss", ConsoleSignInTest.PASSWORD).contentType("application/json")
                .body(Map.of("sha256", sha, "note", "ours")).post("/api/v1/admin/plugins/allowed").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json")
                .body(Map.of("sha256", "abc", "note", "ours")).post("/api/v1/admin/plugins/allowed").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.is("sha256"));
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/json")
                .body(Map.of("sha256", sha.toUpperCase(), "note", "the unsigned test plugin, reviewed")).post("/api/v1/admin/plugins/allowed")
                .then().statusCode(201).body("sha256", org.hamcrest.Matchers.is(sha)).body("addedBy", org.hamcrest.Matchers.is("admin"));
        given().auth().preemptive().basic("admin", "admin-test-password").get("/api/v1/admin/plugins/allowed").then().statusCode(200)
                .body("sha256", org.hamcrest.Matchers.hasItem(sha));
        given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive").body(bytes)
                .post("/api/v1/admin/plugins").then().statusCode(201).body("id", org.hamcrest.Matchers.is("unsigned"));
        assertThat(marker).as("installed now, so its code runs").exists();
        given().auth().preemptive().basic("admin", "admin-test-password").delete("/api/v1/admin/plugins/allowed/" + sha).then().statusCode(204);
        given().auth().preemptive().basic("admin", "admin-test-password").delete("/api/v1/admin/plugins/allowed/" + sha).then().statusCode(404);
        assertThat(audited("allow_plugin")).contains("sha256:" + sha);
    }

    @Test
    void a_downgrade_and_the_replacement_of_a_bundled_plugin_need_an_explicit_force() throws IOException {
        Path dir = Files.createTempDirectory("versions");
        byte[] v2 = Files.readAllBytes(TestPluginSigning.signedByClinic(TestPluginJars.plugin("versioned").manifest("Plugin-Version", "2.0.0")
                .defaultProvider("ver").resource("catalog.json", TestPluginJars.minimalCatalog("ver")).writeTo(dir, "v2.jar")));
        byte[] v1 = Files.readAllBytes(TestPluginSigning.signedByClinic(TestPluginJars.plugin("versioned").manifest("Plugin-Version", "1.5.0")
                .defaultProvider("ver").resource("catalog.json", TestPluginJars.minimalCatalog("ver")).writeTo(dir, "v1.jar")));
        byte[] v3 = Files.readAllBytes(TestPluginSigning.signedByClinic(TestPluginJars.plugin("versioned").manifest("Plugin-Version", "2.1.0")
                .defaultProvider("ver").resource("catalog.json", TestPluginJars.minimalCatalog("ver")).writeTo(dir, "v3.jar")));
        asAdmin(v2, "").then().statusCode(201).body("version", org.hamcrest.Matchers.is("2.0.0"));
        asAdmin(v1, "").then().statusCode(409).body("violations[0].field", org.hamcrest.Matchers.is("force"))
                .body("violations[0].message", org.hamcrest.Matchers.is(
                        "plugin 'versioned' 2.0.0 is installed; installing the older 1.5.0 needs force=true"));
        given().get("/api/v1/plugins").then().body("find { it.id == 'versioned' }.version", org.hamcrest.Matchers.is("2.0.0"));
        asAdmin(v3, "").then().statusCode(201).body("version", org.hamcrest.Matchers.is("2.1.0"));
        asAdmin(v1, "?force=true").then().statusCode(201).body("version", org.hamcrest.Matchers.is("1.5.0"));
        given().get("/api/v1/plugins").then().body("find { it.id == 'versioned' }.version", org.hamcrest.Matchers.is("1.5.0"));
        assertThat(audited("install_plugin")).anySatisfy(a -> assertThat(a).startsWith("versioned 1.5.0 sha256:").endsWith(" force"));

        // a bundled plugin (placed by the operator) is not replaced by an upload without force, even by a newer version
        List<String> before = files();
        byte[] cbt = Files.readAllBytes(TestPluginSigning.signedByClinic(TestPluginJars.plugin("cbt").manifest("Plugin-Version", "99.0.0")
                .defaultProvider("fakecbt").resource("catalog.json", TestPluginJars.minimalCatalog("fakecbt")).writeTo(dir, "cbt.jar")));
        asAdmin(cbt, "").then().statusCode(409).body("violations[0].field", org.hamcrest.Matchers.is("force"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("was placed in the plugins directory by the operator"));
        assertThat(files()).isEqualTo(before);
        given().get("/api/v1/plugins").then().body("find { it.id == 'cbt' }.modality", org.hamcrest.Matchers.is("Cognitive behavioural therapy"));
    }

    private static Response asAdmin(byte[] jar, String query) {
        return given().auth().preemptive().basic("admin", "admin-test-password").contentType("application/java-archive").body(jar)
                .post("/api/v1/admin/plugins" + query);
    }

    /** The arguments of the audit records with this action. */
    private static List<String> audited(String action) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> org.mosaicintake.persistence.AuditRecord
                .<org.mosaicintake.persistence.AuditRecord>list("action", action).stream().map(r -> r.argument).toList());
    }

    @Test
    void a_clinician_cannot_upload() {
        TestStaff.ensure("dr.upload", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, "demo");
        ConsoleSession clinician = ConsoleSession.signIn("dr.upload", ConsoleSignInTest.PASSWORD);
        upload(clinician, Path.of("target/example-plugins/act-plugin-1.1.0.jar")).then().statusCode(403);
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }
}
