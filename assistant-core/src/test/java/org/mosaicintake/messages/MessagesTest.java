package org.mosaicintake.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one home of user-facing words holds together: every key the console's templates and Java code
 * ask for exists, and the client-facing bundles (dialogue, widget) say everything in every locale.
 */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("text:get\\('([^']+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("ConsoleTexts\\.text\\(\"([^\"]+)\"");

    private static Set<String> keysUsed(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_key_the_console_uses_is_in_its_bundle() throws IOException {
        Messages console = Messages.of(Messages.Bundle.CONSOLE, "en");
        Set<String> used = keysUsed(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY);
        used.addAll(keysUsed(Path.of("src/main/java"), ".java", JAVA_KEY));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(console.has(key)).as("console key '%s'", key).isTrue());
    }

    @Test
    void the_client_facing_bundles_say_everything_in_every_locale() {
        for (Messages.Bundle bundle : Set.of(Messages.Bundle.DIALOGUE, Messages.Bundle.WIDGET)) {
            Set<String> english = Messages.of(bundle, "en").all().keySet();
            for (String locale : Messages.LOCALES) {
                assertThat(Messages.of(bundle, locale).all().keySet()).as("%s in %s", bundle, locale).isEqualTo(english);
            }
        }
    }

    @Test
    void placeholders_are_replaced_literally_and_a_missing_key_is_an_error() {
        Messages console = Messages.of(Messages.Bundle.CONSOLE, "en");
        assertThat(console.get("accounts.created", "dr.lee")).isEqualTo("Account 'dr.lee' created.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> console.get("no.such.key")).hasMessageContaining("no.such.key");
        assertThat(Messages.of(Messages.Bundle.WIDGET, "fr").locale()).isEqualTo("en");
    }
}
