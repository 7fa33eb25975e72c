package org.mosaicintake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.Tags;

/**
 * The tags the engine reads are the api's {@link Tags} constants, and the plugin guide lists every
 * one of them: a plugin author can see every tag that changes what the engine does.
 */
class TagVocabularyTest {

    private static List<String> tags() throws IllegalAccessException {
        List<String> tags = new ArrayList<>();
        for (Field f : Tags.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                tags.add((String) f.get(null));
            }
        }
        return tags;
    }

    @Test
    void the_plugin_guide_lists_every_tag_the_engine_reads() throws Exception {
        String guide = Files.readString(Path.of("../docs/plugin-guide.md"));
        List<String> tags = tags();
        assertThat(tags).hasSizeGreaterThan(40).doesNotHaveDuplicates();
        for (String tag : tags) {
            assertThat(guide).as("docs/plugin-guide.md lists the tag " + tag).contains("| `" + tag + "` | `Tags.");
        }
    }

    @Test
    void the_engine_names_tags_only_through_the_api_constants() throws IOException, IllegalAccessException {
        List<String> tags = tags();
        Pattern literal = Pattern.compile("(?<![\\w.])\"([a-z]+(?:-[a-z]+)*)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/mosaicintake/engine"))) {
            for (Path source : sources.toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    assertThat(tags).as(source.getFileName() + " writes the tag \"" + m.group(1) + "\" instead of its Tags constant")
                            .doesNotContain(m.group(1));
                }
            }
        }
    }
}
