package org.mosaicintake.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console and the PDF show values: dates in UTC, codes as plain words. */
@TemplateExtension
public final class ConsoleFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ConsoleFormats() {
    }

    /** {@code 29 Nov 2026, 19:45 UTC}; a dash when there is no date. */
    static String shown(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant);
    }

    /** {@code AWAITING_REVIEW} as {@code Awaiting review}. */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "-";
        }
        String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A page index (from 0) as people count pages (from 1). */
    static int plusOne(Integer index) {
        return index == null ? 1 : index + 1;
    }

    /** Bar length in a 0-3 salience chart, in pixels. */
    static int bar(Integer salience) {
        return salience == null ? 0 : salience * 80;
    }

    /** Vertical position of row {@code index} in a chart with 28-pixel rows. */
    static int row(Integer index, int offset) {
        return index * 28 + offset;
    }

    /** {@code about 1 session}, {@code about 6 sessions}. */
    static String sessions(int count) {
        return "about " + count + (count == 1 ? " session" : " sessions");
    }
}
