package org.mosaicintake.api;

/**
 * The technique tags Mosaic's integration engine reads (clinical reference, section 12), as
 * constants. A catalog may use any lower-case tag; these are the ones that change what the engine
 * does with a technique. {@code docs/plugin-guide.md} lists each with its effect; a test keeps that
 * list and this class the same.
 *
 * <p>Constants only; thread-safe.
 *
 * @since 1.1
 */
public final class Tags {

    // ---- the plan's structure and safety -------------------------------------------------------

    /** A safety plan: opens the plan at MODERATE risk or above, with violence at home or self-harm; with {@link #CRISIS} the only items of a crisis plan. */
    public static final String SAFETY_PLANNING = "safety-planning";
    /** A skill for getting through the hardest moments: the one other item of a crisis plan (HIGH or IMMINENT risk). */
    public static final String CRISIS = "crisis";
    /** The opening alliance work, one per plan. */
    public static final String ALLIANCE = "alliance";
    /** Agreeing goals: opening alliance work, one per plan. */
    public static final String GOAL_SETTING = "goal-setting";
    /** Motivational work: opens the plan for anyone not yet ready for change; a substance-use protocol component. */
    public static final String MOTIVATIONAL = "motivational";
    /** A calming skill: what {@code tag:self-regulation} prerequisites need; one per plan, two for a distressed or dissociating client. */
    public static final String SELF_REGULATION = "self-regulation";
    /** A calming skill preferred for {@link #SELF_REGULATION}. */
    public static final String BREATHING = "breathing";
    /** A calming skill preferred for {@link #SELF_REGULATION} after trauma or with dissociation. */
    public static final String GROUNDING = "grounding";
    /** A calming skill preferred for {@link #SELF_REGULATION}; the relaxation component of the GAD protocol. */
    public static final String RELAXATION = "relaxation";
    /** A trauma-processing route: one per problem, never pulled in as a prerequisite. */
    public static final String TRAUMA_PROCESSING = "trauma-processing";
    /** Reprocessing of memories: deferred with the trauma safety rules, framed by lenses as such. */
    public static final String REPROCESSING = "reprocessing";
    /** Psychoeducation: one per plan; the panic protocol's first component. */
    public static final String PSYCHOEDUCATION = "psychoeducation";
    /** Relapse prevention: one per plan, in the integration phase, closing every course. */
    public static final String RELAPSE_PREVENTION = "relapse-prevention";
    /** Suicide-specific work: used only at MODERATE risk or above. */
    public static final String SUICIDE_SPECIFIC = "suicide-specific";
    /** Distress tolerance for self-harm: used only when self-harm was disclosed. */
    public static final String DISTRESS_TOLERANCE = "distress-tolerance";
    /** Care adapted to pregnancy and a new baby: used only in the perinatal period. */
    public static final String PERINATAL = "perinatal";
    /** Interpreting a symptom's hidden meaning: exposure and response prevention is never combined with it. */
    public static final String SYMPTOM_MEANING = "symptom-meaning";

    // ---- frame fit: how a modality suits a client's preferences and coping ----------------------

    /** Understanding where difficulties come from: suits a preference for insight and an internalizing coping style. */
    public static final String INSIGHT = "insight";
    /** Relational work: suits insight and internalizing; the protocol component for chronic relational depression; a rationale's "patterns". */
    public static final String RELATIONAL = "relational";
    /** Emotion-focused work: suits insight and internalizing. */
    public static final String EMOTION_FOCUSED = "emotion-focused";
    /** Practical skills: suits a preference for skills and an externalizing coping style. */
    public static final String SKILLS = "skills";
    /** Behavioural work: suits skills and externalizing; the depression protocol's fallback component. */
    public static final String BEHAVIOURAL = "behavioural";
    /** Practice between sessions: suits a preference for skills. */
    public static final String HOMEWORK = "homework";
    /** Supportive work: favoured early when impairment is high. */
    public static final String SUPPORTIVE = "supportive";
    /** Exposure: structured work for the action and maintenance stages; a rationale's "facing what you avoid". */
    public static final String EXPOSURE = "exposure";
    /** Small experiments: suit the preparation stage; the social- and health-anxiety protocols' component; a rationale's "trying something new". */
    public static final String EXPERIMENT = "experiment";

    // ---- protocol components, found by problem code and tag --------------------------------------

    /** Depression: behavioural activation. */
    public static final String BEHAVIOURAL_ACTIVATION = "behavioural-activation";
    /** Panic: interoceptive exposure. */
    public static final String INTEROCEPTIVE = "interoceptive";
    /** Panic and others: cognitive restructuring. */
    public static final String COGNITIVE_RESTRUCTURING = "cognitive-restructuring";
    /** Panic: exposure in real life. */
    public static final String IN_VIVO = "in-vivo";
    /** GAD: worry work. */
    public static final String WORRY = "worry";
    /** OCD: exposure and response prevention. */
    public static final String RESPONSE_PREVENTION = "response-prevention";
    /** Social anxiety: attention training; with {@link #REASSURANCE}, health anxiety. */
    public static final String ATTENTION = "attention";
    /** Health anxiety: dropping checking and reassurance-seeking. */
    public static final String REASSURANCE = "reassurance";
    /** Insomnia: stimulus control. */
    public static final String STIMULUS_CONTROL = "stimulus-control";
    /** Insomnia: sleep restriction. */
    public static final String SLEEP_RESTRICTION = "sleep-restriction";
    /** Prolonged grief: psychoeducation on grief. */
    public static final String GRIEF_PSYCHOEDUCATION = "grief-psychoeducation";
    /** Prolonged grief: restoration-oriented work. */
    public static final String RESTORATION = "restoration";
    /** Prolonged grief: imaginal revisiting of the death. */
    public static final String IMAGINAL_REVISITING = "imaginal-revisiting";
    /** Prolonged grief: unfinished business with the person who died. */
    public static final String UNFINISHED_BUSINESS = "unfinished-business";

    // ---- the client's rationale: what a technique is for, in plain words --------------------------

    /** Understanding the problem together ("to understand what keeps it going"). */
    public static final String FORMULATION = "formulation";
    /** Living by what matters. */
    public static final String VALUES = "values";
    /** Meaning-making, read as living by what matters. */
    public static final String MEANING = "meaning";
    /** Working through a loss. */
    public static final String GRIEF_PROCESSING = "grief-processing";
    /** Working with deep-seated beliefs, read as "thoughts". */
    public static final String SCHEMA = "schema";
    /** Work in the transference, read as "patterns". */
    public static final String TRANSFERENCE = "transference";
    /** Interpersonal work, read as "patterns". */
    public static final String INTERPERSONAL = "interpersonal";
    /** Mindfulness practice, read as relating differently to thoughts and feelings. */
    public static final String MINDFULNESS_PRACTICE = "mindfulness-practice";
    /** Acceptance, read as relating differently to thoughts and feelings. */
    public static final String ACCEPTANCE = "acceptance";
    /** Decentering, read as relating differently to thoughts and feelings. */
    public static final String DECENTERING = "decentering";
    /** Sleep work. */
    public static final String SLEEP = "sleep";
    /** Resource building. */
    public static final String RESOURCE = "resource";
    /** Experiential work. */
    public static final String EXPERIENTIAL = "experiential";

    private Tags() {
    }
}
