package org.mosaicintake.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.persistence.StaffSession;
import org.mosaicintake.domain.Tokens;
import org.mosaicintake.staff.SignInPolicy;
import org.mosaicintake.audit.Audited;

/**
 * Signing staff in: passwords checked against bcrypt with the lock-out of the {@link SignInPolicy}
 * (for the console's form and for HTTP Basic alike), and the console's server-side sessions. Each
 * method runs in its own transaction, so a failed attempt is counted even though the request fails.
 * Thread-safe.
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Logger LOG = Logger.getLogger(StaffSignIn.class);
    /**
     * Compared against when there is no such account, so that a wrong username takes as long as a wrong password.
     * Made at the first such refusal, not when the class loads: a bcrypt hash takes a few hundred
     * milliseconds, and the class loads on the event loop with the first request of any kind.
     */
    private static final class NoAccount {
        static final String HASH = BcryptUtil.bcryptHash("no account has this password");
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is signed in: the account's name, roles and clinic; the session's form token when signed in by the console. */
    public record Staff(String username, Set<String> roles, String clinicId, String csrfToken) {
    }

    private final SignInPolicy policy;

    private final org.mosaicintake.audit.AuditTrail audit;

    private final org.mosaicintake.cluster.SweepLeases leases;

    private final StaffBootstrap bootstrap;

    public StaffSignIn(SignInPolicy policy, org.mosaicintake.audit.AuditTrail audit, org.mosaicintake.cluster.SweepLeases leases,
                       StaffBootstrap bootstrap) {
        this.bootstrap = bootstrap;
        this.leases = leases;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * The account, if the password is right and the account is not locked. Every attempt counts as
     * a failure before the password is checked, under a lock on the account's row, so parallel
     * guesses are counted one by one and at most {@code maxFailures} of them are ever checked before
     * the account locks (the attempt that reaches the limit locks it at once; the right password then
     * lifts the lock again). The right password resets the count.
     */
    public Optional<Staff> verify(String username, String password, String remote) {
        bootstrap.awaitFirstAccount(); // at a first start, the superadmin is being made in the background
        Optional<Staff> staff = check(username, password);
        if (staff.isEmpty()) {
            // the name only when it is an account's (a mistyped password in the name field stays out of the trail)
            boolean known = username != null && QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById(username) != null);
            audit.record(known ? username : "(no such account)", "sign_in_failed", null, remote);
        }
        return staff;
    }

    private Optional<Staff> check(String username, String password) {
        Instant now = Instant.now();
        Optional<Attempt> candidate = QuarkusTransaction.requiringNew().call(() -> {
            StaffAccount account = username == null ? null
                    : StaffAccount.findById(username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (account == null || password == null || policy.locked(account.lockedUntil, now)) {
                return Optional.<Attempt>empty();
            }
            account.failedLogins++;
            account.lockedUntil = policy.lockedUntilAfter(account.failedLogins, now);
            return Optional.of(new Attempt(new Staff(account.username, account.roleSet(), account.clinicId, null), account.passwordHash));
        });
        if (candidate.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, NoAccount.HASH); // as long as any other refusal
            return Optional.empty();
        }
        if (!BcryptUtil.matches(password, candidate.get().passwordHash())) {
            QuarkusTransaction.requiringNew().run(() -> {
                StaffAccount account = StaffAccount.findById(username);
                if (account != null && account.lockedUntil != null) {
                    LOG.warnf("Staff account '%s' locked until %s after %d failed sign-ins in a row", account.username,
                            account.lockedUntil, account.failedLogins);
                }
            });
            return Optional.empty();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            StaffAccount account = StaffAccount.findById(username);
            if (account != null) {
                account.failedLogins = 0;
                account.lockedUntil = null;
            }
        });
        return Optional.of(candidate.get().staff());
    }

    /** An attempt counted against an account: who it would be, and the hash to check the password against. */
    private record Attempt(Staff staff, String passwordHash) {
    }

    /** Starts a console session; the returned token goes in the cookie and is not stored. */
    public String open(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RANDOM.nextBytes(bytes);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        QuarkusTransaction.requiringNew().run(() -> {
            StaffSession session = new StaffSession();
            session.tokenHash = Tokens.sha256(token);
            session.username = username;
            session.csrfToken = csrf;
            session.createdAt = Instant.now();
            session.lastSeenAt = session.createdAt;
            session.persist();
        });
        return token;
    }

    /** The session's member of staff, when the session exists and has not expired; each use counts as activity. */
    public Optional<Staff> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            StaffSession session = StaffSession.findById(Tokens.sha256(token));
            if (session == null) {
                return Optional.<Staff>empty();
            }
            Instant now = Instant.now();
            StaffAccount account = StaffAccount.findById(session.username);
            if (account == null || policy.expired(session.createdAt, session.lastSeenAt, now)) {
                session.delete();
                return Optional.<Staff>empty();
            }
            session.lastSeenAt = now;
            return Optional.of(new Staff(account.username, account.roleSet(), account.clinicId, session.csrfToken));
        });
    }

    /** Signs out: the session is deleted, so the cookie is worthless even if kept. */
    public void close(String token) {
        if (token != null && token.length() <= 100) {
            QuarkusTransaction.requiringNew().run(() -> StaffSession.deleteById(Tokens.sha256(token)));
        }
    }

    /** An admin lifts a lock-out. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    @Audited(value = "unlock_account", kind = Audited.Kind.CHANGE)
    public void unlock(@Audited.Argument String username) {
        StaffAccount account = StaffAccount.findById(username);
        if (account != null) {
            account.failedLogins = 0;
            account.lockedUntil = null;
        }
    }

    /** Deletes the sessions that have ended but were never used again (the others are deleted when next used). */
    @io.quarkus.scheduler.Scheduled(every = "10m", delayed = "1m", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        leases.runIfLeader("staff-sessions", java.time.Duration.ofMinutes(9), () -> {
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> StaffSession.delete("lastSeenAt < ?1 or createdAt < ?2",
                    now.minus(policy.idleTimeout()), now.minus(policy.lifetime())));
        });
    }

    /** Whether the account is locked now (for the admin's list). */
    public boolean locked(StaffAccount account) {
        return policy.locked(account.lockedUntil, Instant.now());
    }
}
