package org.mosaicintake.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A labelled example sentence, kept as data (a TSV file with a header line: label, tab, text) for
 * similarity-based readers: language understanding and the risk detector. Immutable.
 */
public record Exemplar(String label, String text) {

    public Exemplar {
        if (label == null || label.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("an exemplar needs a label and a text");
        }
    }

    /** Reads {@code resource} next to {@code owner}'s class file. */
    public static List<Exemplar> read(Class<?> owner, String resource) {
        InputStream stream = owner.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing beside " + owner.getName());
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", 2))
                    .map(p -> new Exemplar(p[0].strip(), p.length > 1 ? p[1].strip() : "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
