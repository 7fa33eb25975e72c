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

    /**
     * One row of the corpus: which part it belongs to ({@code dev} or {@code sealed}), the validation
     * batch it came in (named by the comment that opens its block: the batch itself or the twins written
     * for its rules; 0 for the rows written first, the grids and other blocks), and the phrase.
     */
    public record CorpusRow(String part, String language, int batch, Row row) {

        public boolean sealed() {
            return part.equals("sealed");
        }
    }

    /** The labelled corpus of a language ({@code en}, {@code es}), both parts. */
    public static List<CorpusRow> corpus(String language) {
        List<CorpusRow> rows = new java.util.ArrayList<>();
        int batch = 0;
        boolean comment = false;
        for (String l : text("risk/corpus-" + language + ".tsv").lines().toList()) {
            if (l.startsWith("#") && !comment) { // a block's first line says what follows
                java.util.regex.Matcher m = BATCH.matcher(l);
                batch = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
            comment = l.startsWith("#");
            if (!l.isBlank() && !comment && !l.startsWith("part\t")) {
                String[] p = l.split("\t");
                rows.add(new CorpusRow(p[0], language, batch, new Row(p[1].equals("RISK"), p[2], p[3])));
            }
        }
        return List.copyOf(rows);
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

    /**
     * How the comment that opens a block of rows names the validation batch they belong to: the batch
     * itself, or the twins written for its rules ("Twins of the rules written for batch 76", "Gemelos
     * de las reglas del lote 76", "Gemelos de las reglas escritas para el lote 94"; a block for several batches
     * counts as its first).
     */
    private static final java.util.regex.Pattern BATCH = java.util.regex.Pattern.compile(
            "^# (?:Validation batch|Twins of the rules written for batch(?:es)?|Lote de validación|Gemelos de las reglas (?:escritas para (?:el lote|los lotes)|del lote)) (\\d+)");

    private static List<String> lines(String resource) {
        return text(resource).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String text(String resource) {
        try (InputStream in = LabelledPhrases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
