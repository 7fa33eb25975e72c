package org.mosaicintake.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.mosaicintake.api.ModalityProvider;
import org.pf4j.ExtensionPoint;

/**
 * Builds real PF4J plugin jars for tests: Java sources compiled with the JDK compiler against the
 * api and PF4J, a manifest, {@code META-INF/extensions.idx} and any resources.
 */
public final class TestPluginJars {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();

    public static TestPluginJars plugin(String id) {
        return new TestPluginJars().manifest("Plugin-Id", id).manifest("Plugin-Version", "1.0.0")
                .manifest("Plugin-Provider", "Tests").manifest("Plugin-Requires", ">=1.0.0 & <2.0.0");
    }

    public TestPluginJars manifest(String key, String value) {
        if (value == null) {
            manifest.remove(key);
        } else {
            manifest.put(key, value);
        }
        return this;
    }

    /** Adds a class; {@code extension} marks it for {@code META-INF/extensions.idx}. */
    public TestPluginJars source(String className, String code, boolean extension) {
        sources.put(className, code);
        if (extension) {
            extensions.add(className);
        }
        return this;
    }

    /** The usual extension: the default {@code catalog.json} reader. */
    public TestPluginJars defaultProvider(String pkg) {
        return source(pkg + ".Provider", "package " + pkg + ";\n"
                + "@org.pf4j.Extension public class Provider implements org.mosaicintake.api.ModalityProvider {}\n", true);
    }

    public TestPluginJars resource(String name, String text) {
        resources.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestPluginJars resource(String name, byte[] bytes) {
        resources.put(name, bytes);
        return this;
    }

    public Path writeTo(Path dir, String fileName) {
        try {
            Files.createDirectories(dir);
            Path classes = compile();
            Path jar = dir.resolve(fileName);
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
                if (classes != null) {
                    try (Stream<Path> files = Files.walk(classes)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                }
                if (!extensions.isEmpty()) {
                    put(out, "META-INF/extensions.idx", (String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> r : resources.entrySet()) {
                    put(out, r.getKey(), r.getValue());
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private Path compile() throws IOException {
        if (sources.isEmpty()) {
            return null;
        }
        Path src = Files.createTempDirectory("plugin-src");
        Path out = Files.createTempDirectory("plugin-classes");
        List<String> args = new ArrayList<>(List.of("-proc:none", "--release", "17", "-d", out.toString(),
                "-cp", location(ModalityProvider.class) + java.io.File.pathSeparator + location(ExtensionPoint.class)));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        OutputStream err = new java.io.ByteArrayOutputStream();
        if (javac.run(null, null, err, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test plugin did not compile: " + err);
        }
        return out;
    }

    static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new temporary plugins directory holding copies of the bundled plugin jars (and of the jars in
     * {@code more} directories), for test profiles that add to or change the bundled set.
     */
    public static Path bundledPluginsDir(String prefix, Path... more) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            List<Path> sources = new ArrayList<>(List.of(Path.of("target/bundled-plugins")));
            sources.addAll(List.of(more));
            for (Path source : sources) {
                try (Stream<Path> jars = Files.list(source)) {
                    for (Path jar : jars.toList()) {
                        Files.copy(jar, dir.resolve(jar.getFileName()));
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid catalog for modality {@code id}. */
    public static String minimalCatalog(String id) {
        return """
                {"modality": {"id": "%1$s", "displayName": "Test %1$s", "theorySummary": "A test modality."},
                 "techniques": [{"id": "%1$s.first", "name": "First", "clientDescription": "For you.",
                   "clinicianDescription": "For clinicians.", "phases": ["STABILIZATION"],
                   "directiveness": "LOW", "arousal": "LOW", "evidenceNote": "none", "typicalSessions": 1}],
                 "lens": {"genericFraming": "Seen through %1$s."}}
                """.formatted(id);
    }
}
