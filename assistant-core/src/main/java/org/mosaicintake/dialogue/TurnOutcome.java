package org.mosaicintake.dialogue;

import java.util.List;
import org.mosaicintake.risk.Crisis;

/**
 * The dialogue's answer to a turn: what the assistant says, what it asks next (null when nothing),
 * progress, status and, when risk is flagged, the crisis block.
 */
public record TurnOutcome(List<String> messages, Prompt prompt, Progress progress, IntakeStatus status, Crisis crisis) {

    /** How far along the intake is. */
    public record Progress(int answered, int remaining, int percent, int minutesLeft, String label) {
    }
}
