package org.mosaicintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master key and the keys being rotated out: they wrap (encrypt) the per-intake data keys and
 * never touch client text themselves. Each key is known by an id derived from it (a truncated
 * SHA-256), stored beside every wrapped data key, so that a data key wrapped by a retired key is
 * found and re-wrapped. Immutable and thread-safe.
 */
public final class MasterKey {

    /** A key in configuration: 32 bytes in base64 (standard or URL alphabet, padding optional). */
    static final int KEY_BYTES = 32;

    private final String id;
    private final Aead current;
    private final Map<String, Aead> retired;

    /**
     * @param key     the master key (base64 of 32 bytes)
     * @param retired master keys being rotated out, in the same form
     * @throws IllegalArgumentException naming the setting when a key is not 32 bytes of base64
     */
    public MasterKey(String key, List<String> retired) {
        byte[] bytes = decode(key, "mosaic.crypto.master-key");
        this.id = id(bytes);
        this.current = aead(bytes);
        Map<String, Aead> old = new LinkedHashMap<>();
        for (String r : retired) {
            byte[] retiredBytes = decode(r, "mosaic.crypto.retired-master-keys");
            if (!id(retiredBytes).equals(id)) {
                old.put(id(retiredBytes), aead(retiredBytes));
            }
        }
        this.retired = Map.copyOf(old);
    }

    /** The current master key's id, stored with each data key it wraps. */
    public String id() {
        return id;
    }

    /** The current master key, for wrapping. */
    Aead current() {
        return current;
    }

    /** The master key with this id, current or retired, for unwrapping. */
    Optional<Aead> byId(String keyId) {
        return keyId.equals(id) ? Optional.of(current) : Optional.ofNullable(retired.get(keyId));
    }

    /** Whether a data key wrapped by the key with this id can still be opened. */
    public boolean knows(String keyId) {
        return byId(keyId).isPresent();
    }

    private static byte[] decode(String text, String setting) {
        String t = text == null ? "" : text.strip();
        byte[] bytes;
        try {
            bytes = t.contains("-") || t.contains("_") ? Base64.getUrlDecoder().decode(t) : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64 (expected 32 random bytes, e.g. `openssl rand -base64 32`)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " must be " + KEY_BYTES + " bytes in base64, not " + bytes.length
                    + " (e.g. `openssl rand -base64 32`)");
        }
        return bytes;
    }

    private static String id(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("mosaic master key id\n".getBytes(StandardCharsets.UTF_8));
            return "mk-" + HexFormat.of().formatHex(sha.digest(key), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Aead aead(byte[] key) {
        try {
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            return AesGcmJce.create(AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get())).build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
