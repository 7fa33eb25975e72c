package org.mosaicintake.dialogue;

/**
 * One client turn: exactly one of free text, a choice (an option's value) or a number, or a request
 * to go back one step.
 */
public record TurnInput(String text, String choice, Integer value, boolean back) {

    public static TurnInput text(String text) {
        return new TurnInput(text, null, null, false);
    }

    public static TurnInput choice(String choice) {
        return new TurnInput(null, choice, null, false);
    }

    public static TurnInput value(int value) {
        return new TurnInput(null, null, value, false);
    }

    public static TurnInput goBack() {
        return new TurnInput(null, null, null, true);
    }
}
