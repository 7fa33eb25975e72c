package org.mosaicintake.risk;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.regex.Pattern;

/**
 * Makes text written in a hurry comparable with the risk rules: lower case, no accents, apostrophes
 * unified, letters masked with {@code *} joined ("s*icide"), texting shorthand spelled out ("kms",
 * "wanna", "abt", "tonite", "q", "xq"), dropped g's restored ("thinkin"), and words that matter for
 * risk recognised through typos: a word within one edit (two for long words) of "suicide", "myself",
 * "overdose" and a few others is read as that word. Everything else is left alone, so that ordinary
 * words are never bent into risk words. Thread-safe (stateless).
 */
final class Spelling {

    /** Words the rules depend on, recognised through typos (Damerau-Levenshtein distance). */
    private static final List<String> RISK_WORDS = List.of("suicide", "suicidal", "myself", "overdose", "overdosed", "overdosing",
            "paracetamol", "suicidarme", "suicidio", "suicida", "suicidas", "suicidarse", "autolesiono", "autolesion", "pastillas");

    /** Ordinary words a typo match would otherwise bend into a risk word. */
    private static final java.util.Set<String> ORDINARY = java.util.Set.of("overdone", "overdue", "overused", "overdoing", "overhead",
            "oversized", "overtime", "pasillos", "sucedio", "suicidarse", "suicidaria", "autolesiones");

    /** A run of three or more of one letter ("dieee", "sooo"). */
    private static final Pattern HELD_DOWN = Pattern.compile("([a-z])\\1{2,}");

    /** Words a held-down final letter is taken off to read ("matarmee" is "matarme"). */
    private static final java.util.Set<String> HELD_ENDINGS = java.util.Set.of("matarme", "morirme", "suicidarme", "morir", "matar", "die",
            "dead", "muerto", "muerta", "vivir", "quiero", "myself", "suicide", "end", "gone");

