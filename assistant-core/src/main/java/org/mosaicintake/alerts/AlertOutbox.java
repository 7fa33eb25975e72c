package org.mosaicintake.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mosaicintake.risk.RiskPathway;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.persistence.Alert;
import org.mosaicintake.persistence.IntakeRecord;

/**
 * Raises clinician alerts: written to the outbox inside the caller's transaction (the turn's), so an
 * alert exists exactly when the turn that raised it is stored. {@code AlertDelivery} sends them on.
 */
@ApplicationScoped
public class AlertOutbox {

    private static final Logger LOG = Logger.getLogger(AlertOutbox.class);

    private final org.mosaicintake.audit.AuditTrail audit;
    private final org.mosaicintake.config.MosaicConfig.Limits limits;

    public AlertOutbox(org.mosaicintake.audit.AuditTrail audit, org.mosaicintake.config.MosaicConfig config) {
        this.audit = audit;
        this.limits = config.limits();
    }

    /** Raises an alert when a turn took the intake's suicide risk up to MODERATE or above. */
    public void onRiskChange(IntakeRecord intake, RiskLevel before, RiskLevel after) {
        if (after.isAtLeast(RiskLevel.MODERATE) && after.compareTo(before) > 0) {
            raise(intake, RiskPathway.SUICIDE, after);
        }
    }

    /** Raises an alert when a pathway's answers made the intake urgent (violence at home: immediate danger). */
    public void onUrgent(IntakeRecord intake, RiskPathway pathway, RiskLevel level) {
        raise(intake, pathway == null ? RiskPathway.SUICIDE : pathway, level);
    }

    private void raise(IntakeRecord intake, RiskPathway pathway, RiskLevel level) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID().toString();
        alert.intakeId = intake.id;
        alert.clinicId = intake.clinicId;
        alert.pathway = pathway;
        alert.level = level;
        alert.raisedAt = Instant.now();
        alert.nextAttemptAt = alert.raisedAt;
        alert.persist();
        LOG.infof("Alert %s raised for intake %s", alert.id, intake.id);
        if (intake.sourceHash != null) {
            IntakeRecord.flush();
            long fromSource = IntakeRecord.alertedFromSource(intake.sourceHash, alert.raisedAt.minus(limits.escalationBurstWindow()));
            if (fromSource == limits.escalationBurst()) {
                // once per burst: staff see it on the intakes list, where each of them can be marked not genuine
                LOG.errorf("Escalation burst: %d intakes started from one address raised alerts within %s (latest: intake %s); "
                        + "they may not be genuine", fromSource, limits.escalationBurstWindow(), intake.id);
                audit.appendInCurrentTransaction(new org.mosaicintake.audit.AuditTrail.Entry("mosaic", "escalation_burst", intake.id,
                        fromSource + " from one source", null));
            }
        }
    }
}
