package org.mosaicintake.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mosaicintake.api.PromptKind;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.risk.Crisis;
import org.mosaicintake.risk.RiskCategory;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.risk.RiskPathway;
import org.mosaicintake.risk.RiskSignal;
import org.mosaicintake.messages.Messages;

/**
 * Runs the intake script for one turn at a time: validates the answer against the current prompt,
 * reads free text for risk before anything else (fail closed), interprets the answer, follows the
 * skip logic, enters the ASQ risk screen when triggered, and says what comes next.
 *
 * <p>Stateless apart from its collaborators; thread-safe. Every turn mutates the given
 * {@link IntakeState}, which the caller stores whole.
 */
public final class DialogueEngine {

    /** The suicide screen's key among the screens finished ({@link IntakeState#screened}). */
    private static final String ASQ = "asq";
    private static final String CHECK = IntakeScript.CHECK;
    private static final String CHECKBACK = IntakeScript.CHECKBACK;

    /** The script per locale and plugin set: built once, shared by every turn. */
    private record ScriptKey(String locale, ScriptContext ctx) {
    }

    private final java.util.Map<ScriptKey, List<Step>> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<Step>> screens = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, PathwayScreen> pathways = new java.util.concurrent.ConcurrentHashMap<>();
    private final RiskDetector detector;
    private final OptionMatcher matcher;
    private final org.mosaicintake.understanding.TextUnderstanding understanding;
    private final int maxTextLength;
    private final Reflector reflector;

    public DialogueEngine(RiskDetector detector, OptionMatcher matcher, org.mosaicintake.understanding.TextUnderstanding understanding,
                          int maxTextLength) {
        this(detector, matcher, understanding, maxTextLength, Reflector.NONE);
    }

    public DialogueEngine(RiskDetector detector, OptionMatcher matcher, org.mosaicintake.understanding.TextUnderstanding understanding,
                          int maxTextLength, Reflector reflector) {
        this.reflector = java.util.Objects.requireNonNull(reflector, "reflector");
        this.detector = detector;
        this.matcher = matcher;
        this.understanding = understanding;
        this.maxTextLength = maxTextLength;
    }

    /** Starts an intake: the welcome and the consent prompt. */
    public TurnOutcome start(IntakeState state, ScriptContext ctx) {
        List<Step> steps = steps(Messages.of(state.locale), ctx);
        state.current = steps.get(0).id();
        List<String> messages = new ArrayList<>();
        enter(steps.get(0), state, messages);
        return outcome(state, ctx, messages, null);
    }

    /** The current prompt and progress, for a client resuming after a reload. */
    public TurnOutcome resume(IntakeState state, ScriptContext ctx) {
        catchUp(state, ctx, Messages.of(state.locale));
        return outcome(state, ctx, List.of(), state.risk.isAtLeast(RiskLevel.MODERATE) ? crisis(state, ctx, state.risk) : null);
    }

    /** The prompt of any step of the script (or the ASQ) in a locale, if the step exists. */
    public Optional<Prompt> prompt(String locale, String stepId, ScriptContext ctx) {
        Messages m = Messages.of(locale);
        List<Step> all = new ArrayList<>(steps(m, ctx));
        all.addAll(asq(m));
        all.addAll(pathwaySteps(m));
        return all.stream().filter(s -> s.id().equals(stepId)).findFirst().map(Step::prompt);
    }

