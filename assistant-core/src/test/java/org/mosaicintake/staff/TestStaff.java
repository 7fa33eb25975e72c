package org.mosaicintake.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.mosaicintake.persistence.StaffAccount;

/** Staff accounts for tests, created once per test database. */
public final class TestStaff {

    private TestStaff() {
    }

    public static void ensure(String username, String password, String roles, String clinicId) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (StaffAccount.findById(username) == null) {
                StaffAccount.create(username, password, roles, clinicId);
            }
        });
    }
}
