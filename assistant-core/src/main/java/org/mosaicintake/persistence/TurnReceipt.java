package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The answer given to one turn, kept under its Idempotency-Key so a retried turn gets the same answer. */
@Entity
@Table(name = "intake_turn_receipt")
public class TurnReceipt extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "intake_id", length = 36)
        public String intakeId;

        @Column(name = "idempotency_key", length = 128)
        public String idempotencyKey;

        public Key() {
        }

        public Key(String intakeId, String idempotencyKey) {
            this.intakeId = intakeId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(intakeId, k.intakeId) && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(intakeId, idempotencyKey);
        }
    }

    @EmbeddedId
    public Key key;

    /** SHA-256 of the request body, to tell a retry from a different turn reusing the key. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false, length = 1000000)
    public String response;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
