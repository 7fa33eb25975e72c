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

    /** Who marked the intake not genuine (a flood, a test), or null; hidden from the list by default, nothing deleted. */
    @Column(name = "not_genuine_by", length = 100)
    public String notGenuineBy;

    @Column(name = "not_genuine_at")
    public Instant notGenuineAt;

    /** A keyed hash (HMAC under the audit key) of the address the intake was started from; never the address. Null once erased. */
    @Column(name = "source_hash", length = 64)
    public String sourceHash;

    @Version
    public long version;

    /** Risk levels that pin an intake for clinicians. */
    static final java.util.List<RiskLevel> URGENT_RISK = java.util.List.of(RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT);

    /**
     * Which intakes the clinicians' list shows: each filter null for "any". {@code notGenuine}: false
     * (the default) leaves out intakes marked not genuine, true shows only those.
     *
     * @param minimumRisk at this risk level or above
     * @param from        started at or after
     * @param until       started before
     */
    public record ListFilter(IntakeStatus status, RiskLevel minimumRisk, ReviewStatus review, Instant from, Instant until,
                             boolean notGenuine) {

        public static final ListFilter DEFAULT = new ListFilter(null, null, null, null, null, false);
    }

    /**
     * One page of the clinicians' list, urgent first: escalated intakes pinned at the top, then those
     * at MODERATE risk or above or urgent for another danger, then the rest; newest activity first
     * within each. Withdrawn intakes (bare tombstones) are left out. {@code clinicId} null: every clinic.
     */
    public static java.util.List<IntakeRecord> forClinicians(String clinicId, ListFilter filter, int page, int size) {
        return query(clinicId, filter, true).page(page, size).list();
    }

    /** How many intakes the list holds with these filters, over every page. */
    public static long countForClinicians(String clinicId, ListFilter filter) {
        return query(clinicId, filter, false).count();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<IntakeRecord> query(String clinicId, ListFilter f, boolean ordered) {
        StringBuilder where = new StringBuilder("status <> :withdrawn");
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("withdrawn", IntakeStatus.WITHDRAWN);
        if (clinicId != null) {
            where.append(" and clinicId = :clinic");
            p = p.and("clinic", clinicId);
        }
        where.append(f.notGenuine() ? " and notGenuineBy is not null" : " and notGenuineBy is null");
        if (f.status() != null) {
            where.append(" and status = :status");
            p = p.and("status", f.status());
        }
        if (f.minimumRisk() != null) {
            where.append(" and riskLevel in :risks");
            p = p.and("risks", java.util.Arrays.stream(RiskLevel.values()).filter(r -> r.isAtLeast(f.minimumRisk())).toList());
        }
        if (f.review() != null) {
            where.append(" and reviewStatus = :review and plan is not null");
            p = p.and("review", f.review());
        }
        if (f.from() != null) {
            where.append(" and createdAt >= :from");
            p = p.and("from", f.from());
        }
        if (f.until() != null) {
            where.append(" and createdAt < :until");
            p = p.and("until", f.until());
        }
        if (ordered) {
            where.append(" order by case when status = :escalated then 0 when urgent = true or riskLevel in :urgent then 1 else 2 end, updatedAt desc, id");
            p = p.and("escalated", IntakeStatus.ESCALATED).and("urgent", URGENT_RISK);
        }
        return find(where.toString(), p);
    }

    /** Escalated, or at MODERATE risk or above: pinned for clinicians. */
    public boolean urgent() {
        return status == IntakeStatus.ESCALATED || urgent || URGENT_RISK.contains(riskLevel);
    }

    /**
     * Up to {@code limit} intakes still in progress with no answer since {@code idleSince} and not
     * pinned for clinicians (not urgent, below moderate risk): abandoned, to be erased.
     */
    public static java.util.List<IntakeRecord> abandoned(Instant idleSince, int limit) {
        return find("status = ?1 and updatedAt < ?2 and urgent = false and riskLevel not in ?3 order by updatedAt",
                IntakeStatus.IN_PROGRESS, idleSince, URGENT_RISK).page(0, limit).list();
    }

    /** How many intakes started from this source have raised an alert since {@code since}. */
    public static long alertedFromSource(String sourceHash, Instant since) {
        return getEntityManager().createQuery("select count(distinct a.intakeId) from Alert a where a.raisedAt >= :since and a.intakeId in "
                + "(select i.id from IntakeRecord i where i.sourceHash = :source)", Long.class)
                .setParameter("since", since).setParameter("source", sourceHash).getSingleResult();
    }

    /**
     * Bursts: for each source from which at least {@code threshold} intakes of this clinic (null: any)
     * raised alerts since {@code since}, those intakes' ids.
     */
    public static java.util.List<java.util.List<String>> alertBursts(String clinicId, Instant since, int threshold) {
        java.util.List<Object[]> rows = getEntityManager().createQuery("select i.sourceHash, i.id from IntakeRecord i where i.sourceHash is not null "
                        + "and i.status <> :withdrawn and i.notGenuineBy is null and (:clinic is null or i.clinicId = :clinic) and i.id in "
                        + "(select a.intakeId from Alert a where a.raisedAt >= :since) order by i.createdAt", Object[].class)
                .setParameter("withdrawn", IntakeStatus.WITHDRAWN).setParameter("clinic", clinicId).setParameter("since", since).getResultList();
        java.util.Map<String, java.util.List<String>> bySource = new java.util.LinkedHashMap<>();
        rows.forEach(r -> bySource.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add((String) r[1]));
        return bySource.values().stream().filter(ids -> ids.size() >= threshold).toList();
    }

    /** Finished or escalated intakes still without a formulation (a crash or restart came between), oldest first. */
    public static java.util.List<String> awaitingCompletion() {
        return find("status in ?1 and formulation is null and state is not null order by updatedAt",
                java.util.List.of(IntakeStatus.COMPLETED, IntakeStatus.ESCALATED)).page(0, 100).stream().map(i -> ((IntakeRecord) i).id).toList();
    }
}
