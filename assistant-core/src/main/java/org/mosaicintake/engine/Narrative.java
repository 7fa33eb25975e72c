package org.mosaicintake.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.WorkingStyle;

/**
 * The words of a plan: common factors, the client's rationale and the monitoring section
 * (clinical reference, section 8). Plain, warm and non-diagnostic where the client reads them.
 */
final class Narrative {

    /** How the client's problems are named to them: plain words, never diagnoses (the dialogue's own words, in English). */
    private static final org.mosaicintake.messages.Messages PLAIN = org.mosaicintake.messages.Messages.of("en");

    private Narrative() {
    }

    static Plan.CommonFactors commonFactors(Formulation f, List<Plan.PhasePlan> phases) {
        List<String> alliance = new ArrayList<>();
        alliance.add("The first sessions put the relationship first: agree the goals and the tasks together and check that the client feels heard.");
        if (f.notYetReady()) {
            alliance.add("Follow the client's pace: explore what they want and their mixed feelings about change before asking for change.");
        }
        if (f.reactance() == Level.HIGH) {
            alliance.add("Offer choices and invitations rather than instructions; let the client decide what to try and when.");
        } else if (f.reactance() == Level.LOW) {
            alliance.add("The client welcomes clear guidance: be explicit about the tasks and the reasons for them.");
        }
        if (f.readiness() != null) {
            alliance.add("Readiness to change " + f.readiness() + " of 10: " + (f.readiness() <= 3
                    ? "explore what the client wants and what holds them back before proposing change."
                    : f.readiness() <= 6 ? "build confidence with small, agreed first steps."
                    : "the client is ready: agree concrete tasks early."));
        }
        if (f.distress() == Level.HIGH) {
            alliance.add("Distress is high: be supportive and containing, and keep sessions within the client's window of tolerance.");
        }
        List<String> rupture = List.of(
                "Watch for withdrawal ruptures: the client goes quiet, changes the subject or agrees too readily.",
                "Watch for confrontation ruptures: the client pushes back, criticises the work or the therapist.",
                "Repair by naming what seems to be happening, owning your part, and returning to the goals you share (metacommunication).",
                "If a technique meets resistance, pause it, explore what it means to the client and repair the alliance, then return to the task or adapt it.");
        String hope = "This plan fits you because it starts where you are right now" + stagePhrase(f)
                + (told(f).isEmpty() ? "" : ", uses approaches with good evidence for " + problems(f))
                + preferencePhrase(f) + ". Many people with similar difficulties find that things improve with this kind of work, and we will check together regularly that it is helping you.";
        return new Plan.CommonFactors(List.copyOf(alliance), rupture, hope);
    }

    static String rationale(Formulation f, List<Plan.PhasePlan> phases, ModalityCatalog primary) {
        StringBuilder text = new StringBuilder();
        if (!told(f).isEmpty()) {
            text.append("You told us about ").append(problems(f)).append(". ");
        }
        text.append("Your plan is built around ").append(primary.modality().displayName().toLowerCase(Locale.ROOT)
                .replace("emdr", "EMDR").replace("cbt", "CBT")).append(": ").append(firstSentence(primary.modality().theorySummary())).append(' ');
        List<String> stabilise = names(phases, Phase.STABILIZATION);
        List<String> process = names(phases, Phase.PROCESSING);
        List<String> integrate = names(phases, Phase.INTEGRATION);
        if (!stabilise.isEmpty()) {
            text.append("We will begin with ").append(list(stabilise)).append(", so that you feel safe, understood and better able to cope. ");
        }
        if (!process.isEmpty()) {
            text.append("Then we will work on what keeps the difficulties going, with ").append(list(process)).append(". ");
        }
        if (!integrate.isEmpty()) {
            text.append("Towards the end, ").append(list(integrate)).append(" will help the changes last. ");
        }
        text.append("This is a proposal: you and your therapist will shape it together, and you can question any part of it.");
        return text.toString();
    }

