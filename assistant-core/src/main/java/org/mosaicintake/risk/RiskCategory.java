package org.mosaicintake.risk;

/** What kind of risk a piece of free text expresses (clinical reference, section 4). */
public enum RiskCategory {
    EXPLICIT, PASSIVE, SELF_HARM, PLAN_MEANS, HARM_OTHERS, DANGER;

    /** Intent, a plan or means stated: high risk without waiting for the screen. */
    public boolean statesPlanOrMeans() {
        return this == PLAN_MEANS;
    }
}
