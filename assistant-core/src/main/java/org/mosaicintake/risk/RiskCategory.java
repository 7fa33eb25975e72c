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
    DANGER,
    /**
     * Unwanted intrusive thoughts of harm the client recoils from ("thoughts of hurting my baby that
     * horrify me"): not a threat; a calm question first, then review.
     */
    INTRUSIVE;

    /**
     * The pathway this kind of risk belongs to (clinical reference, section 9). Violence at home,
     * self-harm and harm to others have their own questions (followed by the ASQ); unwanted intrusive
     * thoughts of harm are checked gently and only become a harm-to-others concern when they are not
     * felt as alien.
     */
    public RiskPathway pathway() {
        return switch (this) {
            case DANGER -> RiskPathway.VIOLENCE_AT_HOME;
            case SELF_HARM -> RiskPathway.SELF_HARM;
            case HARM_OTHERS, INTRUSIVE -> RiskPathway.HARM_TO_OTHERS;
            default -> RiskPathway.SUICIDE;
        };
    }

    /**
     * How severe the words are within their pathway, for a repeat disclosure: 3 a plan or means, 2
     * explicit thoughts or acts, 1 passive or indirect signs and unwanted intrusive thoughts. A repeat
     * disclosure no more severe than the first gets a short check-back instead of the whole screen.
     */
    public int severity() {
        return switch (this) {
            case PLAN_MEANS -> 3;
            case EXPLICIT, SELF_HARM, HARM_OTHERS, DANGER -> 2;
            case PASSIVE, INDIRECT, INTRUSIVE -> 1;
        };
    }

    /** Intent, a plan or means stated: high risk without waiting for the screen. */
    public boolean statesPlanOrMeans() {
        return this == PLAN_MEANS;
    }
}
