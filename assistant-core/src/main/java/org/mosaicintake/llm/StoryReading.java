package org.mosaicintake.llm;

import java.util.List;
import java.util.Map;

/**
 * The model's structured reading of the client's words: problem codes, BASIC I.D. salience (0-3)
 * and goals in the client's words. Unknown codes and out-of-range values are dropped by
 * {@link LanguageModel} before anything is used.
 */
public record StoryReading(List<String> problems, Map<String, Integer> salience, List<String> goals) {
}
