package org.mosaicintake.risk;

/** A place to get help now. Any of phone, text, url may be null. */
public record CrisisResource(String name, String phone, String text, String url, String hours) {
}
