package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of an intake's transcript: what the assistant said or asked, or what the client answered. */
@Entity
@Table(name = "intake_message")
public class IntakeMessage extends PanacheEntityBase {

    public enum Author { ASSISTANT, CLIENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "intake_id", nullable = false, length = 36)
    public String intakeId;

    @Column(nullable = false)
    public int seq;

    /** The turn this line belongs to: 0 for the start, then one per answer; every line of a turn shares it. */
    @Column(nullable = false)
    public int turn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Author author;

    @Column(name = "prompt_id", length = 64)
    public String promptId;

    @Column(nullable = false, length = 1000000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<IntakeMessage> transcript(String intakeId) {
        return list("intakeId = ?1 order by seq", intakeId);
    }

    /** The number of the next turn of an intake: 0 when it has none yet. */
    public static int nextTurn(String intakeId) {
        Integer max = getEntityManager().createQuery("select max(m.turn) from IntakeMessage m where m.intakeId = :id", Integer.class)
                .setParameter("id", intakeId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public static int nextSeq(String intakeId) {
        Integer max = getEntityManager().createQuery("select max(m.seq) from IntakeMessage m where m.intakeId = :id", Integer.class)
                .setParameter("id", intakeId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
