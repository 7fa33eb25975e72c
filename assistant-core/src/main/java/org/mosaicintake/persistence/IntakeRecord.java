package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.dialogue.IntakeStatus;
import org.mosaicintake.review.ReviewStatus;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One intake as stored: the dialogue state as JSON, the formulation and plan once complete, the
 * hashed client token. {@link #version} serialises concurrent turns (optimistic locking).
 */
@Entity
@Table(name = "intake")
public class IntakeRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "clinic_id", nullable = false, length = 64)
    public String clinicId;

    @Column(nullable = false, length = 16)
    public String locale;

    @Column(name = "script_version", nullable = false, length = 32)
    public String scriptVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IntakeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 16)
    public RiskLevel riskLevel;

    /** Urgent for a danger besides the suicide risk level (violence at home): pinned for clinicians. */
    @Column(nullable = false)
    public boolean urgent;

    /** SHA-256 of the client's bearer token, hex; the token itself is never stored. */
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "token_used_at")
    public Instant tokenUsedAt;

    @Column(length = 1000000)
    public String state;

    @Column(length = 1000000)
    public String formulation;

    @Column(length = 1000000)
    public String plan;

    /** The clinicians' review of the plan. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 16)
    public ReviewStatus reviewStatus = ReviewStatus.AWAITING_REVIEW;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_version")
    public Integer approvedVersion;

    /** JSON: the narrative paragraph for clinicians (marked when generated) and the client's goals. */
    @Column(length = 1000000)
    public String summary;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public long version;

    /** Risk levels that pin an intake for clinicians. */
    static final java.util.List<RiskLevel> URGENT_RISK = java.util.List.of(RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT);

    /**
     * Intakes for the clinicians' list, urgent first: escalated intakes pinned at the top, then those
     * at MODERATE risk or above, then the rest; newest activity first within each. Withdrawn intakes
     * (bare tombstones) are left out. {@code clinicId} null: every clinic.
     */
    public static java.util.List<IntakeRecord> forClinicians(String clinicId, int max) {
        String order = " order by case when status = :escalated then 0 when urgent = true or riskLevel in :urgent then 1 else 2 end, updatedAt desc";
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("withdrawn", IntakeStatus.WITHDRAWN)
                .and("escalated", IntakeStatus.ESCALATED).and("urgent", URGENT_RISK);
        return (clinicId == null ? find("status <> :withdrawn" + order, p)
                : find("status <> :withdrawn and clinicId = :clinic" + order, p.and("clinic", clinicId))).page(0, max).list();
    }

    /** Escalated, or at MODERATE risk or above: pinned for clinicians. */
    public boolean urgent() {
        return status == IntakeStatus.ESCALATED || urgent || URGENT_RISK.contains(riskLevel);
    }

    /** Finished or escalated intakes still without a formulation (a crash or restart came between), oldest first. */
    public static java.util.List<String> awaitingCompletion() {
        return find("status in ?1 and formulation is null and state is not null order by updatedAt",
                java.util.List.of(IntakeStatus.COMPLETED, IntakeStatus.ESCALATED)).page(0, 100).stream().map(i -> ((IntakeRecord) i).id).toList();
    }
}
