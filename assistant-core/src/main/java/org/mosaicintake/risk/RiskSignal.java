package org.mosaicintake.risk;

import java.util.Optional;

/**
 * The detector's reading of one text.
 *
 * @param flagged  whether the text must open the risk screen
 * @param category what kind of risk, when known (absent when the detector failed: fail closed)
 */
public record RiskSignal(boolean flagged, Optional<RiskCategory> category) {

    public static final RiskSignal CLEAR = new RiskSignal(false, Optional.empty());

    public static RiskSignal flagged(RiskCategory category) {
        return new RiskSignal(true, Optional.of(category));
    }

    /** The detector failed or timed out: treated as flagged. */
    public static RiskSignal failedClosed() {
        return new RiskSignal(true, Optional.empty());
    }
}
