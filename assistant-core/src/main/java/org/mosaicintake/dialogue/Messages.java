package org.mosaicintake.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dialogue's own words in one locale (instrument items are not here: they are verbatim in
 * {@link Instruments}). Placeholders {@code {0}}, {@code {1}} are replaced literally, so apostrophes
 * in the text need no escaping. Immutable and thread-safe.
 */
public final class Messages {

    /** Locales the dialogue speaks; the first is the fallback. */
    public static final List<String> LOCALES = List.of("en", "es");

    private final String locale;
    private final ResourceBundle bundle;

    private Messages(String locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.mosaicintake.dialogue.messages",
                locale.equals("en") ? Locale.ROOT : Locale.forLanguageTag(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String locale) {
        return new Messages(LOCALES.contains(locale) ? locale : "en");
    }

    public String locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for locale " + locale, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
