package org.mosaicintake.risk;

/** What kind of risk a piece of free text expresses (clinical reference, section 4). */
public enum RiskCategory {
    /** Explicit wish, thought or attempt of suicide. */
    EXPLICIT,
    /** Passive wish to be dead or not to exist, hopelessness about living, being a burden. */
    PASSIVE,
    /** Indirect warning signs: farewells, giving things away, "it will all be over soon". */
    INDIRECT,
    /** Self-harm without stated suicidal intent. */
    SELF_HARM,
    /** A plan, intent or means stated. */
    PLAN_MEANS,
    /** Thoughts or acts of harming others. */
    HARM_OTHERS,
    /** Abuse or danger at home. */
    DANGER;

    /**
     * The pathway this kind of risk opens (clinical reference, section 9). Violence at home and
     * self-harm have their own questions (followed by the ASQ); harm to others still opens the suicide screen.
     */
    public RiskPathway pathway() {
        return switch (this) {
            case DANGER -> RiskPathway.VIOLENCE_AT_HOME;
            case SELF_HARM -> RiskPathway.SELF_HARM;
            default -> RiskPathway.SUICIDE;
        };
    }

    /** Intent, a plan or means stated: high risk without waiting for the screen. */
    public boolean statesPlanOrMeans() {
        return this == PLAN_MEANS;
    }
}
