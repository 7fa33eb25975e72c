package org.mosaicintake.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.IntakeOption;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.Modality;
import org.mosaicintake.instruments.InstrumentItems;
import org.mosaicintake.messages.Messages;
import org.mosaicintake.understanding.DomainCues;

/**
 * The intake script, version {@value #VERSION}: every step in order, with its skip logic, in one
 * locale, for one set of enabled plugins. docs/dialogue.md shows it as a table.
 *
 * <p>Order: consent; the story; PHQ-9 and its difficulty item; GAD-7; the BASIC I.D. domains the
 * story did not already speak of (words, then a 0-3 rating unless skipped or "no"); WSAS; AUDIT-C
 * (the full AUDIT when positive); drug use; the red-flag questions; stage of change and readiness;
 * coping style; reactance; preferred way of working; a modality to avoid; the steps the enabled
 * plugins add; health questions where a technique could need them; the perinatal question where it
 * matters; goals; and "here is what I heard", which the client confirms or corrects. The ASQ risk screen is a sub-sequence the engine enters
 * whenever it is triggered ({@link #asq(Messages)}).
 */
public final class IntakeScript {

    public static final String VERSION = "2026.12-2";

    static final String CONSENT = "consent";
    static final String STORY = "story";
    static final String GOALS = "goals";
    /** The closing "here is what I heard", and the client's correction when they give one. */
    static final String HEARD = "heard";
    static final String HEARD_CORRECTION = "heard.correction";
    /** The prefix of the BASIC I.D. questions' ids. */
    static final String BASIC_ID = "basicid.";
    /**
     * Sections whose steps share one introduction, shown before the first of them that is asked (any
     * may be skipped): the BASIC I.D. domains, and the AUDIT after the AUDIT-C (its skip rule).
     */
    static final List<String> SHARED_INTRO = List.of(BASIC_ID, "audit.");
    static final String SKIP = "skip";

    private IntakeScript() {
    }

