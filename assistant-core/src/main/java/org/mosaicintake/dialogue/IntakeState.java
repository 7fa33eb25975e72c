package org.mosaicintake.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mosaicintake.api.RiskLevel;

/**
 * Everything the dialogue knows about one intake: answers, the client's own words, the path taken,
 * where it stands, and the risk screen. The dialogue engine is its only writer; adapters store it
 * whole (as JSON) after every turn, so a restart loses nothing.
 */
public class IntakeState {

    /** State of the ASQ risk screen. */
    public enum Screen { NONE, OPEN, DONE }

    public String locale = "en";
    public String scriptVersion = IntakeScript.VERSION;
    /** Step id to the stored answer value (for text steps: "text" or "skip"). */
    public Map<String, String> answers = new LinkedHashMap<>();
    /** Step id to the client's own words, for text steps and free text typed at choice prompts. */
    public Map<String, String> texts = new LinkedHashMap<>();
    /** Answered step ids, in order: the way back. */
    public List<String> history = new ArrayList<>();
    /** The step being asked, or null when there is nothing more to ask. */
    public String current;
    public IntakeStatus status = IntakeStatus.IN_PROGRESS;
    public RiskLevel risk = RiskLevel.NONE;
    public Screen screen = Screen.NONE;
    /** The script step to return to when the risk screen ends. */
    public String resumeAt;
    /** The danger the open (or last) risk screen is about; null before any: the suicide screen. */
    public org.mosaicintake.risk.RiskPathway screenPathway;
    /**
     * The pathway screen open (or last open) by its id ({@code vah}, {@code sh}, {@code hto}, {@code it});
     * null for the ASQ alone. Intakes stored before it existed have only {@link #screenPathway}.
     */
    public String screenId;
    /**
     * The screens finished in this intake ({@code asq} or a pathway screen's id), each with the most
     * severe words it was opened for: a repeat disclosure no more severe gets a check-back.
     */
    public Map<String, Integer> screened = new LinkedHashMap<>();
    /** While a check question ({@code risk.check}, {@code risk.checkback}) is asked: the screen a worrying answer opens. */
    public String checkOf;
    /** The severity of the words that opened the current screen. */
    public int screenSeverity;
    /** Clinical flags the intake raised (api {@code ClinicalFlag} names), for the formulation. */
    public java.util.Set<String> flags = new java.util.TreeSet<>();
    /** Whether a pathway's answers call for clinicians now, besides the suicide risk level. */
    public boolean urgent;
    /** Whether psychotic signs with pregnancy or a recent birth were found (an emergency; raised once). */
    public boolean perinatalEmergency;
    /** BASIC I.D. salience (0-3) read from the client's story, by domain name; empty if the model was not ready. */
    public Map<String, Integer> storySalience = new LinkedHashMap<>();
    /** The problems understood in the client's story (api {@code ProblemCode} names), clearest first; empty if the model was not ready. */
    public List<String> storyProblems = new ArrayList<>();
    /** What triggered the risk screen, e.g. "phq9.9" or "story: self-harm"; never the client's words. */
    public List<String> riskTriggers = new ArrayList<>();

    /** Everything the client wrote in their own words, one answer a line; the risk screen's answers left out. */
    public String clientWords() {
        StringBuilder words = new StringBuilder();
        texts.forEach((step, text) -> {
            if (!DialogueEngine.inScreen(step)) {
                words.append(text).append('\n');
            }
        });
        return words.toString().strip();
    }

    public String answer(String stepId) {
        return answers.get(stepId);
    }

    public int intAnswer(String stepId) {
        String value = answers.get(stepId);
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean has(String stepId) {
        return answers.containsKey(stepId);
    }
}
