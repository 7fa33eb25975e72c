package org.mosaicintake.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Spanish read word by word in English, for the English sentence model: "no quiero despertarme" becomes
 * "not want wake up myself". The gloss is not a translation (no grammar, no tense), but the sentence
 * model reads meaning from words, and this way a Spanish sentence lands near English sentences that say
 * the same thing, which the classifier has many more of. Words the list does not know are kept as they
 * are. Also tells Spanish from English by their words.
 *
 * <p>The word list ({@code risk/gloss-es.tsv}) is data: Spanish forms without accents, then the English.
 * A form is looked up as written first, then by its Snowball stem (Apache Lucene), so "cortaba" and "cortamos" find
 * "cortar"; an infinitive or gerund with a pronoun attached ("cortarme") is read as the verb and the
 * pronoun ("cut myself"). Immutable and thread-safe.
 */
public final class SpanishGloss {

    private static final String RESOURCE = "gloss-es.tsv";
    /** Words of the list that are English words too, or too short to tell: they count for neither language. */
    private static final Set<String> EITHER = Set.of("me", "a", "he", "no", "son", "plan", "final", "normal", "gas", "come", "ve", "mate",
            "fin", "ira", "cancer", "alcohol", "rifle", "horrible", "terrible", "ex", "con", "dan", "di", "pan", "once", "red", "dios", "e", "o", "u", "y");
    private static final Set<String> ENGLISH = Set.of("the", "i", "to", "and", "is", "of", "my", "it", "that", "you", "was", "with", "for",
            "im", "i'm", "have", "want", "just", "this", "be", "not", "don't", "can't", "what", "he", "she", "they", "in", "on", "at",
            "feel", "like", "all", "so", "but", "do", "if", "or", "about", "would", "will", "been", "am", "are", "myself");
    private static final Pattern CLITIC = Pattern.compile("(\\w+(?:ar|er|ir|ando|iendo))(me|te|se|nos|lo|la|le|les|selo|sela|melo|mela)");
    private static final Map<String, String> PRONOUN = Map.of("me", "myself", "te", "yourself", "se", "oneself", "nos", "ourselves",
            "lo", "it", "la", "her", "le", "him", "les", "them");

    /** A future or conditional verb form: the infinitive, then the ending ("descansare", "moriria"). */
    private static final Pattern FUTURE = Pattern.compile("(\\w+?(?:ar|er|ir))(?:e|as|a|emos|eis|an|ia|ias|iamos|iais|ian)");

    /** Loaded last, after every other constant it may need. */
    private static final SpanishGloss INSTANCE = new SpanishGloss();

    private final Map<String, String> exact = new HashMap<>();
    /** By Snowball stem: the English and the listed form the stem came from. */
    private final Map<String, String[]> stems = new HashMap<>();

    private SpanishGloss() {
        try (InputStream in = SpanishGloss.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + SpanishGloss.class.getName());
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": a line needs Spanish forms, a tab and the English: " + line);
                }
                for (String form : parts[0].trim().split(" +")) {
                    exact.putIfAbsent(form, parts[1].trim());
                    if (form.length() >= 4) {
                        stems.putIfAbsent(spanishStem(form), new String[] {parts[1].trim(), form});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The gloss, loaded once. */
    public static SpanishGloss get() {
        return INSTANCE;
    }

    /**
     * Whether a sentence already prepared for reading (lower case, no accents) is more likely Spanish than
     * English: more of its words are Spanish words of the list than common English words.
     */
    public static boolean spanish(String prepared) {
        return INSTANCE.countsAsSpanish(prepared);
    }

    private boolean countsAsSpanish(String prepared) {
        int es = 0;
        int en = 0;
        for (String w : words(prepared)) {
            if (ENGLISH.contains(w)) {
                en++;
            } else if (exact.containsKey(w) && !EITHER.contains(w)) {
                es++;
            }
        }
        return es > en;
    }

    /** The sentence (prepared for reading) glossed word by word in English. */
    public String gloss(String prepared) {
        StringBuilder out = new StringBuilder();
        for (String w : words(prepared)) {
            if (w.isEmpty()) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(word(w));
        }
        return out.toString();
    }

    private String word(String w) {
        String known = exact.get(w);
        if (known != null) {
            return known;
        }
        Matcher m = CLITIC.matcher(w);
        if (m.matches()) {
            String verb = lookUp(m.group(1));
            if (verb != null) {
                String pronoun = m.group(2);
                return verb + " " + PRONOUN.getOrDefault(pronoun.substring(pronoun.length() - 2), PRONOUN.getOrDefault(pronoun, "it"));
            }
        }
        Matcher future = FUTURE.matcher(w);
        if (future.matches() && exact.containsKey(future.group(1))) {
            return exact.get(future.group(1));
        }
        known = byStem(w);
        return known != null ? known : w;
    }

    private String lookUp(String w) {
        String known = exact.get(w);
        return known != null ? known : byStem(w);
    }

    /**
     * The English of a word with the stem of a listed form. A short stem is trusted only when the word
     * also begins as that form does, so that "venas" (veins) is not read as "venir" (come).
     */
    private String byStem(String w) {
        if (w.length() < 4) {
            return null;
        }
        String stem = spanishStem(w);
        String[] known = stems.get(stem);
        if (known == null) {
            return null;
        }
        return stem.length() >= 4 || w.startsWith(known[1].substring(0, Math.min(4, known[1].length()))) ? known[0] : null;
    }

    /** The words of a sentence prepared for reading (letters, digits and apostrophes). */
    static String[] words(String prepared) {
        return prepared.replaceAll("[^a-z0-9' ]", " ").trim().split("\\s+");
    }

    /** The Snowball stem of a Spanish word (no accents). */
    public static String spanishStem(String word) {
        SpanishStemmer s = new SpanishStemmer();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
