package org.mosaicintake.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook secret and the signature it makes, as the Standard Webhooks specification has them
 * (standardwebhooks.com): the signed content is {@code id.timestamp.body}, the signature
 * {@code v1,} and the base64 of its HMAC-SHA256, sent in {@code webhook-signature} beside
 * {@code webhook-id} and {@code webhook-timestamp} (seconds since the epoch), so that a receiver can
 * refuse a replayed or stale delivery. Secrets are {@code whsec_} and the base64 of the key; other
 * text (24 characters at least) is taken as the key's bytes. Immutable and thread-safe.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    static final int MIN_TEXT_SECRET = 24;

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the secret (never echoing it)
     */
    public static WebhookSignature of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        String s = secret.strip();
        if (s.startsWith(PREFIX)) {
            try {
                byte[] key = Base64.getDecoder().decode(s.substring(PREFIX.length()));
                if (key.length < 16) {
                    throw new IllegalArgumentException("must hold at least 16 bytes after 'whsec_'");
                }
                return new WebhookSignature(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() != null && e.getMessage().startsWith("must") ? e.getMessage()
                        : "must be 'whsec_' followed by base64");
            }
        }
        if (s.length() < MIN_TEXT_SECRET) {
            throw new IllegalArgumentException("must be 'whsec_' and base64, or at least " + MIN_TEXT_SECRET + " characters");
        }
        return new WebhookSignature(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A new random secret ({@code whsec_} and 24 random bytes in base64). */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code webhook-signature} header's value for a delivery. */
    public String sign(String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
