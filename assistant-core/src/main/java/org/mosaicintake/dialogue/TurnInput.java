package org.mosaicintake.dialogue;

/**
 * One client turn: exactly one of free text, a choice (an option's value) or a number, or a request
 * to go back one step.
 */
public record TurnInput(String text, String choice, Integer value, boolean back) {
}
