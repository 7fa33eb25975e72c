package org.mosaicintake.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded jar is read, validated and its signature checked from the zip alone, before any of its code can run. */
class PluginJarTest {

    @TempDir
    Path tmp;

    private static final long MB = 1024 * 1024;

    private Path plugin(String id) {
        return TestPluginJars.plugin(id).defaultProvider(id.replace("-", "")).resource("catalog.json", TestPluginJars.minimalCatalog(id.replace("-", "")))
                .writeTo(tmp, id + ".jar");
    }

    private static PluginJar read(Path jar) {
        return PluginJar.read(jar, MB, BundledCatalogs.reader());
    }

    @Test
    void a_valid_jar_is_read_with_its_id_version_catalog_and_digest() throws IOException {
        PluginJar jar = read(plugin("sound"));
        assertThat(jar.id()).isEqualTo("sound");
        assertThat(jar.version()).isEqualTo("1.0.0");
        assertThat(jar.catalog().modality().id()).isEqualTo("sound");
        assertThat(jar.sha256()).hasSize(64).isEqualTo(PluginJar.sha256(Files.readAllBytes(tmp.resolve("sound.jar"))));
        assertThat(jar.signers()).isEmpty();
    }

    @Test
    void the_clinics_signature_is_trusted_a_strangers_and_none_are_not() {
        PluginTrust trust = new PluginTrust(TestPluginSigning.trusted());
        Path unsigned = plugin("signme");
        assertThat(trust.signedBy(read(unsigned))).isEmpty();
        assertThat(trust.signedBy(read(TestPluginSigning.signedByClinic(unsigned))))
                .hasValueSatisfying(why -> assertThat(why).contains("CN=North Street Therapy plugins"));
        PluginJar stranger = read(TestPluginSigning.signedByStranger(unsigned));
        assertThat(stranger.signerNames()).containsExactly("CN=Someone else");
        assertThat(trust.signedBy(stranger)).isEmpty();
        assertThat(new PluginTrust(List.of()).signedBy(read(TestPluginSigning.signedByClinic(unsigned)))).as("no trust store").isEmpty();
    }

    @Test
    void a_jar_changed_after_signing_is_refused_and_one_with_an_added_entry_is_not_signed() throws IOException {
        Path signed = TestPluginSigning.signedByClinic(plugin("tampered"));

        Path changed = rewrite(signed, tmp.resolve("changed.jar"), "catalog.json",
                TestPluginJars.minimalCatalog("tampered").replace("A test modality.", "Something else entirely.").getBytes(), null);
        assertThatThrownBy(() -> read(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature does not match its contents");

        Path added = rewrite(signed, tmp.resolve("added.jar"), null, null, "extra/Payload.class");
        assertThat(read(added).signers()).as("one entry is not covered by the signature").isEmpty();
        assertThat(new PluginTrust(TestPluginSigning.trusted()).signedBy(read(added))).isEmpty();
    }

    @Test
    void bad_jars_are_refused_saying_why() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("notes.jar"), "not a jar");
        assertThatThrownBy(() -> read(notAJar)).hasMessage("is not a jar file");
        assertThatThrownBy(() -> PluginJar.read(plugin("big"), 10, BundledCatalogs.reader())).hasMessageContaining("is larger than");

        Path noCatalog = TestPluginJars.plugin("nocat").defaultProvider("nocat").writeTo(tmp, "nocat.jar");
        assertThatThrownBy(() -> read(noCatalog)).hasMessageContaining("catalog.json at the root of the jar");

        Path invalid = TestPluginJars.plugin("invalid").defaultProvider("inv").resource("catalog.json", "{\"modality\": {\"id\": \"inv\"}}")
                .writeTo(tmp, "invalid.jar");
        assertThatThrownBy(() -> read(invalid)).hasMessageContaining("modality.displayName");

        Path colliding = TestPluginJars.plugin("collide").defaultProvider("col").resource("catalog.json", TestPluginJars.minimalCatalog("col")
                .replace("\"lens\":", "\"intakeSteps\": [{\"id\": \"asq.1\", \"text\": \"Q?\", \"kind\": \"TEXT\"}], \"lens\":"))
                .writeTo(tmp, "collide.jar");
        assertThatThrownBy(() -> read(colliding)).hasMessageContaining("intakeSteps[0].id").hasMessageContaining("Mosaic's own question ids");

        Path future = TestPluginJars.plugin("future").manifest("Plugin-Requires", ">=2.0.0").defaultProvider("fut")
                .resource("catalog.json", TestPluginJars.minimalCatalog("fut")).writeTo(tmp, "future.jar");
        assertThatThrownBy(() -> read(future)).hasMessageContaining("requires Mosaic api '>=2.0.0'");

        Path loose = TestPluginJars.plugin("loose").manifest("Plugin-Version", "latest").defaultProvider("loose")
                .resource("catalog.json", TestPluginJars.minimalCatalog("loose")).writeTo(tmp, "loose.jar");
        assertThatThrownBy(() -> read(loose)).hasMessageContaining("not a semantic version");
    }

    @Test
    void reading_a_jar_runs_none_of_its_code() {
        Path marker = tmp.resolve("static-initialiser-ran");
        Path jar = TestPluginJars.plugin("sneaky").source("sneaky.Provider", """
                        package sneaky;
                        @org.pf4j.Extension public class Provider implements org.mosaicintake.api.ModalityProvider {
                            static {
                                try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran"); } catch (Exception e) { }
                            }
                        }
                        """.formatted(marker.toString().replace("\\", "\\\\")), true)
                .resource("catalog.json", TestPluginJars.minimalCatalog("sneaky")).writeTo(tmp, "sneaky.jar");
        PluginJar read = read(jar);
        assertThat(new PluginTrust(TestPluginSigning.trusted()).signedBy(read)).isEmpty();
        assertThat(marker).doesNotExist();
    }

    @Test
    void versions_compare_as_semantic_versions() {
        PluginJar jar = read(plugin("versions"));
        assertThat(jar.olderThan("1.0.1")).isTrue();
        assertThat(jar.olderThan("1.0.0")).isFalse();
        assertThat(jar.olderThan("0.9.12")).isFalse();
        assertThat(jar.olderThan("10.0.0")).isTrue();
    }

    /** A copy of a jar with one entry's bytes replaced, or one entry added, keeping the signature files. */
    private static Path rewrite(Path from, Path to, String replace, byte[] bytes, String add) throws IOException {
        try (JarFile in = new JarFile(from.toFile(), false); JarOutputStream out = new JarOutputStream(Files.newOutputStream(to))) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    out.write(e.getName().equals(replace) ? bytes : data.readAllBytes());
                }
                out.closeEntry();
            }
            if (add != null) {
                out.putNextEntry(new JarEntry(add));
                out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                out.closeEntry();
            }
        }
        return to;
    }
}
