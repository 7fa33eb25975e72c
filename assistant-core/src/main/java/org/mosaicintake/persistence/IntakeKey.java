package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An intake's data key, wrapped by a master key: the only way to read that intake's sealed words.
 * Deleting the row (erasure) leaves every sealed column of the intake unreadable, wherever a copy lies.
 */
@Entity
@Table(name = "intake_key")
public class IntakeKey extends PanacheEntityBase {

    @Id
    @Column(name = "intake_id", length = 36)
    public String intakeId;

    /** The id of the master key that wrapped it ({@code mk-} and 12 hex digits). */
    @Column(name = "master_key_id", nullable = false, length = 32)
    public String masterKeyId;

    /** The data key (a Tink keyset) encrypted by the master key, in base64. */
    @Column(name = "wrapped_key", nullable = false, length = 1000)
    public String wrappedKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Up to {@code limit} keys not wrapped by the master key with this id. */
    public static List<IntakeKey> wrappedByOtherThan(String masterKeyId, int limit) {
        return find("masterKeyId <> ?1", masterKeyId).page(0, limit).list();
    }

    /** The ids of master keys that wrap some data key. */
    public static List<String> masterKeyIds() {
        return getEntityManager().createQuery("select distinct k.masterKeyId from IntakeKey k", String.class).getResultList();
    }
}
