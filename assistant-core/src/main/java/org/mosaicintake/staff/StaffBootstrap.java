package org.mosaicintake.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.persistence.StaffAccount;

/**
 * At first start (no staff accounts yet) creates the superadmin account {@code mosaic.admin.initial-username}
 * (default {@code admin}) with {@code mosaic.admin.initial-password}, or with a random password printed
 * once to the console. Instances starting together on one database create it once: the one whose insert
 * loses finds the account there and goes on (a generated password is printed only by the one that won).
 */
@ApplicationScoped
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class);

    /** Done once the first account exists (or was found); sign-in waits for it. */
    private final java.util.concurrent.CompletableFuture<Void> firstAccount = new java.util.concurrent.CompletableFuture<>();

    /**
     * Off the start-up path: hashing the password (bcrypt, a few hundred milliseconds) need not delay
     * the first client, who needs no staff account; a staff sign-in waits for it ({@link #awaitFirstAccount()}).
     */
    void onStart(@Observes StartupEvent event, MosaicConfig config) {
        if (anyAccount()) { // checked before the service serves anyone, so nothing made meanwhile can stop it
            firstAccount.complete(null);
            return;
        }
        Thread maker = new Thread(() -> {
            try {
                create(config.admin().initialUsername(), config.admin().initialPassword());
                firstAccount.complete(null);
            } catch (RuntimeException e) {
                firstAccount.completeExceptionally(e);
                LOG.errorf(e, "The first staff account could not be created (%s): staff cannot sign in until it exists", e.getClass().getSimpleName());
            }
        }, "first-account");
        maker.setDaemon(true);
        maker.start();
    }

    /** Waits (up to 30 s) until the first-start account has been made, if this instance is making it. */
    void awaitFirstAccount() {
        try {
            firstAccount.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // logged where it failed; the sign-in goes on and finds no such account
        }
    }

    /** Creates the first account unless there is one; true when this call created it. */
    boolean createFirstAccount(String username, Optional<String> configuredPassword) {
        return !anyAccount() && create(username, configuredPassword);
    }

    private static boolean anyAccount() {
        return QuarkusTransaction.requiringNew().call(() -> StaffAccount.count() > 0);
    }

    /** Creates the account (another instance may be doing the same); true when this call created it. */
    private boolean create(String username, Optional<String> configuredPassword) {
        String password = configuredPassword.orElseGet(() -> {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        });
        try {
            QuarkusTransaction.requiringNew().run(() -> StaffAccount.create(username, password,
                    StaffAccount.SUPERADMIN + "," + StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, null));
        } catch (RuntimeException e) {
            // another instance's insert may still be committing: look for its account for a moment
            for (int attempt = 0; attempt < 30; attempt++) {
                if (QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById(username) != null)) {
                    LOG.infof("The first account '%s' was created by another instance", username);
                    return false;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw e;
        }
        if (configuredPassword.isEmpty()) {
            // printed once, to the console only (not the log files): the operator's to keep
            System.out.println("\n*** Mosaic: first start. Superadmin account '" + username + "', password: " + password
                    + " (shown once; set MOSAIC_ADMIN_INITIAL_PASSWORD to choose it) ***\n");
        }
        return true;
    }
}