    /** Texting shorthand and frequent misspellings, whole words only. */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("im", "i'm"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("gotta", "got to"), Map.entry("tryna", "trying to"), Map.entry("dont", "don't"),
            Map.entry("cant", "can't"), Map.entry("wont", "won't"), Map.entry("didnt", "didn't"), Map.entry("ive", "i've"),
            Map.entry("abt", "about"), Map.entry("bout", "about"), Map.entry("rn", "right now"), Map.entry("n", "and"),
            Map.entry("wud", "would"), Map.entry("wuld", "would"), Map.entry("cud", "could"), Map.entry("shud", "should"),
            Map.entry("2", "to"), Map.entry("4", "for"), Map.entry("kil", "kill"), Map.entry("kll", "kill"), Map.entry("myslf", "myself"), Map.entry("mysef", "myself"), Map.entry("mysel", "myself"), Map.entry("meself", "myself"), Map.entry("mesel", "myself"), Map.entry("mself", "myself"), Map.entry("ded", "dead"),
            Map.entry("wus", "was"), Map.entry("lyfe", "life"), Map.entry("lyf", "life"), Map.entry("pils", "pills"), Map.entry("pilz", "pills"),
            Map.entry("tonite", "tonight"), Map.entry("tonigt", "tonight"), Map.entry("nite", "night"), Map.entry("smth", "something"),
            Map.entry("sth", "something"), Map.entry("ppl", "people"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("bc", "because"), Map.entry("rly", "really"), Map.entry("realy", "really"), Map.entry("alot", "a lot"),
            Map.entry("thru", "through"), Map.entry("bf", "boyfriend"), Map.entry("gf", "girlfriend"), Map.entry("sui", "suicidal"),
            Map.entry("unalive", "kill"), Map.entry("kllng", "killing"), Map.entry("killng", "killing"), Map.entry("pastis", "pastillas"),
            // Spanish texting
            Map.entry("q", "que"), Map.entry("xq", "porque"), Map.entry("pq", "porque"), Map.entry("tb", "tambien"), Map.entry("k", "que"),
            Map.entry("kiero", "quiero"), Map.entry("aki", "aqui"), Map.entry("noxe", "noche"),
            // validation batch 9 (2026-12-03)
            Map.entry("reasn", "reason"), Map.entry("resn", "reason"), Map.entry("reson", "reason"), Map.entry("nemore", "anymore"),
            Map.entry("anymor", "anymore"), Map.entry("enymore", "anymore"), Map.entry("alyve", "alive"), Map.entry("kiere", "quiere"),
            Map.entry("matarm", "matarme"), Map.entry("morirm", "morirme"), Map.entry("suicidarm", "suicidarme"),
            // validation batch 10 (2026-12-03)
            Map.entry("4ever", "forever"), Map.entry("4eva", "forever"), Map.entry("dissapear", "disappear"), Map.entry("disapear", "disappear"),
            Map.entry("dissappear", "disappear"), Map.entry("jus", "just"), Map.entry("stoy", "estoy"), Map.entry("nesecito", "necesito"),
            Map.entry("nececito", "necesito"), Map.entry("nadien", "nadie"),
            Map.entry("forevr", "forever"), Map.entry("4evr", "forever"), Map.entry("qiero", "quiero"), Map.entry("vivr", "vivir"), Map.entry("pa", "para"),
            Map.entry("wnt", "want"), Map.entry("wana", "want to"), Map.entry("bida", "vida"), Map.entry("bivir", "vivir"), Map.entry("tngo", "tengo"), Map.entry("tol", "todo el"),
            // validation batch 79 (2026-12-04, session 23): "stop for gud", "everthing"
            Map.entry("gud", "good"), Map.entry("everthing", "everything"), Map.entry("evrything", "everything"), Map.entry("evrythin", "everything"),
            Map.entry("evrythng", "everything"), Map.entry("everythin", "everything"), Map.entry("evry", "every"),
            // validation batch 108 (2026-12-05, session 28): "ive bin cuttin agen"
            Map.entry("agen", "again"), Map.entry("agn", "again"), Map.entry("agin", "again"), Map.entry("agian", "again"));

    /** Verbs whose dropped g ("thinkin", "endin") is restored. */
    private static final Pattern DROPPED_G = Pattern.compile("\\b(think|end|kill|cutt|sav|tak|hav|feel|try|do|go|wish|hop|plan|jump|hurt|harm|burn|want|start|get|stockpil|hoard)in\\b");

    private Spelling() {
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
        s = s.replaceAll("([a-z])[*.]+([a-z])(?=[a-z]*\\b)", "$1$2"); // s*icide, s.uicide
        // "sh'd", "sh-ing": not "shed" (a garden shed, shedding tears) nor "shing"
        s = s.replaceAll("\\bsh(?:[- ']ing|'d|[- ]ed)\\b", "self harming");
        s = s.replaceAll("\\b(?:k m s|k\\.m\\.s)\\b", "kms");
        s = s.replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").trim();
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word(word));
        }
        s = out.toString();
        s = DROPPED_G.matcher(s).replaceAll("$1ing");
        s = s.replace("my self", "myself");
        // "i've bin cutting": "been" after a form of "have", not a rubbish bin ("in the bin")
        s = s.replaceAll("\\b(i've|i have|have|has|i'd|had|hav|ive) bin\\b", "$1 been");
        s = s.replaceAll("\\bmulti ?store?y\\b", "multi storey");
        // "want to dye" is "die" unless something is being dyed
        s = s.replaceAll("\\b(want to|going to|wish i could|just|rather) dye\\b(?! (?:my|it|the|her|his|them|their))", "$1 die");
        // "od" is an overdose when taken or planned, not a name
        s = s.replaceAll("\\b(going to|want to|gonna|i'll|might|could|to|i) od\\b", "$1 overdose").replaceAll("\\bod(?:'d|ed)\\b", "overdosed");
        return s;
    }

    private static String word(String typed) {
        String word = held(typed);
        String known = SHORTHAND.get(word);
        if (known != null) {
            return known;
        }
        if (word.length() < 6 || ORDINARY.contains(word)) {
            return word;
        }
        for (String target : RISK_WORDS) {
            if (word.equals(target)) {
                return word;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String target : RISK_WORDS) {
            // "sucidial", "sooicidal": the word that matters most is given two edits when it keeps its ending
            int allowed = target.length() >= 11 || (target.equals("suicidal") && word.endsWith("al") && word.length() >= 7) ? 2 : 1;
            if (Math.abs(target.length() - word.length()) > allowed || target.charAt(0) != word.charAt(0)) {
                continue;
            }
            int d = distance(word, target);
            if (d <= allowed && d < bestDistance) {
                best = target;
                bestDistance = d;
            }
        }
        return best == null ? word : best;
    }

    /**
     * A word typed with a key held down ("dieee", "sooo", "matarmee", validation batch 99, session 25): a run of three or more
     * of one letter is one letter, and a final doubled letter is dropped when that leaves a word the rules read ("free", "too"
     * and "kill" stay as they are).
     */
    static String held(String word) {
        String held = HELD_DOWN.matcher(word).replaceAll("$1");
        int n = held.length();
        if (n > 2 && held.charAt(n - 1) == held.charAt(n - 2) && HELD_ENDINGS.contains(held.substring(0, n - 1))) {
            return held.substring(0, n - 1);
        }
        return held;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

}
