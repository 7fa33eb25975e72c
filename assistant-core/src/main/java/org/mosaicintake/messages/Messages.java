package org.mosaicintake.messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one home of Mosaic's user-facing words: resource bundles under {@code messages/} on the class
 * path, one per audience, each in every locale the client side speaks.
 * <ul>
 *   <li>{@link Bundle#DIALOGUE}: what the intake says to a client (instrument items are not here:
 *       they are verbatim in {@code instruments.InstrumentItems});</li>
 *   <li>{@link Bundle#WIDGET}: the chat page's own labels, served to it by the service;</li>
 *   <li>{@link Bundle#CONSOLE}: the clinician console's pages (English only for now).</li>
 * </ul>
 * Placeholders {@code {0}}, {@code {1}} are replaced literally, so apostrophes need no escaping. A
 * missing key is an error, never an empty string. Immutable and thread-safe.
 */
public final class Messages {

    /** Locales the client side speaks; the first is the fallback. */
    public static final List<String> LOCALES = List.of("en", "es");

    /** The bundles, by audience. */
    public enum Bundle {
        DIALOGUE("messages.dialogue"), WIDGET("messages.widget"), CONSOLE("messages.console");

        private final String baseName;

        Bundle(String baseName) {
            this.baseName = baseName;
        }
    }

    private final Bundle which;
    private final String locale;
    private final ResourceBundle bundle;

    private Messages(Bundle which, String locale) {
        this.which = which;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(which.baseName,
                locale.equals("en") ? Locale.ROOT : Locale.forLanguageTag(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The dialogue's words in a locale (English for one it does not speak). */
    public static Messages of(String locale) {
        return of(Bundle.DIALOGUE, locale);
    }

    /** A bundle's words in a locale (English for one it does not speak). */
    public static Messages of(Bundle bundle, String locale) {
        return new Messages(bundle, LOCALES.contains(locale) ? locale : "en");
    }

    public String locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Items joined the way this language lists them: "a, b and c", "a, b y c". */
    public String list(java.util.List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("and") + " " + items.get(items.size() - 1);
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + which + " for locale " + locale, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every key and its text, sorted by key (the widget's labels, handed to the chat page whole). */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(k -> all.put(k, bundle.getString(k)));
        return all;
    }
}
