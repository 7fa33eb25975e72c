package org.mosaicintake.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.audit.Audited;

/** Admins manage staff accounts: list them and add clinicians and admins. */
@ApplicationScoped
public class StaffAccounts {

    /** Shortest password accepted for a new account. */
    public static final int MIN_PASSWORD = 12;

    @Transactional
    public List<StaffAccount> all() {
        return StaffAccount.list("order by username");
    }

    /** Adds an account; the first field at fault is named. Role {@code admin} includes everything a clinician can do. */
    @Transactional
    @Audited(value = "create_account", kind = Audited.Kind.CHANGE)
    public StaffAccount create(@Audited.Argument String username, String password, String role, String clinicId) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new FieldException("username", "must be 3 to 100 lower-case letters, digits, dots, dashes or underscores");
        }
        if (StaffAccount.findById(username) != null) {
            throw new FieldException("username", "'" + username + "' already exists");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new FieldException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        String roles = switch (role == null ? "" : role) {
            case StaffAccount.CLINICIAN -> StaffAccount.CLINICIAN;
            case StaffAccount.ADMIN -> StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN;
            default -> throw new FieldException("role", "must be 'clinician' or 'admin'");
        };
        String clinic = clinicId == null || clinicId.isBlank() ? null : clinicId.strip();
        if (clinic != null && Clinic.findById(clinic) == null) {
            throw new FieldException("clinicId", "no clinic '" + clinic + "'");
        }
        return StaffAccount.create(username, password, roles, clinic);
    }
}
