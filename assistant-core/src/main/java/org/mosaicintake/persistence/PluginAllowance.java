package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin jar a superadmin allow-listed by its SHA-256, so that it can be uploaded unsigned. */
@Entity
@Table(name = "plugin_allowlist")
public class PluginAllowance extends PanacheEntityBase {

    /** SHA-256 of the jar, lower-case hex. */
    @Id
    @Column(length = 64)
    public String sha256;

    @Column(name = "added_by", nullable = false, length = 64)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    /** What the jar is, in the superadmin's words (no client data). */
    @Column(length = 200)
    public String note;
}
