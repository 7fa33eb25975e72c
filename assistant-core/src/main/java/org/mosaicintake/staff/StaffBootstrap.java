package org.mosaicintake.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.persistence.StaffAccount;

/**
 * At first start (no staff accounts yet) creates the superadmin account {@code mosaic.admin.initial-username}
 * (default {@code admin}) with
 * {@code mosaic.admin.initial-password}, or with a random password printed once to the console.
 */
@ApplicationScoped
public class StaffBootstrap {

    void onStart(@Observes StartupEvent event, MosaicConfig config) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (StaffAccount.count() > 0) {
                return;
            }
            String password = config.admin().initialPassword().orElseGet(() -> {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                // printed once, to the console only (not the log files): the operator's to keep
                System.out.println("\n*** Mosaic: first start. Superadmin account '" + config.admin().initialUsername() + "', password: " + generated
                        + " (shown once; set MOSAIC_ADMIN_INITIAL_PASSWORD to choose it) ***\n");
                return generated;
            });
            StaffAccount.create(config.admin().initialUsername(), password, StaffAccount.SUPERADMIN + "," + StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN, null);
        });
    }
}
