package org.mosaicintake.risk;

/**
 * Reads a client's free text for risk before anything else happens to it. Implementations must be
 * thread-safe; the dialogue treats any exception as a flagged text (fail closed).
 */
public interface RiskDetector {

    RiskSignal assess(String text);
}
