package org.mosaicintake.llm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the language model may be sent and may say, as plain rules (no framework): each check
 * returns the reason a text fails (a fixed word, safe to count and log) or empty. Thread-safe.
 */
public final class GuardrailRules {

    /** Longest reflection shown to a client, in characters; two sentences at most. */
    public static final int MAX_REFLECTION = 320;
    /** Longest narrative paragraph for clinicians, in characters. */
    public static final int MAX_NARRATIVE = 1500;

    private record Rule(String reason, Pattern pattern) {
    }

    private static Rule rule(String reason, String regex) {
        return new Rule(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Text that tries to steer the model rather than tell it about the client's life. */
    private static final List<Rule> INJECTION = List.of(
            rule("prompt_injection", "\\b(?:ignore|disregard|forget|override)\\b.{0,30}\\b(?:instructions?|prompts?|rules|guidelines|above|previous)\\b"),
            rule("prompt_injection", "\\b(?:system prompt|developer mode|jailbreak|you are now|from now on you|pretend (?:to be|you are)|act as (?:a|an|my)\\b)"),
            rule("prompt_injection", "(?m)^\\s*(?:system|assistant|developer)\\s*:|</?(?:system|assistant|instructions?)>|\\[/?INST\\]"),
            rule("prompt_injection", "\\b(?:reveal|print|repeat|show)\\b.{0,20}\\b(?:your|the) (?:instructions|prompt|rules)\\b"));

    /** What neither a reflection nor a narrative may contain. */
    private static final List<Rule> UNSAFE = List.of(
            rule("diagnosis", "\\bdiagnos\\w*|\\b(?:you|they|the client) (?:have|has|suffer from|suffers from|are suffering from|is suffering from)\\b.{0,30}\\b(?:disorder|depression|anxiety|ptsd|ocd|bipolar|schizophrenia|illness)\\b|\\bmeets? (?:the )?criteria\\b|\\b(?:bipolar|borderline|schizo\\w*)\\b"),
            rule("medication", "\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|milligrams?|mcg|ml)\\b|\\b(?:dose|doses|dosage|dosing|prescri\\w*|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|mirtazapine|diazepam|lorazepam|alprazolam|xanax|prozac|zoloft|lexapro|benzodiazepines?|ssris?|antidepressants?|sleeping pills|melatonin)\\b"),
            rule("self_harm_method", "\\b(?:overdos\\w*|noose|hang(?:ing)? (?:yourself|oneself)|rope|razor|blade|lethal|poison\\w*|suffocat\\w*|bleach|jump(?:ing)? (?:off|from|in front)|slit\\w*|how many pills)\\b"),
            rule("promise", "\\b(?:i promise|we promise|guarantee\\w*|cure\\w*|will (?:definitely|certainly|surely) (?:get|feel|be)|you will (?:be|feel|get) (?:fine|better|well|cured)|everything will be (?:ok|okay|fine|alright|all right)|therapy will (?:fix|solve|cure))\\b"));

    /** What a reflection to a client may not do on top: ask, or tell them what to do. */
    private static final List<Rule> CLIENT_FACING = List.of(
            rule("question", "\\?|¿"),
            rule("instruction", "\\b(?:you should|you must|you need to|you have to|you ought to|try to|try (?:taking|doing|going|talking)|make sure|i (?:recommend|suggest|advise)|consider (?:taking|trying|talking|seeing)|(?:please )?(?:call|contact|take|stop|start|go to|see) (?:a|an|your|the)\\b|deberías|tienes que|te recomiendo)\\b"));

    private GuardrailRules() {
    }

    /** Why the client's words must not be sent, or empty. */
    public static Optional<String> input(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return Optional.of("empty");
        }
        if (text.length() > maxLength) {
            return Optional.of("too_long");
        }
        return first(INJECTION, text);
    }

    /** Why a reflection must not be shown to the client, or empty. */
    public static Optional<String> reflection(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("empty");
        }
        if (text.length() > MAX_REFLECTION || sentences(text) > 2) {
            return Optional.of("too_long");
        }
        return first(UNSAFE, text).or(() -> first(CLIENT_FACING, text));
    }

    /** Why a narrative must not be shown to clinicians, or empty. */
    public static Optional<String> narrative(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("empty");
        }
        if (text.length() > MAX_NARRATIVE) {
            return Optional.of("too_long");
        }
        return first(UNSAFE, text);
    }

    private static Optional<String> first(List<Rule> rules, String text) {
        String normal = text.toLowerCase(Locale.ROOT);
        return rules.stream().filter(r -> r.pattern().matcher(normal).find()).map(Rule::reason).findFirst();
    }

    private static long sentences(String text) {
        return Pattern.compile("[.!?…]+(?:\\s|$)").matcher(text.strip() + " ").results().count();
    }
}
