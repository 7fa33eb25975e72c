package org.mosaicintake.instruments;

import java.util.Arrays;
import java.util.Optional;

/** A scored questionnaire whose total the formulation carries; its bands are in {@link Bands}. */
public enum Instrument {
    PHQ9("phq9", "PHQ-9", 27),
    GAD7("gad7", "GAD-7", 21),
    PCPTSD5("pcptsd5", "PC-PTSD-5", 5),
    AUDITC("auditc", "AUDIT-C", 12),
    /** The full AUDIT: the AUDIT-C's three items and items 4-10, asked when the AUDIT-C is positive. @since second wave */
    AUDIT("audit", "AUDIT", 40),
    /** The SCOFF eating-disorder screen. */
    SCOFF("scoff", "SCOFF", 5),
    WSAS("wsas", "WSAS", 40);

    private final String id;
    private final String displayName;
    private final int maxScore;

    Instrument(String id, String displayName, int maxScore) {
        this.id = id;
        this.displayName = displayName;
        this.maxScore = maxScore;
    }

    /** The id used in the API and in prompt ids: {@code phq9}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Highest possible total; the lowest is 0. */
    public int maxScore() {
        return maxScore;
    }

    public static Optional<Instrument> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