    static List<Step> steps(Messages m, ScriptContext ctx) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(CONSENT, org.mosaicintake.api.PromptKind.CONSENT, m.get("consent", ctx.clinicName(), ctx.help().emergency())
                        + (ctx.languageModel() ? " " + m.get("consent.llm", ctx.clinicName()) : ""),
                List.of(new Prompt.Option("agree", m.get("consent.agree")), new Prompt.Option("decline", m.get("consent.decline"))),
                null, null, m.get("welcome", ctx.clinicName()), s -> true, "always", 20));
        steps.add(Step.text(STORY, m.get("story"), List.of()));

        org.mosaicintake.instruments.InstrumentTexts texts = org.mosaicintake.instruments.InstrumentTexts.of(m.locale());
        List<Prompt.Option> frequency = options(texts.frequency());
        for (int i = 0; i < 9; i++) {
            Step item = Step.scale("phq9." + (i + 1), texts.phq9Stem() + " " + texts.phq9().get(i), frequency);
            steps.add(i == 0 ? item.withIntro(m.get("phq9.intro")) : item);
        }
        steps.add(Step.choice("phq9.difficulty", texts.phq9Difficulty(), options(texts.difficultyOptions()))
                .askIf(s -> IntStream.rangeClosed(1, 9).anyMatch(i -> s.intAnswer("phq9." + i) > 0), "any PHQ-9 item above 0"));
        for (int i = 0; i < 7; i++) {
            Step item = Step.scale("gad7." + (i + 1), texts.gad7Stem() + " " + texts.gad7().get(i), frequency);
            steps.add(i == 0 ? item.withIntro(m.get("gad7.intro")) : item);
        }

        List<Prompt.Option> wsas = IntStream.rangeClosed(0, 8).mapToObj(i -> new Prompt.Option(String.valueOf(i),
                i % 2 == 0 ? m.get("wsas.anchor." + i) : String.valueOf(i))).toList();
        for (int i = 0; i < 5; i++) {
            Step item = Step.scale("wsas." + (i + 1), InstrumentItems.WSAS_STEM + " " + InstrumentItems.WSAS.get(i), wsas);
            // the WSAS where the PHQ-9 difficulty item does not already say the problems make life at most somewhat difficult
            item = item.askIf(st -> st.intAnswer("phq9.difficulty") < 0 || st.intAnswer("phq9.difficulty") >= 2,
                    "the PHQ-9 difficulty item is very or extremely difficult, or was not asked");
            steps.add(i == 0 ? item.withIntro(m.get("wsas.intro")) : item);
        }

        steps.add(Step.choice("auditc.1", InstrumentItems.AUDITC.get(0), options(InstrumentItems.AUDITC_OPTIONS.get(0))).withIntro(m.get("auditc.intro")));
        steps.add(Step.choice("auditc.2", InstrumentItems.AUDITC.get(1), options(InstrumentItems.AUDITC_OPTIONS.get(1))).askIf(s -> s.intAnswer("auditc.1") > 0, "auditc.1 is not Never"));
        steps.add(Step.choice("auditc.3", InstrumentItems.AUDITC.get(2), options(InstrumentItems.AUDITC_OPTIONS.get(2))).askIf(s -> s.intAnswer("auditc.1") > 0, "auditc.1 is not Never"));
        // the rest of the AUDIT when the AUDIT-C is positive (standard drink defined in the intro)
        java.util.function.Predicate<IntakeState> auditcPositive = st -> auditcPositive(st, ctx.bands());
        for (int i = 0; i < InstrumentItems.AUDIT.size(); i++) {
            List<String> labels = i < 5 ? InstrumentItems.AUDIT_FREQUENCY : InstrumentItems.AUDIT_INJURY;
            List<Prompt.Option> opts = i < 5 ? options(labels)
                    : List.of(new Prompt.Option("0", labels.get(0)), new Prompt.Option("2", labels.get(1)), new Prompt.Option("4", labels.get(2)));
            // the WHO's own skip rule: no points on items 2 and 3 go straight to items 9 and 10
            Step item = i < 5
                    ? Step.choice("audit." + (i + 4), InstrumentItems.AUDIT.get(i), opts)
                            .askIf(auditcPositive.and(st -> st.intAnswer("auditc.2") + st.intAnswer("auditc.3") > 0),
                                    "the AUDIT-C is positive and items 2 and 3 score (the WHO skip rule)")
                    : Step.choice("audit." + (i + 4), InstrumentItems.AUDIT.get(i), opts).askIf(auditcPositive, "the AUDIT-C is positive");
            steps.add(i == 0 || i == 5 ? item.withIntro(m.get("audit.intro")) : item);
        }
        steps.add(Step.choice("drugs", InstrumentItems.DRUGS, List.of(new Prompt.Option("0", m.get("drugs.never")),
                new Prompt.Option("1", m.get("drugs.once")), declined(m))));

        List<Prompt.Option> rating = List.of(new Prompt.Option("0", m.get("basicid.rating.0")), new Prompt.Option("1", m.get("basicid.rating.1")),
                new Prompt.Option("2", m.get("basicid.rating.2")), new Prompt.Option("3", m.get("basicid.rating.3")));
        for (BasicIdDomain domain : BasicIdDomain.values()) {
            String key = BASIC_ID + domain.name().toLowerCase(java.util.Locale.ROOT);
            // where the story or the questionnaires already show this domain matters, it is not asked again:
            // the closing summary lets the client correct it
            java.util.function.Predicate<IntakeState> notInStory = s -> knownSalience(s, domain, ctx.bands()) < 2;
            steps.add(Step.text(key, m.get("basicid." + domain.name()), List.of(new Prompt.Option(SKIP, skipLabel(m))))
                    .withIntro(m.get("basicid.intro")).askIf(notInStory, "neither the story, an earlier answer nor the questionnaires already show it matters"));
            // a skipped domain, or one the client says is not a concern ("no, not really"), is not rated either;
            // nor one whose words already say how much ("I dream about her a lot"): the formulation takes that degree
            steps.add(Step.scale(key + ".rating", m.get("basicid.rating"), rating)
                    .askIf(notInStory.and(s -> "text".equals(s.answer(key)) && !DomainCues.saysNothing(s.texts.get(key))
                                    && DomainCues.degree(s.texts.get(key)).isEmpty()),
                            "the client wrote about it (not skipped, not \"no\") without saying how much (\"a lot\", \"a bit\")"));
        }

        List<Prompt.Option> yesNoUnsure = List.of(new Prompt.Option("1", m.get("health.yes")), new Prompt.Option("0", m.get("health.no")),
                new Prompt.Option("unsure", m.get("health.unsure")));
        // red flags (clinical reference, section 10): brief questions in our own words (no open licence
        // exists for the validated psychosis and mania screens), the SCOFF behind a gate, and the
        // perinatal question only where it matters
        steps.add(Step.choice("redflag.experiences", m.get("redflag.experiences"), yesNoUnsure).withIntro(m.get("redflag.intro")));
        steps.add(Step.choice("redflag.mood", m.get("redflag.mood"), yesNoUnsure));
        steps.add(Step.choice("scoff.gate", m.get("scoff.gate"), yesNoUnsure));
        for (int i = 0; i < InstrumentItems.SCOFF.size(); i++) {
            Step item = Step.choice("scoff." + (i + 1), InstrumentItems.SCOFF.get(i),
                    List.of(new Prompt.Option("1", m.get("yes")), new Prompt.Option("0", m.get("no"))))
                    .askIf(st -> !"0".equals(st.answer("scoff.gate")), "scoff.gate is Yes or Not sure");
            steps.add(i == 0 ? item.withIntro(m.get("scoff.intro")) : item);
        }

        steps.add(Step.choice("stage", m.get("stage"), named(m, "stage", "PRECONTEMPLATION", "CONTEMPLATION", "PREPARATION", "ACTION", "MAINTENANCE")));
        steps.add(Step.number("readiness", m.get("readiness"), 0, 10));
        steps.add(Step.choice("coping", m.get("coping"), named(m, "coping", "EXTERNALIZING", "INTERNALIZING", "MIXED")));
        steps.add(Step.choice("reactance", m.get("reactance"), named(m, "reactance", "LOW", "MODERATE", "HIGH")));
        steps.add(Step.choice("style", m.get("style"), named(m, "style", "SKILLS", "INSIGHT", "NO_PREFERENCE")));
        List<Prompt.Option> avoid = new ArrayList<>();
        avoid.add(new Prompt.Option("none", m.get("avoid.none")));
        for (Modality modality : ctx.modalities()) {
            avoid.add(new Prompt.Option(modality.id(), modality.displayName()));
        }
        // the approaches by name mean something only to a client who has had therapy or speaks of it
        steps.add(Step.choice("avoid", m.get("avoid"), avoid).askIf(st -> DomainCues.speaksOfTherapy(st.clientWords()),
                "the client's words speak of therapy, counselling or an approach by name"));

        boolean first = true;
        for (ScriptContext.PluginSteps plugin : ctx.pluginSteps()) {
            for (IntakeStep s : plugin.steps()) {
                Step step = new Step(s.id(), s.kind(), s.text(),
                        s.options().stream().map((IntakeOption o) -> new Prompt.Option(o.value(), o.label())).toList(),
                        s.min().orElse(null), s.max().orElse(null), first ? m.get("plugins.intro") : null,
                        s.askIf().map(c -> (java.util.function.Predicate<IntakeState>) st -> c.values().contains(st.answer(c.stepId())))
                                .orElse(st -> true),
                        s.askIf().map(c -> c.stepId() + " is " + String.join(" or ", c.values())).orElse("always") + " (plugin " + plugin.pluginId() + ")",
                        s.kind() == org.mosaicintake.api.PromptKind.TEXT ? 60 : 10);
                steps.add(step);
                first = false;
            }
        }
        // health questions only where a technique that could be proposed needs them
        steps.add(Step.choice("health.heart", m.get("health.heart"), yesNoUnsure).withIntro(m.get("health.intro"))
                .askIf(st -> screenPositive(st, ctx, ProblemCode.PANIC), "a panic screen is positive (interoceptive exposure)"));
        steps.add(Step.choice("health.seizures", m.get("health.seizures"), yesNoUnsure).withIntro(m.get("health.intro"))
                .askIf(st -> screenPositive(st, ctx, ProblemCode.PANIC) || screenPositive(st, ctx, ProblemCode.PTSD), "a panic or trauma screen is positive (EMDR)"));
        steps.add(Step.choice("perinatal", m.get("perinatal"), List.of(new Prompt.Option("pregnant", m.get("perinatal.pregnant")),
                new Prompt.Option("baby", m.get("perinatal.baby")), new Prompt.Option("0", m.get("no")),
                declined(m)))
                .askIf(st -> perinatalMatters(st, ctx), "the client's words mention pregnancy or a baby, or a panic or trauma screen is positive (techniques with pregnancy cautions)"));
        steps.add(Step.text(GOALS, m.get("goals"), List.of()));
        // the closing "here is what I heard", which the client confirms or corrects
        steps.add(Step.choice(HEARD, m.get("heard", " ..."), List.of(new Prompt.Option("yes", m.get("heard.yes")),
                new Prompt.Option("correct", m.get("heard.correct")))).textFor(st -> Heard.summary(st, m, ctx.bands(), ctx.findings())));
        steps.add(Step.text(HEARD_CORRECTION, m.get("heard.correction"), List.of())
                .askIf(st -> "correct".equals(st.answer(HEARD)), HEARD + " is \"correct\""));
        return steps;
    }

    /**
     * Whether to ask about pregnancy and a recent birth: the client spoke of it, or a screen points to
     * techniques with pregnancy cautions (interoceptive exposure for panic, EMDR for trauma).
     */
    static boolean perinatalMatters(IntakeState s, ScriptContext ctx) {
        return screenPositive(s, ctx, ProblemCode.PANIC) || screenPositive(s, ctx, ProblemCode.PTSD)
                || org.mosaicintake.redflags.RedFlags.perinatal(s.clientWords());
    }

    /**
     * What the intake already knows of a BASIC I.D. domain's salience before asking about it: the
     * story's, an answer about another domain that speaks of it (notable), or the questionnaire items that speak of it, each "more than half the days" or more
     * (clinical reference, section 2: salience from the client's rating and from what they said):
     * BEHAVIOR from little interest in doing things or being slowed down or restless (PHQ-9 items 1,
     * 8) or leisure definitely impaired (WSAS items 3, 4 at 4 or more, where asked); INTERPERSONAL
     * from close relationships definitely impaired (WSAS item 5); AFFECT from a PHQ-9 or GAD-7 total of 10 or more (15: central); COGNITION from feeling a failure
     * (PHQ-9 item 6) or uncontrollable worry (GAD-7 items 2, 3); SENSATION from trouble relaxing or
     * restlessness (GAD-7 items 4, 5) or tiredness (PHQ-9 item 4: fatigue is a body sensation in Lazarus'
     * inventory); DRUGS_BIOLOGY from sleep or appetite (PHQ-9 items 3, 5), a
     * positive AUDIT-C or drug use. 0 when nothing is known yet.
     */
    public static int knownSalience(IntakeState s, BasicIdDomain domain, org.mosaicintake.instruments.Bands bands) {
        int fromStory = s.storySalience.getOrDefault(domain.name(), 0);
        // an answer about another domain that speaks of this one ("I don't see my friends any more"): notable
        int fromAnswers = java.util.Arrays.stream(BasicIdDomain.values()).filter(other -> other != domain)
                .map(other -> s.texts.get(BASIC_ID + other.name().toLowerCase(java.util.Locale.ROOT))).filter(java.util.Objects::nonNull)
                .mapToInt(text -> Math.min(2, DomainCues.salience(text).getOrDefault(domain, 0))).max().orElse(0);
        int fromItems = switch (domain) {
            case AFFECT -> {
                int worst = Math.max(sum(s, "phq9.", 9), sum(s, "gad7.", 7));
                yield worst >= 15 ? 3 : worst >= 10 ? 2 : 0;
            }
            case BEHAVIOR -> often(s, "phq9.1", "phq9.8") || s.intAnswer("wsas.3") >= 4 || s.intAnswer("wsas.4") >= 4 ? 2 : 0;
            case COGNITION -> often(s, "phq9.6", "gad7.2", "gad7.3") ? 2 : 0;
            case INTERPERSONAL -> s.intAnswer("wsas.5") >= 4 ? 2 : 0;
            case SENSATION -> often(s, "gad7.4", "gad7.5", "phq9.4") ? 2 : 0;
            case DRUGS_BIOLOGY -> often(s, "phq9.3", "phq9.5") || "1".equals(s.answer("drugs"))
                    || auditcPositive(s, bands) ? 2 : 0;
            default -> 0;
        };
        return Math.max(fromStory, Math.max(fromAnswers, fromItems));
    }

    private static boolean often(IntakeState s, String... items) {
        return java.util.Arrays.stream(items).anyMatch(i -> s.intAnswer(i) >= 2);
    }

    /** The total of items {@code prefix}1 to {@code prefix}{@code items}, an unanswered item counting 0. */
    static int sum(IntakeState s, String prefix, int items) {
        return IntStream.rangeClosed(1, items).map(i -> Math.max(0, s.intAnswer(prefix + i))).sum();
    }

    /** The client drinks and the AUDIT-C reaches its cut-off (this client's: see {@link #bandsFor}). */
    static boolean auditcPositive(IntakeState s, org.mosaicintake.instruments.Bands bands) {
        return s.intAnswer("auditc.1") > 0 && bandsFor(s, bands).positive(org.mosaicintake.instruments.Instrument.AUDITC, sum(s, "auditc.", 3));
    }

    /**
     * The bands for this client: the men's AUDIT-C cut-off for a client who describes himself as a man
     * in his own words (Mosaic does not ask), the service's bands otherwise.
     */
    public static org.mosaicintake.instruments.Bands bandsFor(IntakeState s, org.mosaicintake.instruments.Bands bands) {
        return org.mosaicintake.understanding.SelfDescription.saysMale(s.clientWords()) ? bands.forMen() : bands;
    }

    /** A plugin's screen for this problem is positive (the PHQ panic items, the PC-PTSD-5 ...). */
    static boolean screenPositive(IntakeState s, ScriptContext ctx, ProblemCode problem) {
        return ctx.findings().positive(problem, s::answer);
    }

    /** The ASQ (verbatim, in the client's language where it has a published version), entered when the risk screen is triggered. Refusing to answer counts as yes. */
    static List<Step> asq(Messages m) {
        org.mosaicintake.instruments.InstrumentTexts texts = org.mosaicintake.instruments.InstrumentTexts.of(m.locale());
        List<Prompt.Option> yesNo = List.of(new Prompt.Option("1", texts.yes()), new Prompt.Option("0", texts.no()),
                declined(m));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Step item = Step.choice("asq." + (i + 1), texts.asq().get(i), yesNo);
            steps.add(i == 0 ? item.withIntro(m.get("asq.intro")) : item);
        }
        steps.add(Step.text("asq.4b", texts.asqHowWhen(), List.of(new Prompt.Option(SKIP, skipLabel(m))))
                .askIf(s -> "1".equals(s.answer("asq.4")), "asq.4 is Yes"));
        steps.add(Step.choice("asq.5", texts.asq().get(4), yesNo)
                .askIf(s -> IntStream.rangeClosed(1, 4).anyMatch(i -> positive(s.answer("asq." + i))), "any of asq.1-4 is Yes or declined"));
        return steps;
    }

    /** Violence at home is urgent with a yes to any of these: afraid to go home now, or one of the Danger Assessment's strongest lethality markers. */
    static final List<String> VAH_DANGER = List.of("risk.vah.afraid", "risk.vah.threat", "risk.vah.strangled", "risk.vah.weapon",
            "risk.vah.kill", "risk.vah.separation", "risk.vah.worse");

    /** Self-harm answers that make it urgent: a recent overdose, an injury that needed care, rising frequency. */
    static final List<String> SELF_HARM_DANGER = List.of("risk.sh.overdose", "risk.sh.medical", "risk.sh.rising");

    /** Harm to others is urgent with a yes to any of these, when the person is identifiable (or a child). */
    static final List<String> HTO_DANGER = List.of("risk.hto.intent", "risk.hto.plan", "risk.hto.weapon");

    /** Step ids of Mosaic's own questions, which no plugin step may take. */
    private static final java.util.Set<String> CORE_IDS = java.util.Set.of(CONSENT, STORY, GOALS, HEARD, HEARD_CORRECTION, "drugs", "stage",
            "readiness", "coping", "reactance", "style", "avoid", "perinatal");
    /** Prefixes of Mosaic's own questions (instruments, risk screens, red flags, health); a plugin step may not start with one. */
    private static final List<String> CORE_PREFIXES = List.of("asq.", "risk.", "phq9.", "gad7.", "wsas.", "auditc.", "audit.", BASIC_ID,
            "scoff.", "redflag.", "health.", "heard.");

    /**
     * Why a plugin may not use {@code stepId}, or empty when it may: a plugin step with a core id
     * would overwrite the client's answers to Mosaic's own questions or be read as the risk screen.
     */
    public static java.util.Optional<String> reservedStepId(String stepId) {
        if (stepId == null) {
            return java.util.Optional.empty();
        }
        if (CORE_IDS.contains(stepId) || CORE_PREFIXES.stream().anyMatch(stepId::startsWith)) {
            return java.util.Optional.of("'" + stepId + "' is one of Mosaic's own question ids (" + String.join(", ", new java.util.TreeSet<>(CORE_IDS))
                    + ", and every id starting " + String.join(", ", CORE_PREFIXES) + "): choose an id of the plugin's own, such as '<plugin>.<step>'");
        }
        return java.util.Optional.empty();
    }

    /** The check question when the detector is unsure. */
    static final String CHECK = "risk.check";
    /** The check-back when a disclosure repeats one already screened. */
    static final String CHECKBACK = "risk.checkback";

    /** The ids of the pathways' own screens; suicide has none (the ASQ alone). */
    static final List<String> SCREENS = List.of("vah", "sh", "hto", "it");

    /**
     * The screen a kind of risk opens: violence at home, self-harm, harm to others, or unwanted
     * intrusive thoughts of harm; empty for suicide (the ASQ alone).
     */
    static java.util.Optional<String> screenFor(org.mosaicintake.risk.RiskCategory category) {
        return switch (category) {
            case DANGER -> java.util.Optional.of("vah");
            case SELF_HARM -> java.util.Optional.of("sh");
            case HARM_OTHERS -> java.util.Optional.of("hto");
            case INTRUSIVE -> java.util.Optional.of("it");
            default -> java.util.Optional.empty();
        };
    }

    /** The screen of a pathway (for intakes stored before screens had ids). */
    static java.util.Optional<String> screenFor(org.mosaicintake.risk.RiskPathway pathway) {
        return switch (pathway) {
            case VIOLENCE_AT_HOME -> java.util.Optional.of("vah");
            case SELF_HARM -> java.util.Optional.of("sh");
            case HARM_TO_OTHERS -> java.util.Optional.of("hto");
            default -> java.util.Optional.empty();
        };
    }

    /**
     * A pathway's own screen by its id. Its questions are our own plain words, not a validated
     * instrument.
     */
    static PathwayScreen screen(String id, Messages m) {
        return switch (id) {
            case "vah" -> violenceAtHome(m);
            case "sh" -> selfHarm(m);
            case "hto" -> harmToOthers(m);
            case "it" -> intrusiveThoughts(m);
            default -> throw new IllegalArgumentException("no risk screen '" + id + "'");
        };
    }

    /** Violence at home: first whether it is safe to talk now; the rest only if it is. */
    private static PathwayScreen violenceAtHome(Messages m) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.choice("risk.vah.safe", m.get("vah.safe"), List.of(new Prompt.Option("1", m.get("yes")), new Prompt.Option("0", m.get("no")))));
        for (String id : List.of("together", "afraid", "threat", "strangled", "weapon", "kill", "separation", "worse", "children")) {
            steps.add(Step.choice("risk.vah." + id, m.get("vah." + id), yesNoOrDecline(m))
                    .askIf(s -> !"0".equals(s.answer("risk.vah.safe")), "risk.vah.safe is Yes"));
        }
        return new PathwayScreen("vah", org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME, "UNSAFE_ENVIRONMENT", "vah.message", steps,
                "risk.vah.safe", true, s -> true, s -> {
                    List<String> notes = new ArrayList<>();
                    boolean notSafe = "0".equals(s.answer("risk.vah.safe"));
                    boolean danger = VAH_DANGER.stream().anyMatch(id -> positive(s.answer(id)));
                    if (notSafe || danger) {
                        notes.add(notSafe ? "violence at home: not safe to talk" : "violence at home: danger markers");
                    }
                    if (positive(s.answer("risk.vah.children"))) {
                        notes.add("violence at home: children in the home (safeguarding)");
                    }
                    return new PathwayScreen.Assessment(notSafe || danger, notes);
                });
    }

    /** Self-harm without stated suicidal intent, self-poisoning and overdose included. */
    private static PathwayScreen selfHarm(Messages m) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.choice("risk.sh.often", m.get("sh.often"), named(m, "sh.often", "rare", "weekly", "daily")));
        for (String id : List.of("overdose", "medical", "rising")) {
            steps.add(Step.choice("risk.sh." + id, m.get("sh." + id), yesNoOrDecline(m)));
        }
        return new PathwayScreen("sh", org.mosaicintake.risk.RiskPathway.SELF_HARM, "SELF_HARM", "sh.message", steps, null, true, s -> true, s -> {
            boolean urgent = SELF_HARM_DANGER.stream().anyMatch(id -> positive(s.answer(id)));
            return new PathwayScreen.Assessment(urgent, !urgent ? List.of() : List.of(positive(s.answer("risk.sh.overdose"))
                    ? "self-harm: recent overdose or self-poisoning" : "self-harm: needed medical care or becoming more frequent"));
        });
    }

    /** Thoughts, urges, intent or plans to hurt another person: who, how often, intent, plan or means, past violence, weapons. */
    private static PathwayScreen harmToOthers(Messages m) {
        return new PathwayScreen("hto", org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS, "HARM_TO_OTHERS", "hto.message",
                harmToOthersSteps(m, s -> true, "always"), null, true, s -> true, IntakeScript::assessHarmToOthers);
    }

    private static List<Step> harmToOthersSteps(Messages m, java.util.function.Predicate<IntakeState> when, String inWords) {
        List<Step> steps = new ArrayList<>();
        List<Prompt.Option> who = new ArrayList<>(named(m, "hto.who", "partner", "family", "child", "work", "other"));
        who.add(declined(m));
        steps.add(Step.choice("risk.hto.who", m.get("hto.who"), who).askIf(when, inWords));
        steps.add(Step.choice("risk.hto.often", m.get("hto.often"), named(m, "sh.often", "rare", "weekly", "daily")).askIf(when, inWords));
        for (String id : List.of("intent", "plan", "past", "weapon")) {
            steps.add(Step.choice("risk.hto." + id, m.get("hto." + id), yesNoOrDecline(m)).askIf(when, inWords));
        }
        return steps;
    }

    /** Urgent with a named or identifiable person and intent, a plan or means, or with any harm to a child. */
    private static PathwayScreen.Assessment assessHarmToOthers(IntakeState s) {
        String who = s.answer("risk.hto.who");
        boolean child = "child".equals(who);
        boolean identifiable = child || List.of("partner", "family", "work", "declined").contains(who);
        boolean intentOrMeans = HTO_DANGER.stream().anyMatch(id -> positive(s.answer(id)));
        List<String> notes = new ArrayList<>();
        if (child) {
            notes.add("harm to others: a child (safeguarding)");
        }
        if (identifiable && intentOrMeans) {
            notes.add("harm to others: an identifiable person, with intent, a plan or means");
        }
        notes.add("harm to others: review before any plan; consider the duty to protect and safeguarding");
        return new PathwayScreen.Assessment(child || (identifiable && intentOrMeans), List.of("HARM_TO_OTHERS"), notes, null, true);
    }

    /**
     * Unwanted intrusive thoughts of harm (clinical reference, section 9): a calm, normalising
     * question first. Felt as alien and with no sign of psychosis, they are flagged for review and the
     * intake goes on, with no threat questions and no crisis block. Not felt as alien (or unsure), the
     * harm-to-others questions and the ASQ follow and review is urgent; a voice or thoughts put into
     * the mind make it urgent too (postpartum psychosis is an emergency).
     */
    private static PathwayScreen intrusiveThoughts(Messages m) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.choice("risk.it.unwanted", m.get("it.unwanted"), List.of(new Prompt.Option("1", m.get("it.unwanted.yes")),
                new Prompt.Option("0", m.get("it.unwanted.no")), new Prompt.Option("unsure", m.get("it.unwanted.unsure"))))
                .withIntro(m.get("it.intro")));
        steps.add(Step.choice("risk.it.voices", m.get("it.voices"), yesNoOrDecline(m)));
        java.util.function.Predicate<IntakeState> notAlien = s -> !"1".equals(s.answer("risk.it.unwanted"));
        steps.addAll(harmToOthersSteps(m, notAlien, "risk.it.unwanted is not Yes"));
        return new PathwayScreen("it", org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS, "INTRUSIVE_THOUGHTS", "hto.message", steps, null,
                false, notAlien, s -> {
                    boolean alien = "1".equals(s.answer("risk.it.unwanted"));
                    boolean voices = positive(s.answer("risk.it.voices"));
                    List<String> notes = new ArrayList<>();
                    if (voices) {
                        notes.add("intrusive thoughts of harm with a voice or thoughts put into the mind: urgent review (possible psychosis)");
                    }
                    if (alien) {
                        notes.add("unwanted intrusive thoughts of harm, felt as alien: for clinician review (possible OCD, perinatal after a birth), not a threat");
                        return new PathwayScreen.Assessment(voices, List.of(), notes, voices ? "it.urgent" : "it.reassure", voices);
                    }
                    PathwayScreen.Assessment others = assessHarmToOthers(s);
                    notes.add("thoughts of harm not felt as alien: urgent review");
                    notes.addAll(others.notes());
                    return new PathwayScreen.Assessment(true, others.flags(), notes, null, true);
                });
    }

    /**
     * The two check questions: {@code risk.check}, asked when the detector is unsure of the words
     * (asking about suicide does not raise risk), and {@code risk.checkback}, asked when a disclosure
     * repeats one already screened. Our own words, not a validated instrument.
     */
    static List<Step> checks(Messages m) {
        return List.of(
                Step.choice(CHECK, m.get("check.question"), yesNoOrDecline(m)).withIntro(m.get("check.intro")),
                Step.choice(CHECKBACK, m.get("checkback.question"), List.of(new Prompt.Option("same", m.get("checkback.same")),
                        new Prompt.Option("worse", m.get("checkback.worse")),
                        declined(m))));
    }

    /** "I'd rather not answer": every risk and screening question offers it; it counts as a yes where risk is concerned. */
    static Prompt.Option declined(Messages m) {
        return new Prompt.Option("declined", m.get("declined"));
    }

    private static List<Prompt.Option> yesNoOrDecline(Messages m) {
        return List.of(new Prompt.Option("1", m.get("yes")), new Prompt.Option("0", m.get("no")),
                declined(m));
    }

    static boolean positive(String asqAnswer) {
        return "1".equals(asqAnswer) || "declined".equals(asqAnswer);
    }

    private static String skipLabel(Messages m) {
        return m.locale().equals("es") ? "Prefiero saltarla" : "I'd rather skip this";
    }

    private static List<Prompt.Option> options(List<String> labels) {
        return IntStream.range(0, labels.size()).mapToObj(i -> new Prompt.Option(String.valueOf(i), labels.get(i))).toList();
    }

    private static List<Prompt.Option> named(Messages m, String prefix, String... values) {
        return java.util.Arrays.stream(values).map(v -> new Prompt.Option(v, m.get(prefix + "." + v))).toList();
    }
}
