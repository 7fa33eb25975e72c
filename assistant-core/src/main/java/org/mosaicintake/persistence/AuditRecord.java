package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit record: who did what to which intake's data, when and from where; chained by hash. Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "intake_id", length = 36)
    public String intakeId;

    /** What the action applied to besides an intake (a plugin id, a username); null when nothing. */
    @Column(length = 200)
    public String argument;

    @Column(length = 64)
    public String remote;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;

    /**
     * The text the hash covers: the previous hash and every field of this record. The argument is
     * covered when there is one (records written before it existed have none, and keep their hash).
     */
    public String canonical() {
        String text = String.join("|", prevHash, Long.toString(seq), at.toString(), actor, action,
                intakeId == null ? "" : intakeId, remote == null ? "" : remote);
        return argument == null ? text : text + "|" + argument;
    }
}
