package org.mosaicintake.understanding;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The client's words made plain for pattern matching: accents dropped, lower case, curly
 * apostrophes straightened, punctuation as spaces, single spaces. Stateless.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String words) {
        return Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").trim();
    }
}
