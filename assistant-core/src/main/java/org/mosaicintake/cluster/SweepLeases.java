package org.mosaicintake.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mosaicintake.persistence.SweepLease;

/**
 * Background sweeps on several instances over one database: each run of a sweep first takes the
 * sweep's lease in the database (a conditional update, so exactly one instance wins), and the other
 * instances skip that run. A holder that dies leaves the lease to lapse after {@code lease}; the next
 * run anywhere takes it. Sweeps stay safe to run twice (each is idempotent), so a lapse is harmless.
 * Thread-safe.
 */
@ApplicationScoped
public class SweepLeases {

    private static final Logger LOG = Logger.getLogger(SweepLeases.class);

    /** This instance, as recorded in the lease. */
    private final String holder = hostname() + "/" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * Runs {@code sweep} if this instance takes the lease named {@code name} for {@code lease}
     * (a little shorter than the sweep's interval, so that the next run can be anyone's).
     *
     * @return whether this instance ran it
     */
    public boolean runIfLeader(String name, Duration lease, Runnable sweep) {
        if (!take(name, lease)) {
            return false;
        }
        sweep.run();
        return true;
    }

    boolean take(String name, Duration lease) {
        Instant now = Instant.now();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (SweepLease.findById(name) == null) {
                    SweepLease row = new SweepLease();
                    row.name = name;
                    row.heldUntil = now.plus(lease);
                    row.heldBy = holder;
                    row.persist();
                    SweepLease.flush();
                    return true;
                }
                return SweepLease.take(name, holder, now, now.plus(lease));
            });
        } catch (RuntimeException e) {
            // another instance created the row at the same moment: it runs this time
            LOG.debugf("Sweep %s: lease taken elsewhere (%s)", name, e.getClass().getSimpleName());
            return false;
        }
    }

    String holder() {
        return holder;
    }

    private static String hostname() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "mosaic" : host.length() > 60 ? host.substring(0, 60) : host;
    }
}
