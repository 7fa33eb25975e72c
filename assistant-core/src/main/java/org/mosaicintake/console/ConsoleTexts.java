package org.mosaicintake.console;

import io.quarkus.qute.TemplateExtension;
import org.mosaicintake.messages.Messages;

/**
 * The console's words, from the {@code messages/console} bundle: {@code {text:get('intakes.title')}} in a
 * template, with up to four values for its placeholders. A key the bundle lacks fails the page
 * loudly, and {@code ConsoleTextsTest} checks every key the templates use.
 */
@TemplateExtension(namespace = "text")
public final class ConsoleTexts {

    private static final Messages CONSOLE = Messages.of(Messages.Bundle.CONSOLE, "en");

    private ConsoleTexts() {
    }

    static String get(String key) {
        return CONSOLE.get(key);
    }

    static String get(String key, Object a) {
        return CONSOLE.get(key, a);
    }

    static String get(String key, Object a, Object b) {
        return CONSOLE.get(key, a, b);
    }

    static String get(String key, Object a, Object b, Object c) {
        return CONSOLE.get(key, a, b, c);
    }

    static String get(String key, Object a, Object b, Object c, Object d) {
        return CONSOLE.get(key, a, b, c, d);
    }

    /** For the console's Java side (notices and errors it composes). */
    public static String text(String key, Object... args) {
        return CONSOLE.get(key, args);
    }
}
