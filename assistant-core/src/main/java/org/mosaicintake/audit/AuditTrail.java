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
 * one by a SHA-256 hash, so that tampering (a changed, inserted or deleted row) is detectable. A
 * record is written, in its own transaction, before the data is returned: if it cannot be written,
 * the data is not shown. Appends are serialised in this instance; across instances the primary key
 * (the sequence number) refuses a fork and the append is retried.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    /** What was verified: whether the chain holds, over how many records, and the first broken one. */
    public record Verification(boolean intact, long records, Long firstBrokenSeq) {
    }

    public synchronized void record(String actor, String action, String intakeId, String remote) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> append(actor, action, intakeId, remote));
                return;
            } catch (RuntimeException e) {
                last = e; // another instance appended the same sequence number: read the head again
            }
        }
        throw new IllegalStateException("the audit record could not be written", last);
    }

    private static void append(String actor, String action, String intakeId, String remote) {
        AuditRecord head = AuditRecord.find("order by seq desc").firstResult();
        AuditRecord r = new AuditRecord();
        r.seq = head == null ? 1 : head.seq + 1;
        r.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        r.actor = actor;
        r.action = action;
        r.intakeId = intakeId;
        r.remote = remote == null ? null : remote.length() > 64 ? remote.substring(0, 64) : remote;
        r.prevHash = head == null ? GENESIS : head.hash;
        r.hash = Tokens.sha256(r.canonical());
        r.persist();
    }

    /** Walks the whole chain in order and recomputes every hash. */
    public Verification verify() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AuditRecord> records = AuditRecord.list("order by seq");
            String prev = GENESIS;
            long expectedSeq = 1;
            for (AuditRecord r : records) {
                if (r.seq != expectedSeq || !r.prevHash.equals(prev) || !r.hash.equals(Tokens.sha256(r.canonical()))) {
                    return new Verification(false, records.size(), r.seq);
                }
                prev = r.hash;
                expectedSeq++;
            }
            return new Verification(true, records.size(), null);
        });
    }
}
