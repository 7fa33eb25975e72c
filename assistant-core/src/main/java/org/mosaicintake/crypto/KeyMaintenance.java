package org.mosaicintake.crypto;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.config.SecretKeyFile;
import org.mosaicintake.persistence.IntakeKey;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.persistence.TurnReceipt;

/**
 * The master key's life: loaded (or, with embedded H2 only, generated) once; at start-up every data
 * key must be openable (a missing master key stops start-up rather than leaving intakes unreadable),
 * data keys wrapped by a retired master key are re-wrapped by the current one (rotation), text
 * stored before encryption existed is sealed, and the embedded database's directory is made
 * owner-only. Each batch runs in its own transaction; running on several instances at once is safe.
 */
@ApplicationScoped
public class KeyMaintenance {

    private static final Logger LOG = Logger.getLogger(KeyMaintenance.class);
    private static final int BATCH = 100;
    private static final String UNSEALED = " not like '" + IntakeCipher.PREFIX + "%'";

    private final IntakeCipher cipher;
    private final MasterKey master;

    KeyMaintenance(IntakeCipher cipher, MasterKey master) {
        this.cipher = cipher;
        this.master = master;
    }

    @Produces
    @Singleton
    static MasterKey masterKey(MosaicConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        String key = new SecretKeyFile("mosaic.crypto.master-key", "MOSAIC_CRYPTO_MASTER_KEY")
                .load(config.crypto().masterKey().orElse(null), config.crypto().keyFile(), databaseKind, 43);
        return new MasterKey(key, config.crypto().retiredMasterKeys().orElse(List.of()));
    }

    void onStart(@Observes @Priority(10) StartupEvent event, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        protectEmbeddedDatabase(url);
        verifyKnown();
        int rewrapped = rewrap();
        if (rewrapped > 0) {
            LOG.infof("Re-wrapped %d intake data keys by master key %s; the retired master keys can now be removed", rewrapped, master.id());
        }
        int sealed = sealUnsealed();
        if (sealed > 0) {
            LOG.infof("Sealed %d rows stored before encryption at rest", sealed);
        }
    }

    /** Stops start-up when some data key is wrapped by a master key that is not configured (its intakes could not be read). */
    void verifyKnown() {
        List<String> unknown = QuarkusTransaction.requiringNew().call(() -> IntakeKey.masterKeyIds().stream().filter(id -> !master.knows(id)).toList());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Some intakes' data keys are wrapped by master key(s) " + unknown + ", which are neither "
                    + "mosaic.crypto.master-key (" + master.id() + ") nor among mosaic.crypto.retired-master-keys: their intakes "
                    + "could not be read. Configure the master key they were written with (docs/operations.md, \"Keys\").");
        }
    }

    /** Re-wraps, by the current master key, every data key a retired one wraps. */
    int rewrap() {
        int count = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<IntakeKey> keys = IntakeKey.wrappedByOtherThan(master.id(), BATCH);
                keys.forEach(cipher::rewrap);
                return keys.size();
            });
            count += done;
            if (done < BATCH) {
                return count;
            }
        }
    }

    /** Seals every column of the client's words still stored as plain text (written before encryption existed). */
    int sealUnsealed() {
        int count = 0;
        count += batches(() -> each(IntakeRecord.<IntakeRecord>find("(state is not null and state" + UNSEALED + ") or (formulation is not null and formulation"
                + UNSEALED + ") or (plan is not null and plan" + UNSEALED + ") or (summary is not null and summary" + UNSEALED + ")")
                .page(0, BATCH).list(), i -> {
                    i.state = sealIfPlain(i.id, i.state);
                    i.formulation = sealIfPlain(i.id, i.formulation);
                    i.plan = sealIfPlain(i.id, i.plan);
                    i.summary = sealIfPlain(i.id, i.summary);
                }));
        count += batches(() -> each(IntakeMessage.<IntakeMessage>find("body" + UNSEALED).page(0, BATCH).list(),
                m -> m.body = cipher.seal(m.intakeId, m.body)));
        count += batches(() -> each(TurnReceipt.<TurnReceipt>find("response" + UNSEALED).page(0, BATCH).list(),
                r -> r.response = cipher.seal(r.key.intakeId, r.response)));
        count += batches(() -> each(PlanVersion.<PlanVersion>find("plan" + UNSEALED + " or (note is not null and note" + UNSEALED
                + ") or (change is not null and change" + UNSEALED + ")").page(0, BATCH).list(), v -> {
                    v.plan = sealIfPlain(v.key.intakeId(), v.plan);
                    v.note = sealIfPlain(v.key.intakeId(), v.note);
                    v.change = sealIfPlain(v.key.intakeId(), v.change);
                }));
        return count;
    }

    private static <T> long each(List<T> rows, java.util.function.Consumer<T> seal) {
        rows.forEach(seal);
        return rows.size();
    }

    private String sealIfPlain(String intakeId, String value) {
        return IntakeCipher.sealed(value) ? value : cipher.seal(intakeId, value);
    }

    private static int batches(java.util.function.Supplier<Long> batch) {
        int count = 0;
        int conflicts = 0;
        while (true) {
            long done;
            try {
                done = QuarkusTransaction.requiringNew().call(batch::get);
            } catch (RuntimeException e) {
                if (!conflict(e) || ++conflicts > 10) {
                    throw e;
                }
                continue; // a turn changed an intake meanwhile (and sealed it): look again
            }
            count += (int) done;
            if (done < BATCH) {
                return count;
            }
        }
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The embedded database's directory and files readable by the service's user only. */
    static void protectEmbeddedDatabase(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        Path directory = Path.of(file).toAbsolutePath().getParent();
        try {
            SecretKeyFile.ownerOnlyDirectory(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("Could not make the database directory %s owner-only (%s); protect it yourself", directory, e.getClass().getSimpleName());
        }
    }
}
