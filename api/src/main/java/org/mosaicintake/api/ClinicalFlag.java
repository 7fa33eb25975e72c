package org.mosaicintake.api;

/**
 * A clinical circumstance that makes some techniques unsafe or in need of caution
 * (clinical reference, section 6).
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum ClinicalFlag {
    DISSOCIATION,
    SUBSTANCE_DEPENDENCE,
    PSYCHOSIS,
    SEIZURE_DISORDER,
    PREGNANCY,
    CARDIAC_CONDITION,
    UNSAFE_ENVIRONMENT,
    CHRONIC_RELATIONAL_PATTERNS,
    /**
     * Self-harm without stated suicidal intent, self-poisoning and overdose included (clinical
     * reference, section 9): arousal-raising processing waits until it has reduced.
     *
     * @since 1.1
     */
    SELF_HARM,
    /**
     * Thoughts, urges, intent or plans to hurt another person, conditional and veiled threats
     * included (clinical reference, section 9): a clinician reviews the risk to others before any
     * plan begins, and anger and impulse work waits for that review.
     *
     * @since 1.1
     */
    HARM_TO_OTHERS,
    /**
     * Unwanted intrusive thoughts of harm that the client feels as alien and would not act on
     * (clinical reference, section 9): not a threat; flagged for clinician review, as they can
     * suggest obsessive-compulsive difficulties (often perinatal).
     *
     * @since 1.1
     */
    INTRUSIVE_THOUGHTS,
    /**
     * Mania or hypomania, or a known bipolar disorder (clinical reference, section 10): psychiatric
     * liaison; regular sleep and wake times; no standard sleep restriction.
     *
     * @since 1.1
     */
    BIPOLAR,
    /**
     * Signs of an eating disorder (a positive SCOFF, purging, rapid weight loss; clinical reference,
     * section 10): specialist assessment and medical monitoring first.
     *
     * @since 1.1
     */
    EATING_DISORDER,
    /**
     * Pregnancy or the time after a birth (12 months by default; clinical reference, section 10): the
     * perinatal pathway; sleep is protected after the birth.
     *
     * @since 1.1
     */
    PERINATAL,
    /**
     * Avoiding places or situations for fear of panic or of not being able to get away or get help
     * (agoraphobic avoidance; clinical reference, section 12): graded in-vivo exposure belongs in the plan.
     *
     * @since 1.1
     */
    AGORAPHOBIC_AVOIDANCE,
    /**
     * Trauma from military service or combat (clinical reference, section 12): trauma-focused CBT is
     * preferred as the processing route, as NICE NG116 recommends EMDR for trauma that is not
     * combat-related.
     *
     * @since 1.1
     */
    MILITARY_TRAUMA
}
