package org.mosaicintake.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.crypto.IntakeCipher;
import org.mosaicintake.dialogue.IntakeStatus;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.persistence.TurnReceipt;

/**
 * Erasure of a client's data: on withdrawal, on declined consent, and for intakes abandoned longer
 * than {@code mosaic.intake.abandoned-after} (30 days by default). What remains is documented in
 * docs/operations.md: a bare tombstone, the alerts and the audit trail, none of which holds client text.
 */
@ApplicationScoped
public class IntakeErasure {

    private static final Logger LOG = Logger.getLogger(IntakeErasure.class);
    private static final int BATCH = 100;

    private final IntakeCipher cipher;
    private final AuditTrail audit;
    private final MosaicConfig config;

    private final org.mosaicintake.cluster.SweepLeases leases;

    public IntakeErasure(IntakeCipher cipher, AuditTrail audit, MosaicConfig config, org.mosaicintake.cluster.SweepLeases leases) {
        this.leases = leases;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Erases everything of the client, in the caller's transaction: their data key (so a sealed copy
     * anywhere, a backup included, cannot be read), their words and answers, the transcript, the turn
     * receipts, the formulation, the summary and every plan version (with the clinicians' notes on
     * it); a bare tombstone (id, clinic, times, status) remains, with the alerts and the audit trail.
     */
    void erase(IntakeRecord intake) {
        cipher.erase(intake.id);
        IntakeMessage.delete("intakeId", intake.id);
        TurnReceipt.delete("key.intakeId", intake.id);
        PlanVersion.delete("key.intakeId", intake.id);
        intake.state = null;
        intake.formulation = null;
        intake.plan = null;
        intake.summary = null;
        intake.tokenHash = null;
        intake.sourceHash = null;
        intake.status = IntakeStatus.WITHDRAWN;
        intake.riskLevel = RiskLevel.NONE;
        intake.updatedAt = Instant.now();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        leases.runIfLeader("abandoned-intakes", java.time.Duration.ofMinutes(50), () -> {
            int erased = eraseAbandoned(Instant.now().minus(config.intake().abandonedAfter()));
            if (erased > 0) {
                LOG.infof("Erased %d intakes abandoned for longer than %s", erased, config.intake().abandonedAfter());
            }
        });
    }

    /**
     * Erases intakes left unfinished with no answer since {@code idleSince}, each audited as
     * {@code erase_abandoned}; those pinned for clinicians (urgent, or at moderate risk or above) are
     * kept for them. Safe on several instances at once (an intake erased meanwhile is skipped).
     *
     * @return how many were erased
     */
    public int eraseAbandoned(Instant idleSince) {
        int count = 0;
        while (true) {
            List<String> erased;
            try {
                erased = QuarkusTransaction.requiringNew().call(() -> {
                    List<IntakeRecord> idle = IntakeRecord.abandoned(idleSince, BATCH);
                    idle.forEach(this::erase);
                    IntakeRecord.flush();
                    return idle.stream().map(i -> i.id).toList();
                });
            } catch (RuntimeException e) {
                LOG.warnf("Erasing abandoned intakes paused (%s); the next sweep goes on", e.getClass().getSimpleName());
                return count;
            }
            erased.forEach(id -> audit.record("mosaic", "erase_abandoned", id, null));
            count += erased.size();
            if (erased.size() < BATCH) {
                return count;
            }
        }
    }
}
