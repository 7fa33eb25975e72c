package org.mosaicintake.dialogue;

import java.util.regex.Pattern;

/**
 * One client turn: exactly one of free text, a choice (an option's value) or a number, or a request
 * to go back one step. Control characters in the text (NUL and the like, which no one types and
 * which break exports) are removed; line breaks and tabs stay.
 */
public record TurnInput(String text, String choice, Integer value, boolean back) {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\x{FFFE}\\x{FFFF}&&[^\\n\\t]]");

    public TurnInput {
        text = text == null ? null : withoutControlCharacters(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The text with control characters other than line breaks and tabs removed. */
    public static String withoutControlCharacters(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }
}
