package org.mosaicintake.risk;

import java.util.Optional;

/**
 * The detector's reading of one text.
 *
 * @param flagged  whether the text must open the risk screen
 * @param category what kind of risk, when known (absent when the detector failed: fail closed)
 * @param unsure   not flagged, but close enough that the client is asked one gentle check question
 *                 ({@code risk.check}) rather than nothing; never true when {@code flagged}
 */
public record RiskSignal(boolean flagged, Optional<RiskCategory> category, boolean unsure) {

    public static final RiskSignal CLEAR = new RiskSignal(false, Optional.empty(), false);
    /** Not flagged, but worth one gentle check question. */
    public static final RiskSignal UNSURE = new RiskSignal(false, Optional.empty(), true);

    public RiskSignal {
        if (flagged && unsure) {
            throw new IllegalArgumentException("a flagged signal is not unsure");
        }
    }

    public RiskSignal(boolean flagged, Optional<RiskCategory> category) {
        this(flagged, category, false);
    }

    public static RiskSignal flagged(RiskCategory category) {
        return new RiskSignal(true, Optional.of(category), false);
    }

    /** The detector failed or timed out: treated as flagged. */
    public static RiskSignal failedClosed() {
        return new RiskSignal(true, Optional.empty(), false);
    }

    /** Whether the client is asked anything about risk: the screen, or the check question. */
    public boolean asks() {
        return flagged || unsure;
    }
}
