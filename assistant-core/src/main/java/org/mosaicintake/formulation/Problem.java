package org.mosaicintake.formulation;

import java.util.List;
import java.util.Objects;
import org.mosaicintake.api.ProblemCode;

/**
 * A presenting problem, how much it weighs, and how sure we are of it (clinical reference, section
 * 11): {@code MEASURED} when a validated measure reached its cut-off (or a clinician confirmed it),
 * {@code POSSIBLE} when only a brief screen or the client's words suggest it. A possible problem
 * brings an "assess" step, never a disorder-specific protocol on its own.
 *
 * @param evidence where it came from, for clinicians: instrument and score, screen items, the client's words
 */
public record Problem(ProblemCode code, Severity severity, Status status, List<String> evidence) {

    /** The evidence of a problem read from the client's words alone. */
    public static final String CLIENT_WORDS = "the client's own words";

    /** How sure the intake is of a problem. */
    public enum Status { MEASURED, POSSIBLE }

    public Problem {
        Objects.requireNonNull(code, "'code' must not be null");
        Objects.requireNonNull(severity, "'severity' must not be null");
        status = status == null ? Status.MEASURED : status; // formulations stored before statuses existed
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A measured problem with no evidence recorded (tests, and formulations sent to the plans API). */
    public Problem(ProblemCode code, Severity severity) {
        this(code, severity, Status.MEASURED, List.of());
    }

    public static Problem measured(ProblemCode code, Severity severity, String evidence) {
        return new Problem(code, severity, Status.MEASURED, List.of(evidence));
    }

    public static Problem possible(ProblemCode code, Severity severity, String evidence) {
        return new Problem(code, severity, Status.POSSIBLE, List.of(evidence));
    }

    public boolean possible() {
        return status == Status.POSSIBLE;
    }

    /**
     * Whether the client said or endorsed it clearly enough to be told it back: always for a measure or
     * a screen they answered; for words alone, only when the reading was clear (more than mild).
     */
    public boolean endorsed() {
        return !evidence.equals(List.of(CLIENT_WORDS)) || severity != Severity.MILD;
    }
}
