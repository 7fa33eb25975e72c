package org.mosaicintake.staff;

import java.util.Objects;

/**
 * What one member of staff may administer (architecture, "Roles"): a {@code superadmin} every
 * clinic, the creation of clinics, plugin uploads and accounts without a clinic; an {@code admin}
 * only its own clinic (its settings, its plugin switches, its accounts); anyone else nothing.
 * Immutable and thread-safe.
 *
 * @param username   who is acting
 * @param superadmin whether they administer the whole service
 * @param admin      whether they administer their own clinic
 * @param clinicId   their clinic, or null for none
 */
public record AdminScope(String username, boolean superadmin, boolean admin, String clinicId) {

    public AdminScope {
        Objects.requireNonNull(username, "username");
    }

    /** Whether this person administers the clinic: a superadmin any, a clinic admin its own; no clinic is nobody's. */
    public boolean administers(String clinicId) {
        return clinicId != null && (superadmin || (admin && clinicId.equals(this.clinicId)));
    }

    /** Refuses, naming what was asked, unless this person administers the clinic. */
    public void requireClinic(String clinicId) {
        if (!administers(clinicId)) {
            throw new NotPermittedException(username, "clinic " + clinicId, clinicId == null ? "no clinic was named"
                    : superadmin || admin ? "'" + username + "' administers " + (this.clinicId == null ? "no clinic" : "clinic '" + this.clinicId + "'")
                            + " only, not '" + clinicId + "'"
                    : "'" + username + "' does not administer any clinic");
        }
    }

    /** Refuses unless this person is a superadmin: {@code what} says what only a superadmin may do. */
    public void requireSuperadmin(String what) {
        if (!superadmin) {
            throw new NotPermittedException(username, what, "only a superadmin may " + what);
        }
    }
}
