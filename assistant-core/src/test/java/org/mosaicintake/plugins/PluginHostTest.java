package org.mosaicintake.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Technique;

/**
 * The plugin host over a plugins directory of its own, outside Quarkus: the bundled plugins, a
 * clinic's plugin dropped in, every way a jar can be broken (each fails alone, with its id and the
 * reason), and PF4J's {@code disabled.txt}.
 */
class PluginHostTest {

    private static final String[] BUNDLED = {"cbt", "emdr", "humanistic", "mindfulness", "psychodynamic"};

    static PluginHost host(Path dir) {
        PluginHost host = new PluginHost(dir, 20L * 1024 * 1024, BundledCatalogs.reader());
        host.load();
        return host;
    }

    static void copyJars(Path from, Path to) throws IOException {
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()));
            }
        }
    }

    private static PluginStatus status(PluginHost host, String id) {
        return host.plugin(id).orElseThrow(() -> new AssertionError("no plugin " + id + " in " + host.plugins()));
    }

    @Nested
    class A_clinic_drops_its_own_plugin_in {

        @TempDir
        Path dir;

        @Test
        void should_start_it_beside_the_bundled_ones_with_its_techniques() throws IOException {
            copyJars(Path.of("target/bundled-plugins"), dir);
            copyJars(Path.of("target/example-plugins"), dir);
            PluginHost host = host(dir);

            assertThat(host.plugins()).hasSize(6).allMatch(p -> p.state() == PluginState.STARTED);
            PluginStatus act = status(host, "act");
            assertThat(act.version()).contains("1.1.0");
            ModalityCatalog catalog = act.catalog().orElseThrow();
            assertThat(catalog.modality().displayName()).isEqualTo("Acceptance and Commitment Therapy");
            assertThat(catalog.techniques()).hasSize(6).extracting(Technique::id)
                    .contains("act.cognitive-defusion", "act.committed-action");
            Technique committed = catalog.techniques().stream().filter(t -> t.id().equals("act.committed-action")).findFirst().orElseThrow();
            assertThat(committed.clientDescription()).isEqualTo(
                    "Guided by your values, you set small, concrete steps and take them, even when difficult feelings come along for the ride.");
            assertThat(committed.prerequisites().toString()).contains("act.values-compass");
            assertThat(host.catalogs()).extracting(c -> c.modality().id())
                    .containsExactly("act", "cbt", "emdr", "humanistic", "mindfulness", "psychodynamic");
        }
    }

    @Nested
    class An_operator_disables_a_plugin_in_disabled_txt {

        @TempDir
        Path dir;

        @Test
        void should_list_it_as_disabled_and_serve_the_others() throws IOException {
            copyJars(Path.of("target/bundled-plugins"), dir);
            Files.writeString(dir.resolve("disabled.txt"), "emdr\n");
            PluginHost host = host(dir);

            assertThat(status(host, "emdr").state()).isEqualTo(PluginState.DISABLED);
            assertThat(status(host, "emdr").catalog()).isEmpty();
            assertThat(status(host, "cbt").state()).isEqualTo(PluginState.STARTED);
            assertThat(host.catalogs()).extracting(c -> c.modality().id()).doesNotContain("emdr").contains("cbt");
        }
    }

    @Nested
    class Broken_jars {

        @TempDir
        Path dir;

        PluginHost host;

        @org.junit.jupiter.api.BeforeEach
        void brokenPluginsBesideTheBundledOnes() throws IOException {
            copyJars(Path.of("target/bundled-plugins"), dir);
            // no Plugin-Id in the manifest
            TestPluginJars.plugin(null).manifest("Plugin-Id", null).defaultProvider("bad.manifest")
                    .resource("catalog.json", TestPluginJars.minimalCatalog("nomanifest")).writeTo(dir, "bad-manifest.jar");
            // a provider that throws while describing its catalog
            TestPluginJars.plugin("throwing").source("t.Throwing", """
                    package t;
                    @org.pf4j.Extension public class Throwing implements org.mosaicintake.api.ModalityProvider {
                        public org.mosaicintake.api.ModalityCatalog catalog(org.mosaicintake.api.PluginContext c) {
                            throw new IllegalStateException("catalog service unavailable");
                        }
                    }
                    """, true).writeTo(dir, "throwing.jar");
            // a Plugin-Class whose start() throws
            TestPluginJars.plugin("failing-start").manifest("Plugin-Class", "f.FailingPlugin")
                    .source("f.FailingPlugin", """
                            package f;
                            public class FailingPlugin extends org.pf4j.Plugin {
                                @Override public void start() { throw new IllegalStateException("cannot start"); }
                            }
                            """, false)
                    .defaultProvider("f").resource("catalog.json", TestPluginJars.minimalCatalog("failingstart"))
                    .writeTo(dir, "failing-start.jar");
            // built for a future api major version
            TestPluginJars.plugin("future-api").manifest("Plugin-Requires", ">=2.0.0").defaultProvider("future")
                    .resource("catalog.json", TestPluginJars.minimalCatalog("future")).writeTo(dir, "future-api.jar");
            // a catalog with an unknown problem code and an empty client description
            TestPluginJars.plugin("invalid-catalog").defaultProvider("invalid")
                    .resource("catalog.json", TestPluginJars.minimalCatalog("invalid")
                            .replace("\"phases\"", "\"problems\": [\"HEARTACHE\"], \"phases\"")
                            .replace("\"For you.\"", "\"\""))
                    .writeTo(dir, "invalid-catalog.jar");
            // a second plugin claiming the cbt modality
            TestPluginJars.plugin("cbt-copy").defaultProvider("copy")
                    .resource("catalog.json", TestPluginJars.minimalCatalog("cbt").replace("cbt.first", "cbt.zzz"))
                    .writeTo(dir, "zz-cbt-copy.jar");
            // a plugin asking a step the emdr plugin already asks
            TestPluginJars.plugin("step-thief").defaultProvider("thief")
                    .resource("catalog.json", TestPluginJars.minimalCatalog("thief").replace("\"lens\":",
                            "\"intakeSteps\": [{\"id\": \"pcptsd5.1\", \"kind\": \"TEXT\", \"text\": \"Q?\"}], \"lens\":"))
                    .writeTo(dir, "zz-step-thief.jar");
            // a jar that is not a zip at all
            Files.writeString(dir.resolve("not-a-jar.jar"), "this is not a jar");
            host = host(dir);
        }

        @Test
        void should_still_serve_the_five_bundled_plugins() {
            for (String id : BUNDLED) {
                assertThat(status(host, id).state()).as(id).isEqualTo(PluginState.STARTED);
                assertThat(status(host, id).reason()).as(id).isEmpty();
            }
            assertThat(host.catalogs()).extracting(c -> c.modality().id()).containsExactly(BUNDLED);
        }

        @Test
        void should_fail_a_jar_without_plugin_id_by_its_file_name() {
            assertThat(status(host, "bad-manifest").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "bad-manifest").reason().orElseThrow()).contains("cannot load the jar");
        }

        @Test
        void should_fail_a_jar_that_is_not_a_zip() {
            assertThat(status(host, "not-a-jar").state()).isEqualTo(PluginState.FAILED);
        }

        @Test
        void should_fail_a_plugin_whose_provider_throws() {
            assertThat(status(host, "throwing").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "throwing").reason()).contains("its ModalityProvider threw IllegalStateException: catalog service unavailable");
        }

        @Test
        void should_fail_a_plugin_whose_start_throws() {
            assertThat(status(host, "failing-start").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "failing-start").reason()).contains("failed to start: IllegalStateException: cannot start");
        }

        @Test
        void should_fail_a_plugin_built_for_another_api_version() {
            assertThat(status(host, "future-api").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "future-api").reason()).contains("requires Mosaic api '>=2.0.0' but this host provides 1.1.0");
        }

        @Test
        void should_fail_an_invalid_catalog_naming_each_field() {
            assertThat(status(host, "invalid-catalog").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "invalid-catalog").reason().orElseThrow())
                    .contains("techniques[0].clientDescription: must not be blank")
                    .contains("techniques[0].problems[0]: unknown value 'HEARTACHE'");
        }

        @Test
        void should_fail_a_plugin_whose_step_id_another_plugin_already_asks() {
            assertThat(status(host, "step-thief").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "step-thief").reason()).hasValueSatisfying(r -> assertThat(r).contains("intake step 'pcptsd5.1' is already asked by plugin 'emdr'"));
            assertThat(host.catalogs()).extracting(c -> c.modality().id()).doesNotContain("thief");
        }

        @Test
        void should_fail_a_second_plugin_for_the_same_modality() {
            assertThat(status(host, "cbt-copy").state()).isEqualTo(PluginState.FAILED);
            assertThat(status(host, "cbt-copy").reason()).contains("modality 'cbt' is already provided by plugin 'cbt'");
        }
    }
}
