package org.mosaicintake.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which part of a labelled set an item belongs to, fixed once by the SHA-256 of its text: about 30%
 * sealed (measured and reported, never tuned on), the rest development.
 */
public final class SealedPart {

    private SealedPart() {
    }

    public static boolean sealed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(hash[0]) % 10 < 3;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
