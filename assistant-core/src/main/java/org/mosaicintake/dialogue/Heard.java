package org.mosaicintake.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.findings.PluginFindings;
import org.mosaicintake.messages.Messages;

/**
 * What the intake tells the client back, deterministically: the acknowledgment after their story,
 * which reflects what they said, and the closing "here is what I heard", which they confirm or
 * correct. Both name only what the client said in their own words or clearly endorsed in a
 * questionnaire (clinical reference, section 11), in plain words, never a diagnosis.
 */
final class Heard {

    /** Domains named back after the story when no problem was understood, most concrete first. */
    private static final List<BasicIdDomain> REFLECTED = List.of(BasicIdDomain.INTERPERSONAL, BasicIdDomain.DRUGS_BIOLOGY,
            BasicIdDomain.BEHAVIOR, BasicIdDomain.SENSATION, BasicIdDomain.IMAGERY, BasicIdDomain.COGNITION, BasicIdDomain.AFFECT);
    /** The domain a named problem already says (so it is not named twice). */
    private static final java.util.Map<String, List<BasicIdDomain>> IMPLIED = java.util.Map.of(
            ProblemCode.RELATIONSHIP.name(), List.of(BasicIdDomain.INTERPERSONAL),
            ProblemCode.SOCIAL_ANXIETY.name(), List.of(BasicIdDomain.INTERPERSONAL),
            ProblemCode.INSOMNIA.name(), List.of(BasicIdDomain.DRUGS_BIOLOGY),
            ProblemCode.SUBSTANCE_USE.name(), List.of(BasicIdDomain.DRUGS_BIOLOGY),
            ProblemCode.SOMATIC.name(), List.of(BasicIdDomain.SENSATION),
            ProblemCode.PANIC.name(), List.of(BasicIdDomain.SENSATION),
            ProblemCode.PTSD.name(), List.of(BasicIdDomain.IMAGERY),
            ProblemCode.OCD.name(), List.of(BasicIdDomain.BEHAVIOR));
    /** At most this many things are named back in one sentence. */
    private static final int MOST = 4;

    private Heard() {
    }

    /**
     * The acknowledgment after the story: the problems understood in it (up to three), then the
     * domains it spoke of, or the plain thanks when nothing was understood.
     */
    static String reflection(IntakeState s, Messages m) {
        List<String> items = told(s, m);
        return items.isEmpty() ? m.get("story.thanks") : m.get("story.reflect", list(items, m));
    }

    /** The closing summary: what the client told, what their answers point to, their goals and how they would like to work. */
    static String summary(IntakeState s, Messages m, Bands bands, org.mosaicintake.findings.PluginFindings findings) {
        StringBuilder text = new StringBuilder();
        List<String> told = told(s, m);
        // and the domains the client rated as mattering quite a lot or more
        for (BasicIdDomain d : BasicIdDomain.values()) {
            String words = m.get("domain." + d.name());
            if (s.intAnswer(IntakeScript.BASIC_ID + d.name().toLowerCase(java.util.Locale.ROOT) + ".rating") >= 2 && !told.contains(words)) {
                told.add(words);
            }
        }
        if (!told.isEmpty()) {
            text.append("\n\u2022 ").append(m.get("heard.told", list(told, m)));
        }
        List<String> endorsed = endorsed(s, m, bands, findings);
        endorsed.removeAll(told);
        if (!endorsed.isEmpty()) {
            text.append("\n\u2022 ").append(m.get("heard.answers", list(endorsed, m)));
        }
        String goals = s.texts.get(IntakeScript.GOALS);
        if (goals != null && !goals.isBlank()) {
            String shown = goals.strip().replaceAll("\\s+", " ");
            text.append("\n\u2022 ").append(m.get("heard.goals", shown.length() > 200 ? shown.substring(0, 197) + "\u2026" : shown));
        }
        String style = s.answer("style");
        if (style != null && !style.equals("NO_PREFERENCE") && m.has("style." + style)) {
            text.append("\n\u2022 ").append(m.get("heard.style", lowerFirst(m.get("style." + style))));
        }
        return m.get("heard", text.length() == 0 ? " " + m.get("heard.nothing") : text.toString());
    }

    /** The problems understood in the story (up to three), then the domains it spoke of, in plain words. */
    private static List<String> told(IntakeState s, Messages m) {
        Set<String> items = new LinkedHashSet<>();
        s.storyProblems.stream().limit(3).forEach(code -> items.add(m.get("plain." + code)));
        for (BasicIdDomain d : REFLECTED) {
            // a domain goes without saying once a problem that lives in it is named (feelings and thoughts with any)
            boolean implied = (d == BasicIdDomain.AFFECT || d == BasicIdDomain.COGNITION) && !s.storyProblems.isEmpty()
                    || s.storyProblems.stream().anyMatch(code -> IMPLIED.getOrDefault(code, List.of()).contains(d));
            if (items.size() < MOST && !implied && s.storySalience.getOrDefault(d.name(), 0) >= 2) {
                items.add(m.get("domain." + d.name()));
            }
        }
        return new ArrayList<>(items);
    }

    /** What the questionnaires show the client endorsed: each at the level the formulation counts it. */
    private static List<String> endorsed(IntakeState s, Messages m, Bands bands, org.mosaicintake.findings.PluginFindings findings) {
        List<String> items = new ArrayList<>();
        if (IntakeScript.sum(s, "phq9.", 9) >= 10) {
            items.add(m.get("plain." + ProblemCode.DEPRESSION));
        }
        if (IntakeScript.sum(s, "gad7.", 7) >= 8) {
            items.add(m.get("plain." + ProblemCode.GENERALIZED_ANXIETY));
        }
        if (IntakeScript.auditcPositive(s, bands)) {
            items.add(m.get("plain." + ProblemCode.SUBSTANCE_USE));
        }
        // what a plugin's screen found (the PHQ panic items, the PC-PTSD-5 ...), in the client's plain words
        findings.evaluate(s::answer).stream().filter(PluginFindings.Outcome::positive).flatMap(o -> o.finding().problem().stream())
                .distinct().map(code -> m.get("plain." + code)).filter(text -> !items.contains(text)).forEach(items::add);
        return items;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String list(List<String> items, Messages m) {
        return m.list(items);
    }
}
