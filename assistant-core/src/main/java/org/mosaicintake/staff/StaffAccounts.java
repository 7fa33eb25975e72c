package org.mosaicintake.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.audit.Audited;

/**
 * Admins manage staff accounts within their scope ({@link AdminScope}): a superadmin every account,
 * a clinic admin the accounts of its own clinic.
 */
@ApplicationScoped
public class StaffAccounts {

    /** Shortest password accepted for a new account. */
    public static final int MIN_PASSWORD = 12;

    @Transactional
    public List<StaffAccount> all() {
        return StaffAccount.list("order by username");
    }

    /** The accounts this person administers: every one for a superadmin, its own clinic's for a clinic admin. */
    @Transactional
    public List<StaffAccount> visibleTo(AdminScope scope) {
        return scope.superadmin() ? all() : StaffAccount.list("clinicId = ?1 order by username", scope.clinicId());
    }

    /**
     * Refuses unless this person may unlock the account: a superadmin any, a clinic admin the accounts
     * of its own clinic but never a superadmin.
     */
    @Transactional
    public void requireUnlockable(AdminScope by, String username) {
        StaffAccount account = username == null ? null : StaffAccount.findById(username);
        boolean theirs = account != null && (by.superadmin()
                || (by.administers(account.clinicId) && !account.roleSet().contains(StaffAccount.SUPERADMIN)));
        if (!theirs) {
            throw new NotPermittedException(by.username(), "unlock " + username,
                    "'" + by.username() + "' administers the accounts of its own clinic only, and never a superadmin's");
        }
    }

    /** What this member of staff may administer (nothing for an unknown name). */
    @Transactional
    public AdminScope scopeOf(String username) {
        StaffAccount account = StaffAccount.findById(username);
        if (account == null) {
            return new AdminScope(username == null ? "" : username, false, false, null);
        }
        java.util.Set<String> roles = account.roleSet();
        return new AdminScope(username, roles.contains(StaffAccount.SUPERADMIN), roles.contains(StaffAccount.ADMIN), account.clinicId);
    }

    /**
     * Adds an account within the creator's scope; the first field at fault is named. Role {@code admin}
     * includes everything a clinician can do, {@code superadmin} everything an admin can do. A clinic
     * admin adds clinicians and admins of its own clinic only; an account without a clinic (it sees
     * every clinic) and a superadmin only a superadmin may add.
     */
    @Transactional
    @Audited(value = "create_account", kind = Audited.Kind.CHANGE)
    public StaffAccount create(AdminScope by, @Audited.Argument String username, String password, String role, String clinicId) {
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
            case StaffAccount.SUPERADMIN -> StaffAccount.SUPERADMIN + "," + StaffAccount.ADMIN + "," + StaffAccount.CLINICIAN;
            default -> throw new FieldException("role", "must be 'clinician', 'admin' or 'superadmin'");
        };
        String clinic = clinicId == null || clinicId.isBlank() ? null : clinicId.strip();
        if (role.equals(StaffAccount.SUPERADMIN)) {
            by.requireSuperadmin("add a superadmin");
            if (clinic != null) {
                throw new FieldException("clinicId", "a superadmin belongs to no clinic: leave it empty");
            }
        } else if (clinic == null) {
            by.requireSuperadmin("add an account without a clinic (it would see every clinic's intakes)");
        } else {
            by.requireClinic(clinic);
        }
        if (clinic != null && Clinic.findById(clinic) == null) {
            throw new FieldException("clinicId", "no clinic '" + clinic + "'");
        }
        return StaffAccount.create(username, password, roles, clinic);
    }
}
