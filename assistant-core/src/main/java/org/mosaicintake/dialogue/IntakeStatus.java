package org.mosaicintake.dialogue;

/** Where an intake stands, as the client API reports it. */
public enum IntakeStatus {
    IN_PROGRESS,
    COMPLETED,
    /** Paused for safety: crisis resources shown, a clinician alerted, no further questions. */
    ESCALATED,
    /** The client withdrew; their data is erased. */
    WITHDRAWN
}
