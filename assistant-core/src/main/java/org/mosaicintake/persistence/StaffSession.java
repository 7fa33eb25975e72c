package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A console session. The browser holds a random token in a cookie; only the token's SHA-256 is kept
 * here, so the table alone cannot be used to sign in. Deleted at sign-out; expired by the
 * {@link org.mosaicintake.staff.SignInPolicy}.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 100)
    public String username;

    /** The token every console form must carry (synchronizer token against cross-site requests). */
    @Column(name = "csrf_token", nullable = false, length = 64)
    public String csrfToken;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
