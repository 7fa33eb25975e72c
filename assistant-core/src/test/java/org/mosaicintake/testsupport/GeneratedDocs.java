package org.mosaicintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a document that a test generates between two marker lines: written with
 * {@code -DwriteDocs=true}, otherwise compared, so a stale document fails the build.
 */
public final class GeneratedDocs {

    private GeneratedDocs() {
    }

    /**
     * @param section the generated text, starting with {@code begin} and ending with {@code end}
     */
    public static void checkSection(Path doc, String begin, String end, String section) throws IOException {
        String text = Files.readString(doc);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("%s has the markers %s", doc, begin.strip()).isNotNegative();
        String generated = text.substring(0, from) + section + text.substring(to + end.length());
        if (Boolean.getBoolean("writeDocs")) {
            Files.writeString(doc, generated);
        }
        assertThat(Files.readString(doc)).as("%s is stale: regenerate with -DwriteDocs=true", doc).isEqualTo(generated);
    }
}