    public TurnOutcome turn(IntakeState state, TurnInput input, ScriptContext ctx) {
        if (state.status != IntakeStatus.IN_PROGRESS) {
            throw new IntakeClosedException("this intake is " + state.status.name().toLowerCase(java.util.Locale.ROOT) + " and takes no more answers");
        }
        Messages m = Messages.of(state.locale);
        catchUp(state, ctx, m);
        if (input.back()) {
            return back(state, ctx, m);
        }
        int given = (input.text() != null ? 1 : 0) + (input.choice() != null ? 1 : 0) + (input.value() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidAnswerException("body", "give exactly one of 'text', 'choice' or 'value' (or 'back': true)");
        }
        Step step = find(state, ctx, m, state.current);
        List<String> messages = new ArrayList<>();
        boolean unsure = false;

        // 1. free text is read for risk before anything else happens to it
        if (input.text() != null) {
            String text = input.text().strip();
            if (text.isEmpty()) {
                throw new InvalidAnswerException("text", "must not be empty");
            }
            if (text.length() > maxTextLength) {
                throw new InvalidAnswerException("text", "must be at most " + maxTextLength + " characters");
            }
            RiskSignal signal = assess(text);
            if (signal.flagged()) {
                return riskTriggered(state, ctx, m, step, text, signal);
            }
            unsure = signal.unsure() && state.screen != IntakeState.Screen.OPEN && !inScreen(step.id());
        }

        // 2. the answer to the current prompt
        Optional<String> value = interpret(step, input, m, messages);
        if (value.isEmpty()) {
            return outcome(state, ctx, messages, null);
        }
        record(state, step, value.get(), input.text());
        if (step.id().equals(IntakeScript.CONSENT) && value.get().equals("decline")) {
            state.status = IntakeStatus.WITHDRAWN;
            state.current = null;
            return outcome(state, ctx, List.of(m.get("consent.declined", ctx.clinicName())), null);
        }
        understandStory(state, step, input.text());
        perinatalPsychosis(state, ctx, m, messages);
        if (step.kind() == PromptKind.TEXT && input.text() != null && state.screen != IntakeState.Screen.OPEN) {
            // the words were read for risk above and found clear: only now may the clinic's model see them
            Optional<String> reflection = ctx.languageModel() ? reflect(step.id(), input.text().strip(), state.locale) : Optional.empty();
            if (step.id().equals(IntakeScript.STORY)) {
                messages.add(reflection.orElseGet(() -> Heard.reflection(state, m)));
            } else {
                reflection.ifPresent(messages::add);
            }
        }

        // 3. PHQ-9 item 9 above 0 always opens the risk screen (a check-back when the ASQ was already asked)
        if (step.id().equals("phq9.9") && !value.get().equals("0") && state.screen != IntakeState.Screen.OPEN
                && !state.risk.isAtLeast(RiskLevel.MODERATE)) {
            state.riskTriggers.add("phq9.9 answered " + value.get());
            String resume = next(state, ctx, m, step.id());
            int severity = value.get().equals("3") ? 2 : 1;
            Integer before = state.screened.get(ASQ);
            if (before != null && severity <= before) {
                return askCheck(state, ctx, m, CHECKBACK, ASQ, severity, resume, messages);
            }
            return openScreen(state, ctx, m, resume, ASQ, severity, messages);
        }
        // 4. words the detector was unsure of: one gentle check question before going on
        if (unsure) {
            state.riskTriggers.add(step.id() + ": the detector was unsure; check question");
            if (step.id().equals(IntakeScript.STORY)) {
                messages.clear(); // the check question thanks the client itself
            }
            return askCheck(state, ctx, m, CHECK, ASQ, 1, next(state, ctx, m, step.id()), messages);
        }
        return advance(state, ctx, m, step, messages);
    }

    /**
     * An intake begun under an earlier script (or with a plugin since switched off) whose current
     * question is no longer asked goes on at the first question it has not answered; no answer is lost.
     */
    private void catchUp(IntakeState state, ScriptContext ctx, Messages m) {
        if (state.status == IntakeStatus.IN_PROGRESS && state.current != null && !inScreen(state.current)
                && indexOf(steps(m, ctx), state.current) < 0) {
            String first = firstAskable(state, ctx, m, steps(m, ctx).get(0).id());
            if (first != null) {
                state.current = first;
            }
        }
    }

    // ---- answers --------------------------------------------------------------------------------

