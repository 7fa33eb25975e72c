package org.mosaicintake.formulation;

/** The client's preferred way of working (clinical reference, section 3). */
public enum WorkingStyle {
    /** Practical skills and exercises between sessions. */
    SKILLS,
    /** Talking things through and understanding where it comes from. */
    INSIGHT,
    NO_PREFERENCE
}
