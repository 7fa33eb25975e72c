package org.mosaicintake.engine;

import org.mosaicintake.api.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.messages.Messages;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.WorkingStyle;

/**
 * The words of a plan: common factors, the client's rationale and the monitoring section
 * (clinical reference, section 8). Plain, warm and non-diagnostic where the client reads them, and in
 * the client's language (the rationale and the hope); the clinicians' lines are in English.
 */
final class Narrative {


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
        Messages m = Messages.of(f.language());
        String hope = contracted(m.get("hope.text", stagePhrase(f, m), told(f).isEmpty() ? "" : m.get("hope.evidence", problems(f, m)),
                f.preferences().style() == WorkingStyle.SKILLS ? m.get("hope.skills")
                        : f.preferences().style() == WorkingStyle.INSIGHT ? m.get("hope.insight") : ""), f);
        return new Plan.CommonFactors(List.copyOf(alliance), rupture, hope);
    }

    /** What an item of each phase is for, in the client's words: the first tag an item carries names its purpose. */
    private static final List<String[]> OPENING = List.of(
            new String[] {Tags.SAFETY_PLANNING, "purpose.safety"}, new String[] {Tags.SUICIDE_SPECIFIC, "purpose.suicide"},
            new String[] {Tags.MOTIVATIONAL, "purpose.motivational"}, new String[] {Tags.PERINATAL, "purpose.perinatal"},
            new String[] {Tags.ALLIANCE, "purpose.alliance"}, new String[] {Tags.GOAL_SETTING, "purpose.alliance"},
            new String[] {Tags.SELF_REGULATION, "purpose.calm"}, new String[] {Tags.PSYCHOEDUCATION, "purpose.understand"},
            new String[] {Tags.GRIEF_PSYCHOEDUCATION, "purpose.understand"}, new String[] {Tags.FORMULATION, "purpose.understand"},
            new String[] {Tags.SLEEP, "purpose.sleep"}, new String[] {Tags.BEHAVIOURAL, "purpose.activity"},
            new String[] {Tags.RESOURCE, "purpose.resources"}, new String[] {Tags.INSIGHT, "purpose.insight"},
            new String[] {Tags.RELATIONAL, "purpose.patterns"}, new String[] {Tags.VALUES, "purpose.values"});
    private static final List<String[]> WORK = List.of(
            new String[] {Tags.TRAUMA_PROCESSING, "purpose.memories"}, new String[] {Tags.REPROCESSING, "purpose.memories"},
            new String[] {Tags.GRIEF_PROCESSING, "purpose.loss"}, new String[] {Tags.RESPONSE_PREVENTION, "purpose.rituals"},
            new String[] {Tags.EXPOSURE, "purpose.facing"}, new String[] {Tags.COGNITIVE_RESTRUCTURING, "purpose.thoughts"},
            new String[] {Tags.SCHEMA, "purpose.thoughts"}, new String[] {Tags.RELATIONAL, "purpose.patterns"},
            new String[] {Tags.TRANSFERENCE, "purpose.patterns"}, new String[] {Tags.INTERPERSONAL, "purpose.patterns"},
            new String[] {Tags.EMOTION_FOCUSED, "purpose.feelings"}, new String[] {Tags.EXPERIENTIAL, "purpose.feelings"},
            new String[] {Tags.INSIGHT, "purpose.insight"}, new String[] {Tags.SLEEP, "purpose.sleep"},
            new String[] {Tags.EXPERIMENT, "purpose.tryingNew"}, new String[] {Tags.BEHAVIOURAL, "purpose.activity"},
            new String[] {Tags.MINDFULNESS_PRACTICE, "purpose.relating"}, new String[] {Tags.ACCEPTANCE, "purpose.relating"},
            new String[] {Tags.DECENTERING, "purpose.relating"}, new String[] {Tags.ATTENTION, "purpose.attention"},
            new String[] {Tags.MEANING, "purpose.values"}, new String[] {Tags.VALUES, "purpose.values"}, new String[] {Tags.SKILLS, "purpose.skills"});

    /**
     * The rationale the client reads (clinical reference, sections 8 and 12): one story, in the client's
     * language, that tells their difficulties and goals back in the primary lens's own terms (its
     * case-formulation template), then what the course is for, phase by phase, without technique names.
     * The clinicians' technical text (framings, reasons) stays in the items.
     *
     * @param lookup the kept techniques by id, for their tags
     */
    static String rationale(Formulation f, List<Plan.PhasePlan> phases, ModalityCatalog primary,
                            java.util.function.Function<String, org.mosaicintake.api.Technique> lookup) {
        Messages m = Messages.of(f.language());
        List<String> text = new ArrayList<>();
        String difficulties = told(f).isEmpty() ? m.get("rationale.whatBroughtYou") : problems(f, m);
        if (!told(f).isEmpty()) {
            text.add(m.get("rationale.told", difficulties));
        }
        if (f.goals() != null) {
            text.add(m.get("rationale.goals", f.goals().length() > 300 ? f.goals().substring(0, 297) + "\u2026" : f.goals()));
        }
        String template = primary.lens().caseFormulation().get(f.language());
        text.add(template == null ? m.get("rationale.generic") : template.replace(org.mosaicintake.api.Lens.DIFFICULTIES, difficulties)
                .replace(org.mosaicintake.api.Lens.GOALS, m.get(f.goals() != null ? "rationale.goalsGiven" : "rationale.goalsNone")));
        List<String> opening = purposes(phases, Phase.STABILIZATION, OPENING, lookup, m);
        List<String> work = purposes(phases, Phase.PROCESSING, WORK, lookup, m);
        if (!opening.isEmpty()) {
            text.add(m.get("rationale.begin", m.list(opening)));
        }
        if (!work.isEmpty()) {
            text.add(m.get("rationale.then", m.list(work)));
        } else {
            text.add(m.get("rationale.atYourPace"));
        }
        if (phases.stream().anyMatch(p -> p.phase() == Phase.INTEGRATION && !p.items().isEmpty())) {
            text.add(m.get("rationale.end"));
        }
        text.add(m.get("rationale.sessions", Plan.sessionsOf(phases)));
        text.add(m.get("rationale.proposal"));
        return contracted(String.join(" ", text), f);
    }

    /** Spanish contracts "de el" and "a el" where a plain word with its article follows a preposition. */
    private static String contracted(String text, Formulation f) {
        return f.language().equals("es") ? text.replace(" de el ", " del ").replace(" a el ", " al ") : text;
    }

    private static List<String> purposes(List<Plan.PhasePlan> phases, Phase phase, List<String[]> byTag,
                                         java.util.function.Function<String, org.mosaicintake.api.Technique> lookup, Messages m) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        phases.stream().filter(p -> p.phase() == phase).flatMap(p -> p.items().stream()).forEach(item -> {
            org.mosaicintake.api.Technique t = lookup.apply(item.techniqueId());
            for (String[] purpose : byTag) {
                if (t != null && t.tags().contains(purpose[0])) {
                    keys.add(purpose[1]);
                    return;
                }
            }
        });
        return keys.stream().limit(3).map(m::get).toList();
    }

    /** The rationale of a crisis plan: safety now, the rest of the plan with a clinician soon. */
    static String crisisRationale(Formulation f) {
        Messages m = Messages.of(f.language());
        return contracted(m.get("rationale.crisis", told(f).isEmpty() ? m.get("rationale.whatBroughtYou") : problems(f, m)), f);
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
            lines.add(measure(f, f.notes() != null && f.notes().contains(org.mosaicintake.formulation.FormulationBuilder.AUDITC_MEN_NOTE)
                    ? bands.forMen() : bands, Instrument.AUDITC, "AUDIT-C every four weeks"));
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

    private static String stagePhrase(Formulation f, Messages m) {
        if (f.stageOfChange() == null) {
            return "";
        }
        return m.get(switch (f.stageOfChange()) {
            case PRECONTEMPLATION, CONTEMPLATION -> "hope.stage.early";
            case PREPARATION -> "hope.stage.preparation";
            case ACTION -> "hope.stage.action";
            case MAINTENANCE -> "hope.stage.maintenance";
        });
    }

    /** The problems the client said (clearly) or endorsed in a questionnaire, in plain words (clinical reference, section 11). */
    private static String problems(Formulation f, Messages m) {
        return m.list(told(f).stream().map(Problem::code).map(code -> m.get("plain." + code)).toList());
    }

    private static List<Problem> told(Formulation f) {
        return f.problems().stream().filter(Problem::endorsed).toList();
    }
}
