package org.mosaicintake.dialogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.plugins.BundledCatalogs;
import org.mosaicintake.risk.CrisisLines;
import org.mosaicintake.risk.RiskCategory;
import org.mosaicintake.risk.RiskDetector;
import org.mosaicintake.risk.RiskSignal;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * Drives the {@link DialogueEngine} directly, without Quarkus or a database: the bundled plugins'
 * catalogs (read from their jars), a stand-in risk detector and an embedding model that is not
 * ready (so understanding takes its deterministic path). Each answer is a turn on one
 * {@link IntakeState}, as the service would store it.
 */
final class EngineDriver {

    static final List<ModalityCatalog> CATALOGS = BundledCatalogs.load(Path.of("target/bundled-plugins"));

    /** Flags text that contains the marker word, as a rule would: as suicidal thinking, or as danger at home with "hits me"; unsure of "so heavy". */
    static RiskDetector flagging(String marker) {
        return text -> text.toLowerCase().contains("hits me") ? RiskSignal.flagged(RiskCategory.DANGER)
                : text.toLowerCase().contains("cut myself") ? RiskSignal.flagged(RiskCategory.SELF_HARM)
                : text.toLowerCase().contains(marker) ? RiskSignal.flagged(RiskCategory.EXPLICIT)
                : text.toLowerCase().contains("so heavy") ? RiskSignal.UNSURE : RiskSignal.CLEAR;
    }

    static ScriptContext context(String locale) {
        return new ScriptContext("Harbour Street Counselling", CrisisLines.suicide("US", locale), CrisisLines.violenceAtHome("US", locale),
                CATALOGS.stream().map(ModalityCatalog::modality).toList(),
                CATALOGS.stream().filter(c -> !c.intakeSteps().isEmpty())
                        .map(c -> new ScriptContext.PluginSteps(c.modality().id(), c.intakeSteps(), c.findings())).toList(),
                false);
    }

    final DialogueEngine engine;
    final ScriptContext ctx;
    final IntakeState state = new IntakeState();
    final List<String> asked = new ArrayList<>();
    TurnOutcome last;

    EngineDriver(RiskDetector detector, String locale) {
        this(detector, locale, new TextUnderstanding(text -> Optional.empty()));
    }

    EngineDriver(RiskDetector detector, String locale, TextUnderstanding understanding) {
        this.engine = new DialogueEngine(detector, new OptionMatcher(), understanding, 4000);
        this.ctx = context(locale);
        state.locale = locale;
        last = engine.start(state, ctx);
        asked.add(last.prompt().id());
    }

    static EngineDriver start() {
        return new EngineDriver(flagging("suicide"), "en");
    }

    String prompt() {
        return last.prompt() == null ? null : last.prompt().id();
    }

    TurnOutcome turn(TurnInput input) {
        last = engine.turn(state, input, ctx);
        if (last.prompt() != null) {
            asked.add(last.prompt().id());
        }
        return last;
    }

    TurnOutcome choice(String value) {
        return turn(new TurnInput(null, value, null, false));
    }

    TurnOutcome text(String text) {
        return turn(new TurnInput(text, null, null, false));
    }

    TurnOutcome value(int value) {
        return turn(new TurnInput(null, null, value, false));
    }

    TurnOutcome back() {
        return turn(new TurnInput(null, null, null, true));
    }

    /** The neutral answer to the current prompt: agree, skip, the low end, "0" or the first option. */
    TurnOutcome neutral() {
        Prompt p = last.prompt();
        List<String> values = p.options() == null ? List.of() : p.options().stream().map(Prompt.Option::value).toList();
        return switch (p.kind()) {
            case CONSENT -> choice("agree");
            case TEXT -> values.contains("skip") ? choice("skip") : text("Things have been hard lately.");
            case NUMBER -> value(p.min());
            default -> choice(values.contains("0") ? "0" : values.contains("none") ? "none" : values.get(0));
        };
    }

    /** Answers from {@code answers} by prompt id (text or choice by the prompt's kind), else neutrally, to the end. */
    TurnOutcome completeWith(Map<String, Object> answers) {
        return answerUntil(id -> id == null, answers);
    }

    /** Answers from {@code answers} (else neutrally) until the closing summary is asked. */
    EngineDriver answerUntilHeard(Map<String, Object> answers) {
        answerUntil(IntakeScript.HEARD::equals, answers);
        return this;
    }

    /** Answers neutrally until {@code promptId} is asked. */
    EngineDriver advanceTo(String promptId) {
        answerUntil(id -> promptId.equals(id), Map.of());
        if (!promptId.equals(prompt())) {
            throw new AssertionError("the intake never asked " + promptId + "; asked " + asked);
        }
        return this;
    }

    private TurnOutcome answerUntil(Predicate<String> done, Map<String, Object> answers) {
        for (int guard = 0; !done.test(prompt()) && prompt() != null && guard < 200; guard++) {
            Object planned = answers.get(prompt());
            if (planned instanceof Integer n) {
                value(n);
            } else if (planned instanceof String s && last.prompt().kind() == org.mosaicintake.api.PromptKind.TEXT && !s.equals("skip")) {
                text(s);
            } else if (planned instanceof String s) {
                choice(s);
            } else {
                neutral();
            }
        }
        return last;
    }
}
