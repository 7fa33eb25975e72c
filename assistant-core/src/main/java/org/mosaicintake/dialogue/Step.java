package org.mosaicintake.dialogue;

import java.util.List;
import java.util.function.Predicate;
import org.mosaicintake.api.PromptKind;

/**
 * One step of the intake script, in one locale.
 *
 * @param intro   a message shown just before this step, or null
 * @param askIf   whether the step is asked, given the answers so far
 * @param askedWhen the same condition in words, for the documentation ("always" when unconditional)
 * @param seconds how long the step usually takes, for the progress estimate
 * @param textFor the words of the question for one intake, when they depend on its answers (the
 *                closing "here is what I heard"); null when {@code text} is all there is
 */
record Step(String id, PromptKind kind, String text, List<Prompt.Option> options, Integer min, Integer max, String intro,
            Predicate<IntakeState> askIf, String askedWhen, int seconds, java.util.function.Function<IntakeState, String> textFor) {

    Step(String id, PromptKind kind, String text, List<Prompt.Option> options, Integer min, Integer max, String intro,
         Predicate<IntakeState> askIf, String askedWhen, int seconds) {
        this(id, kind, text, options, min, max, intro, askIf, askedWhen, seconds, null);
    }

    /** The prompt as the script states it (the documentation's view). */
    Prompt prompt() {
        return new Prompt(id, kind, text, options, min, max);
    }

    /** The prompt as this intake's client sees it. */
    Prompt prompt(IntakeState state) {
        return textFor == null ? prompt() : new Prompt(id, kind, textFor.apply(state), options, min, max);
    }

    static Step choice(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.CHOICE, text, options, null, null, null, s -> true, "always", 12);
    }

    static Step scale(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.SCALE, text, options, null, null, null, s -> true, "always", 10);
    }

    static Step text(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.TEXT, text, options, null, null, null, s -> true, "always", 60);
    }

    static Step number(String id, String text, int min, int max) {
        return new Step(id, PromptKind.NUMBER, text, List.of(), min, max, null, s -> true, "always", 10);
    }

    Step withIntro(String message) {
        return new Step(id, kind, text, options, min, max, message, askIf, askedWhen, seconds, textFor);
    }

    Step askIf(Predicate<IntakeState> condition, String inWords) {
        return new Step(id, kind, text, options, min, max, intro, condition, inWords, seconds, textFor);
    }

    /** This step with words that depend on the intake's answers; {@code text} stays the script's own. */
    Step textFor(java.util.function.Function<IntakeState, String> words) {
        return new Step(id, kind, text, options, min, max, intro, askIf, askedWhen, seconds, words);
    }
}