    private Optional<String> interpret(Step step, TurnInput input, Messages m, List<String> messages) {
        switch (step.kind()) {
            case TEXT -> {
                if (input.text() != null) {
                    return Optional.of("text");
                }
                if (input.choice() != null && step.options().stream().anyMatch(o -> o.value().equals(input.choice()))) {
                    return Optional.of(input.choice());
                }
                throw new InvalidAnswerException(input.choice() != null ? "choice" : "value",
                        "question '" + step.id() + "' takes text" + (step.options().isEmpty() ? "" : " or the choice '" + IntakeScript.SKIP + "'"));
            }
            case NUMBER -> {
                if (input.value() != null) {
                    if (input.value() < step.min() || input.value() > step.max()) {
                        throw new InvalidAnswerException("value", "must be between " + step.min() + " and " + step.max());
                    }
                    return Optional.of(String.valueOf(input.value()));
                }
                if (input.text() != null) {
                    java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\b(\\d{1,2})\\b").matcher(input.text());
                    if (number.find()) {
                        int n = Integer.parseInt(number.group(1));
                        if (n >= step.min() && n <= step.max()) {
                            return Optional.of(String.valueOf(n));
                        }
                    }
                    messages.add(m.get("again.number", step.min(), step.max()));
                    return Optional.empty();
                }
                throw new InvalidAnswerException("choice", "question '" + step.id() + "' takes a number between " + step.min() + " and " + step.max());
            }
            default -> {
                String chosen = input.choice() != null ? input.choice() : input.value() != null ? String.valueOf(input.value()) : null;
                if (chosen != null) {
                    if (step.options().stream().noneMatch(o -> o.value().equals(chosen))) {
                        throw new InvalidAnswerException(input.choice() != null ? "choice" : "value", "'" + chosen
                                + "' is not an option of question '" + step.id() + "': " + String.join(", ", step.options().stream().map(Prompt.Option::value).toList()));
                    }
                    return Optional.of(chosen);
                }
                Optional<String> mapped = matcher.match(input.text(), step.options());
                if (mapped.isEmpty()) {
                    mapped = understanding.matchOption(input.text(), step.options().stream().map(o -> new String[] {o.value(), o.label()}).toList());
                }
                if (mapped.isEmpty()) {
                    messages.add(m.get("again"));
                }
                return mapped;
            }
        }
    }

    /** The story's BASIC I.D. salience, read once its words were found clear or their risk handled. */
    private void understandStory(IntakeState state, Step step, String text) {
        if (step.id().equals(IntakeScript.STORY) && text != null) {
            org.mosaicintake.understanding.Understanding read = understanding.understand(text);
            read.salience().forEach((domain, salience) -> state.storySalience.put(domain.name(), salience));
            state.storyProblems = new ArrayList<>(read.problems().entrySet().stream()
                    .sorted(java.util.Map.Entry.<org.mosaicintake.api.ProblemCode, Double>comparingByValue().reversed())
                    .map(e -> e.getKey().name()).toList());
        }
    }

    /**
     * Psychotic signs in pregnancy or after a birth are an emergency (clinical reference, section 10:
     * possible postpartum psychosis, assessment within hours): from the client's words or the answers,
     * the moment both are known the intake is marked urgent (pinned, an alert) and the client is told,
     * calmly, to contact their midwife, doctor or maternity unit today. Once per intake.
     */
    private static void perinatalPsychosis(IntakeState state, ScriptContext ctx, Messages m, List<String> messages) {
        if (state.perinatalEmergency) {
            return;
        }
        java.util.Set<org.mosaicintake.api.ClinicalFlag> words = org.mosaicintake.redflags.RedFlags.in(state.clientWords());
        boolean psychosis = words.contains(org.mosaicintake.api.ClinicalFlag.PSYCHOSIS) || "1".equals(state.answer("redflag.experiences"));
        boolean perinatal = words.contains(org.mosaicintake.api.ClinicalFlag.PERINATAL)
                || "pregnant".equals(state.answer("perinatal")) || "baby".equals(state.answer("perinatal"));
        if (psychosis && perinatal) {
            state.urgent = true;
            state.flags.add(org.mosaicintake.api.ClinicalFlag.PSYCHOSIS.name());
            state.flags.add(org.mosaicintake.api.ClinicalFlag.PERINATAL.name());
            state.perinatalEmergency = true;
            state.riskTriggers.add("psychotic signs with pregnancy or a recent birth: review within hours (possible postpartum psychosis)");
            messages.add(m.get("redflag.perinatalPsychosis", ctx.help().emergency()));
        }
    }

