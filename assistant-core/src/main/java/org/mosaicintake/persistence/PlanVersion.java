package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One version of an intake's plan: who made it, when, and why. Versions are only ever added. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    /** The intake and the version number, from 1. */
    @Embeddable
    public record Key(@Column(name = "intake_id", length = 36) String intakeId, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 1000000)
    public String plan;

    @Column(name = "primary_orientation", length = 64)
    public String primaryOrientation;

    @Column(nullable = false, length = 100)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Sealed (see {@code IntakeCipher}), like the plan and the change. */
    @Column(length = 4000)
    public String note;

    /** What this version changed, in words; null for the engine's proposal. */
    @Column(name = "change_summary", length = 8000)
    public String change;

    public static List<PlanVersion> of(String intakeId) {
        return list("key.intakeId = ?1 order by key.version", intakeId);
    }

    public static int latest(String intakeId) {
        return of(intakeId).stream().mapToInt(v -> v.key.version()).max().orElse(0);
    }
}
