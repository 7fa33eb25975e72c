package org.mosaicintake.formulation;

import java.util.Arrays;
import java.util.Optional;

/** A scored questionnaire whose total the formulation carries. */
public enum Instrument {
    PHQ9("phq9", "PHQ-9", 27),
    GAD7("gad7", "GAD-7", 21),
    PCPTSD5("pcptsd5", "PC-PTSD-5", 5),
    AUDITC("auditc", "AUDIT-C", 12),
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

    /**
     * The severity band of a total, as the instrument's authors name it (clinical reference,
     * section 3). PC-PTSD-5 uses the cut-off 3 and AUDIT-C 3 (sex not asked).
     */
    public String band(int total) {
        return switch (this) {
            case PHQ9 -> total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : total <= 19 ? "moderately severe" : "severe";
            case GAD7 -> total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe";
            case PCPTSD5 -> total >= 3 ? "positive screen" : "negative screen";
            case AUDITC -> total >= 3 ? "positive screen" : "negative screen";
            case WSAS -> total < 10 ? "subclinical" : total <= 20 ? "significant impairment" : "moderately severe or worse";
        };
    }

    public static Optional<Instrument> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
