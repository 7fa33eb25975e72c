package org.mosaicintake.understanding;

import java.util.Map;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ProblemCode;

/**
 * What free text says: the problems it speaks of (with the best similarity found, 0-1) and how
 * salient each BASIC I.D. domain is in it (0-3). Empty maps when the model was not ready.
 */
public record Understanding(Map<ProblemCode, Double> problems, Map<BasicIdDomain, Integer> salience, boolean modelUsed) {

    public static Understanding none() {
        return new Understanding(Map.of(), Map.of(), false);
    }
}
