package org.mosaicintake.instruments;

/**
 * The severity bands of the instruments (clinical reference, section 3), with the screens' cut-offs
 * a service may set: the PC-PTSD-5 is positive from 3 by default (some services use 4), the
 * AUDIT-C from 3 (sex is not asked, so the lower of the published cut-offs) and from 4 for a client who
 * describes himself as a man ({@link #forMen()}). Every band Mosaic shows comes from here, so a
 * configured cut-off holds everywhere.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ptsdCutoff   PC-PTSD-5 total from which the screen is positive, 1 to 5
 * @param auditcCutoff AUDIT-C total from which the screen is positive, 1 to 12
 */
public record Bands(int ptsdCutoff, int auditcCutoff) {

    /** The published defaults. */
    public static final Bands STANDARD = new Bands(3, 3);

    public Bands {
        if (ptsdCutoff < 1 || ptsdCutoff > Instrument.PCPTSD5.maxScore()) {
            throw new IllegalArgumentException("'ptsdCutoff' must be between 1 and 5, was " + ptsdCutoff);
        }
        if (auditcCutoff < 1 || auditcCutoff > Instrument.AUDITC.maxScore()) {
            throw new IllegalArgumentException("'auditcCutoff' must be between 1 and 12, was " + auditcCutoff);
        }
    }

    /** The AUDIT-C's published cut-off for men (clinical reference, section 3: 4 for men, 3 for women). */
    public static final int AUDITC_MEN = 4;

    /**
     * These bands for a client who describes himself as a man: the AUDIT-C from 4, or from the service's
     * own cut-off where that is higher.
     */
    public Bands forMen() {
        return new Bands(ptsdCutoff, Math.max(auditcCutoff, AUDITC_MEN));
    }

    /** The band of a total, as the instrument's authors name it. */
    public String of(Instrument instrument, int total) {
        return switch (instrument) {
            case PHQ9 -> total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : total <= 19 ? "moderately severe" : "severe";
            case GAD7 -> total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe";
            case PCPTSD5 -> positive(instrument, total) ? "positive screen" : "negative screen";
            case AUDITC -> positive(instrument, total) ? "positive screen" : "negative screen";
            case AUDIT -> total <= 7 ? "low risk" : total <= 15 ? "hazardous" : total <= 19 ? "harmful" : "possible dependence";
            case SCOFF -> positive(instrument, total) ? "possible case" : "negative screen";
            case WSAS -> total < 10 ? "subclinical" : total <= 20 ? "significant impairment" : "moderately severe or worse";
        };
    }

    /** Whether a screening total is at or above its cut-off; false for instruments that are not screens. */
    public boolean positive(Instrument instrument, int total) {
        return switch (instrument) {
            case PCPTSD5 -> total >= ptsdCutoff;
            case AUDITC -> total >= auditcCutoff;
            case SCOFF -> total >= 2;
            default -> false;
        };
    }
}
