package org.mosaicintake.plugins;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.plugins.catalog.CatalogReader;

/**
 * Reads the bundled plugins' catalogs straight from their jars, outside Quarkus, through the same
 * {@link CatalogReader} the host uses: for benchmarks and generated documentation.
 */
public final class BundledCatalogs {

    private BundledCatalogs() {
    }

    public static CatalogReader reader() {
        return new CatalogReader(new ObjectMapper(), Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    }

    /** The catalogs of every jar in {@code dir}, ordered by modality id. */
    public static List<ModalityCatalog> load(Path dir) {
        CatalogReader reader = reader();
        List<ModalityCatalog> catalogs = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry("catalog.json"))) {
                    catalogs.add(reader.read(jar.getFileName().toString(), in, file.getManifest().getMainAttributes().getValue("Plugin-Version")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalogs.sort(Comparator.comparing(c -> c.modality().id()));
        return catalogs;
    }
}
