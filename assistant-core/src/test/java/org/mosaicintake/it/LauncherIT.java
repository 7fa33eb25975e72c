package org.mosaicintake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code bin/mosaic}: the first start after a build serves an intake and,
 * when it is stopped, writes the class-data archive (Java 17's dynamic archive, or on Java 25 and
 * later the ahead-of-time cache); the next start maps that archive and serves an intake again. Run on
 * the Java the build runs on, and again on a Java 25 runtime where the machine has one (found under
 * {@code /usr/lib/jvm}, or named by {@code -Dmosaic.it.java25}).
 */
class LauncherIT {

    @TempDir
    Path dir;

    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void the_launcher_writes_its_archive_and_the_next_start_uses_it() throws Exception {
        startStopStart(Path.of(System.getProperty("java.home")), "mosaic-cds.jsa");
    }

    @Test
    void on_java_25_the_launcher_writes_an_ahead_of_time_cache_and_the_next_start_uses_it() throws Exception {
        Optional<Path> java25 = java25();
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 runtime on this machine");
        startStopStart(java25.get(), "mosaic.aot");
    }

    private void startStopStart(Path javaHome, String archiveName) throws Exception {
        Path app = dir.resolve("app");
        copy(Path.of("target/quarkus-app").toAbsolutePath(), app);
        Path archive = app.resolve(archiveName);

        int port = start(javaHome, app, "first");
        servesAnIntake(port);
        assertThat(archive).as("no archive before the first start has stopped").doesNotExist();
        service.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
        assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("the first start stops and writes its archive").isTrue();
        assertThat(archive).as("the archive the first start wrote").exists();
        assertThat(Files.size(archive)).isGreaterThan(10_000_000L);

        port = start(javaHome, app, "second");
        servesAnIntake(port);
        assertThat(Files.readString(Path.of("/proc/" + service.pid() + "/maps")))
                .as("the second start maps the archive").contains(archive.toString());
        assertThat(Files.readString(dir.resolve("second.log"))).as("no warning about the archive")
                .doesNotContainIgnoringCase("shared archive").doesNotContainIgnoringCase("AOT cache");
    }

    private int start(Path javaHome, Path app, String name) throws Exception {
        int port = PackagedService.freePort();
        Path log = dir.resolve(name + ".log");
        List<String> command = List.of(Path.of("../bin/mosaic").toAbsolutePath().normalize().toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "-Dmosaic.plugins.dir=" + Path.of("target/bundled-plugins").toAbsolutePath(),
                "-Dmosaic.audit.key-file=" + dir.resolve("audit.key"), "-Dmosaic.crypto.key-file=" + dir.resolve("master.key"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("MOSAIC_APP", app.toString());
        builder.environment().remove("MOSAIC_JAVA_OPTS");
        service = builder.start();
        PackagedService.awaitReady(port, log);
        return port;
    }

    private static void servesAnIntake(int port) {
        given().port(port).contentType(ContentType.JSON).body(Map.of("clinic", "demo"))
                .post("/api/v1/intakes").then().statusCode(201);
    }

    /** A Java 25 or later runtime: {@code -Dmosaic.it.java25}, or the first under /usr/lib/jvm whose release file says so. */
    private static Optional<Path> java25() throws IOException {
        String named = System.getProperty("mosaic.it.java25");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                    Matcher m = version.matcher(Files.readString(release));
                    if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
                        return Optional.of(home);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else if (!source.getFileName().toString().startsWith("mosaic")) { // not an archive a local run left
                Files.copy(source, target);
            }
        }
    }
}
