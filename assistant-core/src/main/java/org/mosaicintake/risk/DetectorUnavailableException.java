package org.mosaicintake.risk;

/** The model cannot read the text now; the turn must be treated as flagged (fail closed). */
public final class DetectorUnavailableException extends RuntimeException {

    public DetectorUnavailableException(String message) {
        super(message);
    }
}
