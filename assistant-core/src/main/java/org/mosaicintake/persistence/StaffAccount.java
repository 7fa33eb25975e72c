package org.mosaicintake.persistence;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff: roles {@code clinician}, {@code admin} (of its own clinic) or {@code superadmin}
 * (comma-separated; an admin is also a clinician, a superadmin also an admin), and the clinic they work
 * for (none: every clinic of this service, which only a superadmin may give). Passwords are stored as bcrypt; failed sign-ins
 * in a row are counted for the lock-out.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    public static final String CLINICIAN = "clinician";
    public static final String ADMIN = "admin";
    /** Administers every clinic: creates clinics, uploads plugins, creates accounts without a clinic. */
    public static final String SUPERADMIN = "superadmin";

    @Id
    @Column(length = 100)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "clinic_id", length = 64)
    public String clinicId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Staff of one clinic see that clinic's intakes; staff of no clinic see every clinic's. */
    public boolean sees(IntakeRecord intake) {
        return clinicId == null || clinicId.equals(intake.clinicId);
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    public static StaffAccount create(String username, String password, String roles, String clinicId) {
        StaffAccount account = new StaffAccount();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = roles;
        account.clinicId = clinicId;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }
}
