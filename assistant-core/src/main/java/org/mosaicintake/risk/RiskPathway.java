package org.mosaicintake.risk;

/**
 * The danger a crisis response is about (clinical reference, section 9): each has its own questions,
 * message, resources and urgency. Named in the turn response's {@code crisis.pathway}.
 */
public enum RiskPathway {
    /** Explicit, passive or indirect suicidal thinking, plans, means, preparatory acts: the ASQ. */
    SUICIDE,
    /** The client is harmed, threatened or controlled by someone they live with or are close to. */
    VIOLENCE_AT_HOME,
    /** Thoughts, urges, intent or plans to hurt another person. */
    HARM_TO_OTHERS,
    /** Self-harm without stated suicidal intent, self-poisoning and overdose included. */
    SELF_HARM
}
