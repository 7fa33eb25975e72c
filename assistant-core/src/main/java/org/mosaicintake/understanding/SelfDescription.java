package org.mosaicintake.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What clients say about themselves that a published cut-off depends on: the AUDIT-C is positive from
 * 4 for men and from 3 for women, and from 3 where sex is not asked (clinical reference, section 3).
 * Mosaic does not ask; a client who describes himself as a man in his own words ("I'm a 34-year-old
 * man", "as a dad", "soy un hombre de 40 años") is read as one. Only a plain self-description counts:
 * a partner's words, a wish or a question do not. Stateless and thread-safe.
 */
public final class SelfDescription {

    private static final String QUALIFIERS = "(?:(?:\\d+[- ]?(?:year[- ]old|yo|y o)?|young|old|older|single|married|divorced|separated|widowed|gay|straight|"
            + "bi|trans|black|white|asian|middle[- ]aged|retired|working|disabled|grown|family|first[- ]time|new|stay at home|\\w+ish) )*";

    private static final Pattern MALE = Pattern.compile(String.join("|",
            "\\b(?:i'?m|i am|im) (?:a |an )?" + QUALIFIERS + "(?:man|guy|bloke|male|dad|father|husband|lad|gentleman)\\b(?!'s| who (?:i|my))",
            "\\b(?:i'?m|i am|im) (?:a )?\\d{2} ?(?:m|male)\\b",
            "\\bas a (?:" + QUALIFIERS + ")(?:man|guy|bloke|male|dad|father|husband)\\b",
            "\\bsoy (?:un )?(?:hombre|chico|varon|padre|marido|esposo|chaval|muchacho|senor)\\b",
            "\\bcomo (?:hombre|padre|varon)\\b"));

    private SelfDescription() {
    }

    /** Whether the client, in their own words, describes himself as a man (English or Spanish). */
    public static boolean saysMale(String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        String normal = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ");
        return MALE.matcher(normal).find();
    }
}
