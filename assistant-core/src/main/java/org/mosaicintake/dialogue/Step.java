package org.mosaicintake.dialogue;

import java.util.List;
import java.util.function.Predicate;
import org.mosaicintake.api.PromptKind;

/**
 * One step of the intake script, in one locale.
 *
 * @param intro   a message shown just before this step, or null
 * @param askIf   whether the step is asked, given the answers so far
 * @param seconds how long the step usually takes, for the progress estimate
 */
record Step(String id, PromptKind kind, String text, List<Prompt.Option> options, Integer min, Integer max, String intro,
            Predicate<IntakeState> askIf, int seconds) {

    Prompt prompt() {
        return new Prompt(id, kind, text, options, min, max);
    }

    boolean isText() {
        return kind == PromptKind.TEXT;
    }

    static Step choice(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.CHOICE, text, options, null, null, null, s -> true, 12);
    }

    static Step scale(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.SCALE, text, options, null, null, null, s -> true, 10);
    }

    static Step text(String id, String text, List<Prompt.Option> options) {
        return new Step(id, PromptKind.TEXT, text, options, null, null, null, s -> true, 60);
    }

    static Step number(String id, String text, int min, int max) {
        return new Step(id, PromptKind.NUMBER, text, List.of(), min, max, null, s -> true, 10);
    }

    Step withIntro(String message) {
        return new Step(id, kind, text, options, min, max, message, askIf, seconds);
    }

    Step askIf(Predicate<IntakeState> condition) {
        return new Step(id, kind, text, options, min, max, intro, condition, seconds);
    }
}
