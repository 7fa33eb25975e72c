package org.mosaicintake.risk;


/**
 * Rules first, then the embedding model: a text is flagged when either flags it, and gets the check question when
 * either is unsure and neither flags it. Fails closed: when
 * the model errs or answers nothing, the text counts as flagged (its time-out is the guard's, see
 * {@code GuardedRiskModel}).
 * Thread-safe.
 */
public final class CombinedRiskDetector implements RiskDetector {

    private final RiskDetector rules;
    private final RiskDetector model;

    /**
     * @param rules the rule-based detector, run in the caller's thread
     * @param model the model-based detector, guarded by the caller (time-out, bulkhead): asked only
     *              when the rules do not flag the text
     */
    public CombinedRiskDetector(RiskDetector rules, RiskDetector model) {
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.model = java.util.Objects.requireNonNull(model, "model");
    }

    @Override
    public RiskSignal assess(String text) {
        RiskSignal byRules;
        try {
            byRules = rules.assess(text);
        } catch (RuntimeException e) {
            return RiskSignal.failedClosed();
        }
        if (byRules != null && byRules.flagged()) {
            return byRules;
        }
        try {
            RiskSignal byModel = model.assess(text);
            if (byModel == null) {
                return RiskSignal.failedClosed();
            }
            // the rules' check question stands unless the model asks more (the screen) or the same
            return byRules != null && byRules.unsure() && !byModel.asks() ? RiskSignal.UNSURE : byModel;
        } catch (RuntimeException e) {
            return RiskSignal.failedClosed();
        }
    }
}
