package org.mosaicintake.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.mosaicintake.persistence.IntakeKey;
import org.mosaicintake.persistence.StoredJson;

/**
 * Seals and opens the client's words and answers at rest (issue 19): each intake has its own data
 * key (AES-256-GCM, a Tink keyset) wrapped by the {@link MasterKey} and stored in {@code intake_key};
 * each sealed column holds {@value #PREFIX} and the base64 of the ciphertext, bound to the intake's id.
 * {@link #erase} deletes the data key, so whatever copy of the sealed text remains (a backup, a
 * page of the database file) can no longer be read.
 *
 * <p>Which columns are sealed: the intake's state, formulation, plan and summary; every transcript
 * line; the turn receipts; each plan version's plan, note and change. A value without the prefix was
 * stored before encryption existed and is read as it is, until {@link KeyMaintenance} seals it.
 *
 * <p>Calls run inside the caller's transaction (the data key is read or created there). Thread-safe:
 * opened data keys are cached per intake, bounded.
 */
@jakarta.enterprise.context.ApplicationScoped
public class IntakeCipher {

    /** What every sealed value starts with (version 1 of the format). */
    public static final String PREFIX = "enc1:";
    private static final int CACHE = 2_000;

    private final MasterKey master;
    private final StoredJson json;
    private final Map<String, Aead> opened = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Aead> eldest) {
            return size() > CACHE;
        }
    };

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final TransactionSynchronizationRegistry transactions;

    public IntakeCipher(MasterKey master, StoredJson json, TransactionSynchronizationRegistry transactions) {
        this.master = master;
        this.json = json;
        this.transactions = transactions;
    }

    /** Seals text of an intake; null stays null. Creates the intake's data key on first use. */
    public String seal(String intakeId, String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] sealed = key(intakeId, true).encrypt(text.getBytes(StandardCharsets.UTF_8), ad(intakeId));
            return PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal text of intake " + intakeId, e);
        }
    }

    /**
     * Opens sealed text of an intake; null stays null, and text stored before encryption is returned as it is.
     *
     * @throws IllegalStateException when the intake's key is gone (erased) or does not open the text
     */
    public String open(String intakeId, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] plain = key(intakeId, false).decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())), ad(intakeId));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open sealed text of intake " + intakeId, e);
        }
    }

    /** Whether a stored value is sealed (or null). */
    public static boolean sealed(String stored) {
        return stored == null || stored.startsWith(PREFIX);
    }

    /** A document of an intake written as {@link StoredJson} and sealed. */
    public String write(String intakeId, Object document) {
        return seal(intakeId, json.write(document));
    }

    /** A sealed document of an intake, opened and read as {@link StoredJson}; null stays null. */
    public <T> T read(String intakeId, String stored, Class<T> type) {
        return stored == null ? null : json.read(open(intakeId, stored), type);
    }

    /** Deletes the intake's data key: its sealed text, wherever it lies, cannot be opened any more. */
    public void erase(String intakeId) {
        synchronized (opened) {
            opened.remove(intakeId);
        }
        IntakeKey.deleteById(intakeId);
    }

    /** Re-wraps a data key by the current master key, when a retired one wrapped it (rotation). */
    void rewrap(IntakeKey key) {
        try {
            KeysetHandle keyset = unwrap(key);
            key.wrappedKey = wrap(keyset, key.intakeId);
            key.masterKeyId = master.id();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot re-wrap the data key of intake " + key.intakeId, e);
        }
    }

    private Aead key(String intakeId, boolean create) throws GeneralSecurityException {
        synchronized (opened) {
            Aead cached = opened.get(intakeId);
            if (cached != null) {
                return cached;
            }
        }
        IntakeKey stored = IntakeKey.findById(intakeId);
        KeysetHandle keyset;
        if (stored != null) {
            keyset = unwrap(stored);
        } else if (create) {
            keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            IntakeKey key = new IntakeKey();
            key.intakeId = intakeId;
            key.masterKeyId = master.id();
            key.wrappedKey = wrap(keyset, intakeId);
            key.createdAt = Instant.now();
            key.persist();
            // a key that rolls back with its transaction must not stay cached (its intake would be sealed under a lost key)
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        synchronized (opened) {
                            opened.remove(intakeId);
                        }
                    }
                }
            });
        } else {
            throw new GeneralSecurityException("intake " + intakeId + " has no data key (erased)");
        }
        Aead aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        synchronized (opened) {
            opened.put(intakeId, aead);
        }
        return aead;
    }

    private String wrap(KeysetHandle keyset, String intakeId) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.current(), ad(intakeId)));
    }

    private KeysetHandle unwrap(IntakeKey key) throws GeneralSecurityException {
        Aead wrapping = master.byId(key.masterKeyId).orElseThrow(() -> new GeneralSecurityException(
                "the data key of intake " + key.intakeId + " is wrapped by master key " + key.masterKeyId + ", which is not configured"));
        return TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(key.wrappedKey), wrapping, ad(key.intakeId));
    }

    private static byte[] ad(String intakeId) {
        return ("mosaic intake " + intakeId).getBytes(StandardCharsets.UTF_8);
    }
}
