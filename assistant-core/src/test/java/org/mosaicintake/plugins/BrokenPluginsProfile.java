package org.mosaicintake.plugins;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plugins directory holding the five bundled plugins and one jar for each way a plugin can fail.
 */
public class BrokenPluginsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path dir = TestPluginJars.bundledPluginsDir("broken-plugins");
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
            // a jar that is not a zip at all
            Files.writeString(dir.resolve("not-a-jar.jar"), "this is not a jar");
            return Map.of("mosaic.plugins.dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
