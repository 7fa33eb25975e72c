package org.mosaicintake.risk;

/**
 * A place to get help now: a name and at least one way to reach it. Immutable; validated on
 * construction with messages naming the field.
 *
 * @param name  e.g. "988 Suicide &amp; Crisis Lifeline (US)"
 * @param phone number to call, or null
 * @param text  number to text, or null
 * @param url   web page, or null
 * @param hours when it answers, e.g. "24/7", or null
 */
public record CrisisResource(String name, String phone, String text, String url, String hours) {

    public CrisisResource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (blank(phone) && blank(text) && blank(url)) {
            throw new IllegalArgumentException("at least one of phone, text or url is required for '" + name + "'");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
