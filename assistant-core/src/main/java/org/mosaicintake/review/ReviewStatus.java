package org.mosaicintake.review;

/** Where the clinicians' review of an intake's plan stands. */
public enum ReviewStatus {
    /** Proposed by Mosaic, or changed since it was last approved: a clinician must approve it. */
    AWAITING_REVIEW,
    /** A clinician approved the current version. */
    APPROVED
}
