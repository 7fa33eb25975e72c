package org.mosaicintake.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.mosaicintake.persistence.StaffAccount;

/** Staff accounts for tests, created once per test database. */
final class TestStaff {

    private TestStaff() {
    }

    static void ensure(String username, String password, String roles, String clinicId) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (StaffAccount.findById(username) == null) {
                StaffAccount.create(username, password, roles, clinicId);
            }
        });
    }
}
