package org.mosaicintake.risk;

import org.mosaicintake.understanding.Embedder;

/** How the service assembles its risk detector, shared with the evaluation. */
public final class RiskDetectors {

    private RiskDetectors() {
    }

    /** The model-based part over an embedding model: the learned classifier with the development part's neighbours. */
    public static RiskDetector model(Embedder embedder) {
        return new LearnedRiskDetector(embedder, RiskClassifier.load(), Neighbours.load());
    }
}
