package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mosaicintake.api.RiskLevel;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A clinician alert in the outbox: raised in the transaction of the turn that raised the intake's
 * risk to MODERATE or above, then delivered at least once. Holds no client text.
 */
@Entity
@Table(name = "alert_outbox")
public class Alert extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "intake_id", nullable = false, length = 36)
    public String intakeId;

    @Column(name = "clinic_id", nullable = false, length = 64)
    public String clinicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RiskLevel level;

    /** The danger the alert is about. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public org.mosaicintake.risk.RiskPathway pathway;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_error", length = 500)
    public String lastError;

    /** Undelivered alerts whose next attempt is due, oldest first. */
    public static List<Alert> due(Instant now, int max) {
        return find("deliveredAt is null and nextAttemptAt <= ?1 order by raisedAt", now).page(0, max).list();
    }

    /** Undelivered alerts due by {@code now} of clinics that have a webhook of their own, oldest first. */
    public static List<Alert> dueWithClinicWebhook(Instant now, int max) {
        return find("deliveredAt is null and nextAttemptAt <= ?1 and clinicId in (select c.id from Clinic c where c.webhookUrl is not null) "
                + "order by raisedAt", now).page(0, max).list();
    }

    /**
     * Claims a due alert for one delivery attempt: moves its next attempt to {@code until} only if no
     * one else has since (instances share the outbox; only the one whose update lands delivers). An
     * instance that dies while delivering leaves the claim to lapse, and another retries.
     *
     * @return whether this caller holds the claim
     */
    public static boolean claim(String id, Instant seen, Instant until) {
        return update("nextAttemptAt = ?1 where id = ?2 and nextAttemptAt = ?3 and deliveredAt is null", until, id, seen) == 1;
    }

    public static List<Alert> forIntake(String intakeId) {
        return list("intakeId = ?1 order by raisedAt", intakeId);
    }
}
