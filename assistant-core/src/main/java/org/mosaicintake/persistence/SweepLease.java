package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who runs a background sweep until when: one row per sweep, taken by a conditional update. */
@Entity
@Table(name = "sweep_lease")
public class SweepLease extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String name;

    @Column(name = "held_until", nullable = false)
    public Instant heldUntil;

    @Column(name = "held_by", nullable = false, length = 100)
    public String heldBy;

    /** Takes the lease if it is free (lapsed) or already this holder's: one instance wins a race. */
    public static boolean take(String name, String holder, Instant now, Instant until) {
        return update("heldUntil = ?1, heldBy = ?2 where name = ?3 and (heldUntil <= ?4 or heldBy = ?2)", until, holder, name, now) == 1;
    }
}
