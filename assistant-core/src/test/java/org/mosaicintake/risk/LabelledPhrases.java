package org.mosaicintake.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Labelled phrase sets kept in the test resources ({@code label<TAB>category<TAB>text}, a header
 * line, {@code #} comments): read from the class path so that the suite needs nothing outside the
 * repository.
 */
public final class LabelledPhrases {

    /** One labelled phrase: {@code risk} is false for benign text. */
    public record Row(boolean risk, String category, String text) {
    }

    /** One row of the corpus: which part it belongs to ({@code dev} or {@code sealed}), and the phrase. */
    public record CorpusRow(String part, String language, Row row) {

        public boolean sealed() {
            return part.equals("sealed");
        }
    }

    /** The labelled corpus of a language ({@code en}, {@code es}), both parts. */
    public static List<CorpusRow> corpus(String language) {
        return lines("risk/corpus-" + language + ".tsv").stream()
                .filter(l -> !l.startsWith("part\t"))
                .map(l -> l.split("\t"))
                .map(p -> new CorpusRow(p[0], language, new Row(p[1].equals("RISK"), p[2], p[3]))).toList();
    }

    /** The development part of every language's corpus: the only rows tuning and training may read. */
    public static List<CorpusRow> development() {
        return java.util.stream.Stream.of("en", "es").flatMap(l -> corpus(l).stream()).filter(r -> !r.sealed()).toList();
    }

    /** Our own evaluation set. */
    public static final String EVALUATION = "risk/evaluation.tsv";
    /** The public phrase list, copied from the shared design notes (source in its first line). */
    public static final String PUBLIC = "risk/public-phrases.tsv";

    private LabelledPhrases() {
    }

    public static List<Row> read(String resource) {
        return lines(resource).stream().filter(l -> !l.startsWith("label\t"))
                .map(l -> l.split("\t"))
                .map(p -> new Row(p[0].equals("RISK"), p[1], p[2])).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = LabelledPhrases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