    /** The rationale of a crisis plan: safety now, the rest of the plan with a clinician soon. */
    static String crisisRationale(Formulation f) {
        return "Right now the most important thing is that you are safe. The first step is to make a safety plan together: "
                + "the signs that things are getting harder, what helps you get through, who you can reach, and how to make your "
                + "surroundings safer. A clinician will talk with you very soon, and together you will plan the rest of the work "
                + "on " + (told(f).isEmpty() ? "what brought you here" : problems(f)) + ". You do not have to carry this alone.";
    }

    static List<String> monitoring(Formulation f, Bands bands) {
        List<String> lines = new ArrayList<>();
        if (f.risk().isAtLeast(RiskLevel.MODERATE)) {
            lines.add("Review risk at every session until a clinician has completed a suicide safety assessment, and revisit the safety plan.");
        } else if (f.risk() == RiskLevel.LOW) {
            lines.add("Check in briefly about safety and wellbeing at each session.");
        }
        lines.add(measure(f, bands, Instrument.PHQ9, "PHQ-9 at every session"));
        lines.add(measure(f, bands, Instrument.GAD7, "GAD-7 at every session"));
        if (f.severityOf(ProblemCode.PTSD).isPresent() || f.scores().containsKey(Instrument.PCPTSD5)) {
            lines.add(measure(f, bands, Instrument.PCPTSD5, "PC-PTSD-5 at the start, after stabilisation and at the end (or a full PTSD measure chosen by the clinician)"));
        }
        if (f.severityOf(ProblemCode.SUBSTANCE_USE).isPresent() || f.scores().containsKey(Instrument.AUDITC)) {
            lines.add(measure(f, bands, Instrument.AUDITC, "AUDIT-C every four weeks"));
        }
        lines.add(measure(f, bands, Instrument.WSAS, "WSAS at the start, midway and at the end"));
        lines.add(f.goals() == null
                ? "Agree two or three goals with the client in the first session and rate progress towards them every six sessions."
                : "The client's own goals as the outcome targets, rated together at the start, every six sessions and at the end: \u201c"
                + (f.goals().length() > 300 ? f.goals().substring(0, 297) + "\u2026" : f.goals()) + "\u201d.");
        lines.add("A short alliance check after every session (for example the Session Rating Scale).");
        lines.add("If progress stalls (no reliable improvement after six sessions), review the plan with the client, shift to a relational focus, and re-plan.");
        lines.add("If a technique meets resistance, shift to the relationship first: explore the meaning of the resistance and repair the alliance, then return to the task.");
        return List.copyOf(lines);
    }

    private static String measure(Formulation f, Bands bands, Instrument instrument, String what) {
        Integer baseline = f.scores().get(instrument);
        return baseline == null ? what + "." : what + " (baseline " + baseline + ", " + bands.of(instrument, baseline) + ").";
    }

    private static String stagePhrase(Formulation f) {
        if (f.stageOfChange() == null) {
            return "";
        }
        return switch (f.stageOfChange()) {
            case PRECONTEMPLATION, CONTEMPLATION -> ", giving you room to explore whether and how you want things to change";
            case PREPARATION -> ", turning your readiness into small, concrete first steps";
            case ACTION -> ", building on the changes you are already making";
            case MAINTENANCE -> ", helping you keep the changes you have made";
        };
    }

    private static String preferencePhrase(Formulation f) {
        return f.preferences().style() == WorkingStyle.SKILLS ? ", and offers the practical skills you asked for"
                : f.preferences().style() == WorkingStyle.INSIGHT ? ", and makes room for understanding where things come from, as you wished"
                : "";
    }

    /** The problems the client said (clearly) or endorsed in a questionnaire, in plain words (clinical reference, section 11). */
    private static String problems(Formulation f) {
        return list(told(f).stream().map(Problem::code).map(code -> PLAIN.get("plain." + code)).toList());
    }

    private static List<Problem> told(Formulation f) {
        return f.problems().stream().filter(Problem::endorsed).toList();
    }

    private static List<String> names(List<Plan.PhasePlan> phases, Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).flatMap(p -> p.items().stream())
                .map(i -> lowerFirst(i.name())).toList();
    }

    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