    private static void record(IntakeState state, Step step, String value, String text) {
        state.answers.put(step.id(), value);
        if (text != null) {
            state.texts.put(step.id(), text.strip());
        }
        state.history.add(step.id());
    }

    private Optional<String> reflect(String stepId, String text, String locale) {
        try {
            Optional<String> reflection = reflector.reflect(stepId, text, locale);
            return reflection == null ? Optional.empty() : reflection.filter(r -> !r.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private RiskSignal assess(String text) {
        try {
            RiskSignal signal = detector.assess(text);
            return signal == null ? RiskSignal.failedClosed() : signal;
        } catch (RuntimeException | StackOverflowError e) {
            return RiskSignal.failedClosed();
        }
    }

    // ---- risk screen ------------------------------------------------------------------------------

    private TurnOutcome riskTriggered(IntakeState state, ScriptContext ctx, Messages m, Step step,
                                      String text, RiskSignal signal) {
        List<String> messages = new ArrayList<>();
        String where = step.id();
        state.riskTriggers.add(where + ": " + signal.category().map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .orElse("detector unavailable, treated as flagged"));
        // a text answer is kept; at any other prompt the words are kept and the question asked again later
        String resume;
        if (step.kind() == PromptKind.TEXT && !inScreen(step.id())) {
            record(state, step, "text", text);
            understandStory(state, step, text);
            resume = next(state, ctx, m, step.id());
        } else {
            state.texts.merge(step.id(), text, (a, b) -> a + "\n" + b);
            resume = inScreen(step.id()) ? state.resumeAt : step.id();
        }
        if (signal.category().map(c -> c.statesPlanOrMeans()).orElse(false)) {
            return escalate(state, ctx, m, RiskLevel.HIGH, messages);
        }
        if (state.screen == IntakeState.Screen.OPEN && state.checkOf == null) {
            // already in the screen: the text counts as an answer where it is one, else the item is asked again
            if (inScreen(step.id()) && step.kind() != PromptKind.TEXT) {
                return outcome(state, ctx, List.of(m.get("again")), crisis(state, ctx, RiskLevel.LOW,
                        m.get("crisis.trigger", ctx.help().helpLine(), ctx.help().emergency())));
            }
            if (inScreen(step.id())) {
                record(state, step, "text", text);
                return advance(state, ctx, m, step, messages);
            }
        }
        // words typed at a check question are a disclosure of their own: the whole screen, not another check
        boolean atCheck = state.checkOf != null;
        state.checkOf = null;
        String key = signal.category().flatMap(IntakeScript::screenFor).orElse(ASQ);
        int severity = signal.category().map(RiskCategory::severity).orElse(1);
        Integer before = state.screened.get(key);
        if (!atCheck && before != null && severity <= before) {
            state.riskTriggers.add(where + ": a repeat disclosure, no more severe: check-back");
            return askCheck(state, ctx, m, CHECKBACK, key, severity, resume, messages);
        }
        return openScreen(state, ctx, m, resume, key, severity, messages);
    }

    /** Opens a screen (the key: a pathway screen's id, or {@code asq}) and asks its first question. */
    private TurnOutcome openScreen(IntakeState state, ScriptContext ctx, Messages m, String resume, String key, int severity,
                                   List<String> messages) {
        state.screenId = key.equals(ASQ) ? null : key;
        Optional<PathwayScreen> own = pathwayOf(state, m);
        state.screenPathway = own.map(PathwayScreen::pathway).orElse(RiskPathway.SUICIDE);
        state.screenSeverity = severity;
        state.checkOf = null;
        // a new trigger means a new screen: earlier answers do not close it
        for (Step s : screen(state, m)) {
            state.answers.remove(s.id());
        }
        state.screen = IntakeState.Screen.OPEN;
        state.resumeAt = resume;
        state.current = screen(state, m).get(0).id();
        enter(find(state, ctx, m, state.current), state, messages);
        if (own.isPresent()) {
            if (own.get().flag() != null) {
                state.flags.add(own.get().flag());
            }
            return outcome(state, ctx, messages, own.get().crisisAtStart() ? pathwayCrisis(own.get(), state, ctx, m, null) : null);
        }
        return outcome(state, ctx, messages, crisis(state, ctx, RiskLevel.max(state.risk, RiskLevel.LOW),
                m.get("crisis.trigger", ctx.help().helpLine(), ctx.help().emergency())));
    }

    /**
     * One gentle question before a screen: {@code risk.check} when the detector is unsure,
     * {@code risk.checkback} when a disclosure repeats one already screened. A reassuring answer goes
     * back to the script; any other opens the screen {@code key}.
     */
    private TurnOutcome askCheck(IntakeState state, ScriptContext ctx, Messages m, String stepId, String key, int severity,
                                 String resume, List<String> messages) {
        state.answers.remove(stepId);
        state.screen = IntakeState.Screen.OPEN;
        state.checkOf = key;
        state.screenSeverity = severity;
        state.resumeAt = resume;
        state.current = stepId;
        enter(find(state, ctx, m, stepId), state, messages);
        Crisis crisis = null;
        if (stepId.equals(CHECKBACK)) {
            Optional<PathwayScreen> own = key.equals(ASQ) ? Optional.empty() : Optional.of(screenById(key, m));
            crisis = own.map(p -> p.crisisAtStart() ? pathwayCrisis(p, state, ctx, m, null) : null)
                    .orElseGet(() -> crisis(state, ctx, RiskLevel.max(state.risk, RiskLevel.LOW),
                            m.get("crisis.trigger", ctx.help().helpLine(), ctx.help().emergency())));
        }
        return outcome(state, ctx, messages, crisis);
    }

    /** The answer to a check question: back to the script, or the screen it guards. */
    private TurnOutcome answerCheck(IntakeState state, ScriptContext ctx, Messages m, Step answered, List<String> messages) {
        String key = state.checkOf;
        String value = state.answer(answered.id());
        boolean calm = answered.id().equals(CHECK) ? "0".equals(value) : "same".equals(value);
        state.riskTriggers.add(answered.id() + ": " + (calm ? (answered.id().equals(CHECK) ? "no" : "still the same") : "opened the screen"));
        if (!calm) {
            return openScreen(state, ctx, m, state.resumeAt, key, state.screenSeverity, messages);
        }
        state.checkOf = null;
        state.screen = state.screened.isEmpty() ? IntakeState.Screen.NONE : IntakeState.Screen.DONE;
        messages.add(m.get(answered.id().equals(CHECK) ? "check.thanks" : "checkback.thanks", ctx.help().helpLine()));
        String resume = state.resumeAt;
        state.resumeAt = null;
        state.current = resume == null ? null : firstAskable(state, ctx, m, resume);
        Crisis crisis = state.risk.isAtLeast(RiskLevel.MODERATE) ? crisis(state, ctx, state.risk) : null;
        if (state.current == null) {
            return complete(state, ctx, m, messages, crisis);
        }
        enter(find(state, ctx, m, state.current), state, messages);
        return outcome(state, ctx, messages, crisis);
    }

    private TurnOutcome finishScreen(IntakeState state, ScriptContext ctx, Messages m, List<String> messages, boolean stopped) {
        Optional<PathwayScreen> own = pathwayOf(state, m);
        Optional<PathwayScreen.Assessment> assessment = own.map(p -> p.assess().apply(state));
        assessment.ifPresent(a -> {
            state.urgent |= a.urgent();
            state.flags.addAll(a.flags());
            state.riskTriggers.addAll(a.notes());
        });
        boolean asked = state.has("asq.1");
        boolean positive = java.util.stream.IntStream.rangeClosed(1, 4).anyMatch(i -> IntakeScript.positive(state.answer("asq." + i)));
        boolean acute = positive && IntakeScript.positive(state.answer("asq.5"));
        // flagged words with a negative ASQ are LOW; thoughts felt as alien, with no ASQ asked, are no suicide risk
        RiskLevel level = acute ? RiskLevel.IMMINENT : positive ? RiskLevel.MODERATE : asked || stopped || own.isEmpty() ? RiskLevel.LOW : RiskLevel.NONE;
        state.risk = RiskLevel.max(state.risk, level);
        state.screen = IntakeState.Screen.DONE;
        if (!stopped) {
            state.screened.merge(own.map(PathwayScreen::id).orElse(ASQ), state.screenSeverity, Math::max);
        }
        if (state.risk.isAtLeast(RiskLevel.HIGH)) {
            return escalate(state, ctx, m, state.risk, messages);
        }
        // after a pathway's screen with no suicidal risk found, that pathway's help stays in view
        Crisis crisis;
        if (own.isPresent() && !level.isAtLeast(RiskLevel.MODERATE)) {
            String messageKey = assessment.map(PathwayScreen.Assessment::messageKey).orElse(null);
            crisis = assessment.map(PathwayScreen.Assessment::crisis).orElse(true) ? pathwayCrisis(own.get(), state, ctx, m, messageKey) : null;
            messages.add(crisis != null ? crisis.message() : m.get(messageKey, ctx.help().helpLine(), ctx.help().emergency()));
        } else {
            crisis = crisis(state, ctx, level);
            messages.add(crisis.message());
        }
        String resume = state.resumeAt;
        state.resumeAt = null;
        state.current = resume == null ? null : firstAskable(state, ctx, m, resume);
        if (state.current == null) {
            return complete(state, ctx, m, messages, crisis);
        }
        enter(find(state, ctx, m, state.current), state, messages);
        return outcome(state, ctx, messages, crisis);
    }

    private TurnOutcome escalate(IntakeState state, ScriptContext ctx, Messages m, RiskLevel level, List<String> messages) {
        state.risk = RiskLevel.max(state.risk, level);
        state.status = IntakeStatus.ESCALATED;
        state.current = null;
        Crisis crisis = crisis(state, ctx, state.risk);
        messages.add(crisis.message());
        return outcome(state, ctx, messages, crisis);
    }

    private Crisis crisis(IntakeState state, ScriptContext ctx, RiskLevel level) {
        Messages m = Messages.of(state.locale);
        String message = level.isAtLeast(RiskLevel.HIGH) ? m.get("asq.acute", ctx.help().helpLine(), ctx.help().emergency())
                : level == RiskLevel.MODERATE ? m.get("asq.moderate", ctx.help().helpLine()) : m.get("asq.checkin", ctx.help().helpLine());
        return crisis(state, ctx, level, message);
    }

    /** A pathway's own block: its message (or {@code messageKey}'s), its help for the clinic's country, and the emergency number. */
    private static Crisis pathwayCrisis(PathwayScreen screen, IntakeState state, ScriptContext ctx, Messages m, String messageKey) {
        var help = ctx.help(screen.pathway());
        return new Crisis(screen.pathway(), RiskLevel.max(state.risk, RiskLevel.LOW),
                m.get(messageKey != null ? messageKey : screen.messageKey(), help.helpLine(), help.emergency()), help.resources(), help.emergency());
    }

    private static Crisis crisis(IntakeState state, ScriptContext ctx, RiskLevel level, String message) {
        return new Crisis(RiskPathway.SUICIDE, level, message, ctx.help().resources(), ctx.help().emergency());
    }

    // ---- moving on --------------------------------------------------------------------------------

    private TurnOutcome advance(IntakeState state, ScriptContext ctx, Messages m, Step answered, List<String> messages) {
        if (state.screen == IntakeState.Screen.OPEN) {
            if (state.checkOf != null) {
                return answerCheck(state, ctx, m, answered, messages);
            }
            if (pathwayOf(state, m)
                    .map(p -> p.stopsAt(answered.id(), state)).orElse(false)) {
                return finishScreen(state, ctx, m, messages, true); // not safe to talk: no more questions now
            }
            Optional<Step> nextAsq = nextIn(screen(state, m), answered.id(), state);
            if (nextAsq.isPresent()) {
                state.current = nextAsq.get().id();
                enter(nextAsq.get(), state, messages);
                return outcome(state, ctx, messages, null);
            }
            return finishScreen(state, ctx, m, messages, false);
        }
        String next = next(state, ctx, m, answered.id());
        state.current = next;
        if (next == null) {
            return complete(state, ctx, m, messages, null);
        }
        enter(find(state, ctx, m, next), state, messages);
        return outcome(state, ctx, messages, state.risk.isAtLeast(RiskLevel.MODERATE) ? crisis(state, ctx, state.risk) : null);
    }

    private TurnOutcome complete(IntakeState state, ScriptContext ctx, Messages m, List<String> messages, Crisis crisis) {
        state.status = IntakeStatus.COMPLETED;
        state.current = null;
        messages.add(m.get("closing", ctx.clinicName(), ctx.help().helpLine()));
        return outcome(state, ctx, messages, crisis != null ? crisis
                : state.risk.isAtLeast(RiskLevel.MODERATE) ? crisis(state, ctx, state.risk) : null);
    }

    private TurnOutcome back(IntakeState state, ScriptContext ctx, Messages m) {
        if (state.history.isEmpty() || state.history.get(state.history.size() - 1).equals(IntakeScript.CONSENT)) {
            throw new IntakeClosedException(m.get("back.none"));
        }
        String last = state.history.get(state.history.size() - 1);
        if (state.screen == IntakeState.Screen.OPEN && !inScreen(last)) {
            throw new IntakeClosedException(m.get("back.screen"));
        }
        state.history.remove(state.history.size() - 1);
        state.answers.remove(last);
        state.texts.remove(last);
        if (inScreen(last)) {
            state.screen = IntakeState.Screen.OPEN;
        }
        state.current = last;
        List<String> messages = new ArrayList<>(List.of(m.get("back")));
        return outcome(state, ctx, messages, state.risk.isAtLeast(RiskLevel.MODERATE) ? crisis(state, ctx, state.risk) : null);
    }

    private List<Step> steps(Messages m, ScriptContext ctx) {
        if (scripts.size() > 64) {
            scripts.clear(); // plugin sets changed many times: start afresh rather than grow
        }
        return scripts.computeIfAbsent(new ScriptKey(m.locale(), ctx), k -> List.copyOf(IntakeScript.steps(m, ctx)));
    }

    private List<Step> asq(Messages m) {
        return screens.computeIfAbsent(m.locale(), k -> List.copyOf(IntakeScript.asq(m)));
    }

    /** A pathway screen in a locale by its id, built once. */
    private PathwayScreen screenById(String id, Messages m) {
        return pathways.computeIfAbsent(id + "." + m.locale(), k -> IntakeScript.screen(id, m));
    }

    /** The screen the intake is in (or was last in), if it is a pathway's own. */
    private Optional<PathwayScreen> pathwayOf(IntakeState state, Messages m) {
        Optional<String> id = state.screenId != null ? Optional.of(state.screenId)
                : state.screenPathway == null ? Optional.empty() : IntakeScript.screenFor(state.screenPathway);
        return id.map(i -> screenById(i, m));
    }

    /** Every risk question in a locale besides the ASQ (the pathways' own, the check questions), to find a step by its id. */
    private List<Step> pathwaySteps(Messages m) {
        List<Step> steps = new ArrayList<>(IntakeScript.checks(m));
        IntakeScript.SCREENS.forEach(id -> steps.addAll(screenById(id, m).steps()));
        return steps;
    }

    /** The open screen's questions: the pathway's own first, then the ASQ where it applies (suicide often comes with the others). */
    private List<Step> screen(IntakeState state, Messages m) {
        Optional<PathwayScreen> own = pathwayOf(state, m);
        if (own.isEmpty()) {
            return asq(m);
        }
        List<Step> steps = new ArrayList<>(own.get().steps());
        java.util.function.Predicate<IntakeState> asks = own.get().asksAsq();
        asq(m).forEach(s -> steps.add(s.askIf(st -> asks.test(st) && s.askIf().test(st), s.askedWhen())));
        return steps;
    }

    /** Whether a step belongs to a risk screen (the ASQ or a pathway's questions), not to the script. */
    public static boolean inScreen(String stepId) {
        return stepId.startsWith("asq.") || stepId.startsWith("risk.");
    }

    private static void enter(Step step, IntakeState state, List<String> messages) {
        // a section's shared introduction is shown before the first of its steps that is asked
        boolean sectionStarted = IntakeScript.SHARED_INTRO.stream()
                .anyMatch(section -> step.id().startsWith(section) && state.history.stream().anyMatch(id -> id.startsWith(section)));
        if (step.intro() != null && !sectionStarted) {
            messages.add(step.intro());
        }
    }

    /** The first askable script step after {@code stepId}, or null at the end. */
    private String next(IntakeState state, ScriptContext ctx, Messages m, String stepId) {
        return nextIn(steps(m, ctx), stepId, state).map(Step::id).orElse(null);
    }

    private String firstAskable(IntakeState state, ScriptContext ctx, Messages m, String from) {
        List<Step> steps = steps(m, ctx);
        int start = indexOf(steps, from);
        for (int i = Math.max(0, start); i < steps.size(); i++) {
            if (!state.has(steps.get(i).id()) && steps.get(i).askIf().test(state)) {
                return steps.get(i).id();
            }
        }
        return null;
    }

    private static Optional<Step> nextIn(List<Step> steps, String after, IntakeState state) {
        for (int i = indexOf(steps, after) + 1; i < steps.size(); i++) {
            if (steps.get(i).askIf().test(state)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Step find(IntakeState state, ScriptContext ctx, Messages m, String id) {
        if (id == null) {
            throw new IntakeClosedException("there is no question to answer");
        }
        List<Step> all = new ArrayList<>(steps(m, ctx));
        all.addAll(asq(m));
        all.addAll(pathwaySteps(m));
        return all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntakeClosedException("question '" + id + "' is no longer part of this intake"));
    }

    private TurnOutcome outcome(IntakeState state, ScriptContext ctx, List<String> messages, Crisis crisis) {
        Messages m = Messages.of(state.locale);
        Prompt prompt = state.current == null ? null : find(state, ctx, m, state.current).prompt(state);
        return new TurnOutcome(List.copyOf(messages), prompt, progress(state, ctx, m), state.status, crisis);
    }

    private TurnOutcome.Progress progress(IntakeState state, ScriptContext ctx, Messages m) {
        int answered = (int) state.history.stream().filter(id -> !inScreen(id)).count();
        int remaining = 0;
        int seconds = 0;
        if (state.current != null && state.status == IntakeStatus.IN_PROGRESS) {
            List<Step> steps = steps(m, ctx);
            String from = inScreen(state.current) ? state.resumeAt : state.current;
            for (int i = Math.max(0, from == null ? steps.size() : indexOf(steps, from)); i < steps.size(); i++) {
                Step s = steps.get(i);
                if (!state.has(s.id()) && s.askIf().test(state)) {
                    remaining++;
                    seconds += s.seconds();
                }
            }
        }
        int minutes = (seconds + 59) / 60;
        int percent = answered + remaining == 0 ? 100 : answered * 100 / (answered + remaining);
        String label = remaining == 0 ? "" : minutes <= 1 ? m.get("progress.one") : m.get("progress", minutes);
        return new TurnOutcome.Progress(answered, remaining, percent, minutes, label);
    }
}
