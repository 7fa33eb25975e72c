package org.mosaicintake.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mosaicintake.persistence.AuditRecord;
import org.mosaicintake.domain.Tokens;

/**
 * The audit trail of staff access to client data: append-only, each record chained to the previous
 * one by an HMAC-SHA256 under a key kept outside the database ({@link AuditKey}), so that tampering (a
 * changed, inserted or deleted row) is detectable, even by someone who can write the database and
 * recompute hashes. A chain written before the key existed (plain SHA-256) is re-keyed once at start-up
 * if it is intact. Most
 * records are written by {@link AuditInterceptor} for {@link Audited} service methods: a read in its
 * own transaction before the data is returned (if it cannot be written, the data is not shown), a
 * change in the change's own transaction. An append locks the head of the chain until its
 * transaction ends; where two appends still race for the first record, the primary key (the
 * sequence number) refuses the fork and an append in its own transaction is retried.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AuditTrail.class);

    /** Looked up when first needed (a test may replace this bean with a subclass of its own). */
    private volatile AuditKey key;

    private AuditKey key() {
        AuditKey k = key;
        if (k == null) {
            k = io.quarkus.arc.Arc.container().instance(AuditKey.class).get();
            key = k;
        }
        return k;
    }

    /** Re-keys a chain written before the audit key existed, once, if it is intact; every instance may try, one does it. */
    void rekeyLegacyChain(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        rekeyLegacyChain();
    }

    /** The re-keying itself (see {@link #rekeyLegacyChain(io.quarkus.runtime.StartupEvent)}). */
    void rekeyLegacyChain() {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditRecord head = AuditRecord.<AuditRecord>find("order by seq desc").withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .firstResult();
            if (head == null || !head.hash.equals(Tokens.sha256(head.canonical()))) {
                return; // empty, or already keyed
            }
            List<AuditRecord> records = AuditRecord.list("order by seq");
            String prev = GENESIS;
            for (AuditRecord r : records) {
                if (!r.prevHash.equals(prev) || !r.hash.equals(Tokens.sha256(r.canonical()))) {
                    LOG.errorf("The audit trail written before its key was set is broken at record %d; it is left as it is", r.seq);
                    return;
                }
                prev = r.hash;
            }
            prev = GENESIS;
            for (AuditRecord r : records) {
                r.prevHash = prev;
                r.hash = key().hmac(r.canonical());
                prev = r.hash;
            }
            LOG.infof("The audit trail's %d records were re-keyed with the audit key", records.size());
        });
    }

    /** What was verified: whether the chain holds, over how many records, and the first broken one. */
    public record Verification(boolean intact, long records, Long firstBrokenSeq) {
    }

    /**
     * One audited action.
     *
     * @param actor    the staff member's username
     * @param action   a fixed name, at most 40 characters ({@code read_summary})
     * @param intakeId the intake concerned, if any
     * @param argument what the action applied to besides an intake (a plugin id, a username), if anything
     * @param remote   the client's address
     */
    public record Entry(String actor, String action, String intakeId, String argument, String remote) {
        public Entry {
            if (action == null || action.isBlank() || action.length() > 40) {
                throw new IllegalArgumentException("an audit action is a name of 1 to 40 characters: " + action);
            }
        }
    }

    /** Records, in its own transaction, that staff asked for something outside what they may do: who and what, never client data. */
    public void recordDenied(String actor, String what, String remote) {
        record(new Entry(actor, "access_denied", null, what, remote));
    }

    /** Records an action with no argument in its own transaction (sign-ins, plugin uploads). */
    public void record(String actor, String action, String intakeId, String remote) {
        record(new Entry(actor, action, intakeId, null, remote));
    }

    /** Records an entry in its own transaction; retried when another append took the same place. */
    public synchronized void record(Entry entry) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> append(entry));
                return;
            } catch (RuntimeException e) {
                last = e; // another instance appended the same sequence number: read the head again
            }
        }
        throw new IllegalStateException("the audit record could not be written", last);
    }

    /** Appends an entry in the caller's transaction: it commits, or rolls back, with the change it records. */
    public void appendInCurrentTransaction(Entry entry) {
        append(entry);
    }

    private void append(Entry entry) {
        AuditRecord head = AuditRecord.<AuditRecord>find("order by seq desc").withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        AuditRecord r = new AuditRecord();
        r.seq = head == null ? 1 : head.seq + 1;
        r.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        r.actor = entry.actor();
        r.action = entry.action();
        r.intakeId = entry.intakeId();
        r.argument = clip(entry.argument(), 200);
        r.remote = clip(entry.remote(), 64);
        r.prevHash = head == null ? GENESIS : head.hash;
        r.hash = key().hmac(r.canonical());
        r.persist();
    }

    private static String clip(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }

    /** Walks the whole chain in order and recomputes every hash. */
    @Audited("verify_audit")
    public Verification verify() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AuditRecord> records = AuditRecord.list("order by seq");
            String prev = GENESIS;
            long expectedSeq = 1;
            for (AuditRecord r : records) {
                if (r.seq != expectedSeq || !r.prevHash.equals(prev) || !r.hash.equals(key().hmac(r.canonical()))) {
                    return new Verification(false, records.size(), r.seq);
                }
                prev = r.hash;
                expectedSeq++;
            }
            return new Verification(true, records.size(), null);
        });
    }
}
