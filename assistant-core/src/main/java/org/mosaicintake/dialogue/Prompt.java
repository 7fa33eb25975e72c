package org.mosaicintake.dialogue;

import java.util.List;
import org.mosaicintake.api.PromptKind;

/**
 * What the client is asked now: the contract's prompt. {@code min}/{@code max} are set for NUMBER
 * prompts; choice and scale prompts list their options.
 */
public record Prompt(String id, PromptKind kind, String text, List<Option> options, Integer min, Integer max) {

    /** One answer the client can pick. */
    public record Option(String value, String label) {
    }
}
