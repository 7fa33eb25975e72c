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

    /**
     * This reading with another's evidence added: every problem either found (with the higher
     * similarity), every domain at the higher salience. Nothing either found is taken away.
     */
    public Understanding plus(Understanding other) {
        Map<ProblemCode, Double> p = new java.util.EnumMap<>(ProblemCode.class);
        p.putAll(problems);
        other.problems().forEach((code, sim) -> p.merge(code, sim, Math::max));
        Map<BasicIdDomain, Integer> s = new java.util.EnumMap<>(BasicIdDomain.class);
        s.putAll(salience);
        other.salience().forEach((domain, level) -> s.merge(domain, level, Math::max));
        return new Understanding(p, s, modelUsed || other.modelUsed());
    }
}
