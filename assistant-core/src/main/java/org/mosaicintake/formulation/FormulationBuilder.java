package org.mosaicintake.formulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.dialogue.IntakeState;
import org.mosaicintake.instruments.Scoring;
import org.mosaicintake.findings.PluginFindings;
import org.mosaicintake.understanding.Understanding;
import org.mosaicintake.instruments.Instrument;

/**
 * Builds the formulation of a finished intake from its answers: instrument scores and bands,
 * problems they indicate, the risk level from the screen, the BASIC I.D. profile from the client's
 * ratings, stage, coping style, reactance, preferences, impairment (WSAS), distress (PHQ-9, GAD-7)
 * and flags (health questions, dissociation check).
 */
public final class FormulationBuilder {

    /**
     * The note for clinicians when the AUDIT-C was read at the men's cut-off: the client described
     * himself as a man in his own words (Mosaic does not ask sex). The plan's monitoring line reads it too.
     */
    public static final String AUDITC_MEN_NOTE = "The AUDIT-C is read at the men's cut-off of 4: the client describes himself as a man"
            + " (3 where sex is not known).";

    /** Similarity from which a problem read from the client's words counts as moderate rather than mild. */
    static final double CLEAR_PROBLEM = 0.65;

    private final Scoring scoring;
    private final org.mosaicintake.understanding.TextUnderstanding understanding;

    public FormulationBuilder(Scoring scoring, org.mosaicintake.understanding.TextUnderstanding understanding) {
        this.scoring = scoring;
        this.understanding = understanding;
    }

    public Formulation build(String clinic, IntakeState s) {
        return build(clinic, s, Understanding.none(), PluginFindings.NONE);
    }

    /**
     * @param evidence more reading of the client's words (the clinic's language model), added to the
     *                 in-process understanding: it can add problems and salience, never remove any,
     *                 and never touches the risk level, which comes from the screen alone
     * @param findings the enabled plugins' findings: the only way their intake steps' answers reach the formulation
     */
    public Formulation build(String clinic, IntakeState s, Understanding evidence, PluginFindings findings) {
        org.mosaicintake.instruments.Bands bands = org.mosaicintake.dialogue.IntakeScript.bandsFor(s, scoring.bands());
        Map<Instrument, Scoring.Result> results = scoring.score(s::answer, findings, bands);
        List<PluginFindings.Outcome> outcomes = findings.evaluate(s::answer);
        Map<Instrument, Integer> scores = new EnumMap<>(Instrument.class);
        results.forEach((instrument, result) -> scores.put(instrument, result.total()));

        List<Problem> problems = new ArrayList<>();
        // section 11: validated measures at their cut-off make a problem MEASURED, with the instrument's bands;
        // brief screens make it POSSIBLE; the evidence says which
        Integer phq9 = scores.get(Instrument.PHQ9);
        if (phq9 != null && phq9 >= 10) {
            problems.add(Problem.measured(ProblemCode.DEPRESSION, phq9 >= 15 ? Severity.SEVERE : Severity.MODERATE,
                    "PHQ-9 " + phq9 + " (" + results.get(Instrument.PHQ9).band() + ")"));
        }
        Integer gad7 = scores.get(Instrument.GAD7);
        if (gad7 != null && gad7 >= 10) {
            problems.add(Problem.measured(ProblemCode.GENERALIZED_ANXIETY, gad7 >= 15 ? Severity.SEVERE : Severity.MODERATE,
                    "GAD-7 " + gad7 + " (" + results.get(Instrument.GAD7).band() + "): clinically relevant anxiety, not which disorder"));
        } else if (gad7 != null && gad7 >= 8) {
            problems.add(Problem.possible(ProblemCode.GENERALIZED_ANXIETY, Severity.MILD, "GAD-7 " + gad7 + " (mild), below the cut-off of 10"));
        }
        Integer fullAudit = scores.get(Instrument.AUDIT);
        Integer audit = scores.get(Instrument.AUDITC);
        if (fullAudit != null && fullAudit >= 8) {
            problems.add(Problem.measured(ProblemCode.SUBSTANCE_USE, fullAudit >= 20 ? Severity.SEVERE : fullAudit >= 16 ? Severity.MODERATE : Severity.MILD,
                    "AUDIT " + fullAudit + " (" + results.get(Instrument.AUDIT).band() + ")"));
        } else if (audit != null && bands.positive(Instrument.AUDITC, audit)) {
            problems.add(Problem.possible(ProblemCode.SUBSTANCE_USE, audit >= 8 ? Severity.MODERATE : Severity.MILD,
                    "AUDIT-C " + audit + " (positive screen)" + (fullAudit == null ? "" : "; full AUDIT " + fullAudit + " (low risk)")));
        }
        if ("1".equals(s.answer("drugs")) && problems.stream().noneMatch(p -> p.code() == ProblemCode.SUBSTANCE_USE)) {
            problems.add(Problem.possible(ProblemCode.SUBSTANCE_USE, Severity.MILD, "drug screen: drug use in the past year"));
        }
        // the plugins' findings (the PHQ panic items, the ZF-OCS, the PC-PTSD-5 ...), as their catalogs declare them
        for (PluginFindings.Outcome o : outcomes) {
            if (o.positive() && o.finding().problem().isPresent() && problems.stream().noneMatch(p -> p.code() == o.finding().problem().get())) {
                Severity severity = o.finding().severeFrom().filter(from -> o.total() >= from).isPresent() ? Severity.SEVERE
                        : switch (o.finding().severity()) {
                            case LOW -> Severity.MILD;
                            case MODERATE -> Severity.MODERATE;
                            case HIGH -> Severity.SEVERE;
                        };
                problems.add(o.finding().status() == org.mosaicintake.api.Finding.Status.MEASURED
                        ? Problem.measured(o.finding().problem().get(), severity, o.evidence())
                        : Problem.possible(o.finding().problem().get(), severity, o.evidence()));
            }
        }
        if (s.intAnswer("phq9.3") >= 2) {
            problems.add(Problem.possible(ProblemCode.INSOMNIA, s.intAnswer("phq9.3") == 3 ? Severity.MODERATE : Severity.MILD,
                    "PHQ-9 item 3 (sleep) answered " + s.intAnswer("phq9.3") + " of 3; the item mixes insomnia and oversleeping"));
        }

        // the client's own words: problems no validated screen ruled out (words never overturn a negative
        // screen; clinicians see where they disagree)
        List<String> notes = new ArrayList<>();
        Understanding said = understanding.understand(s.clientWords()).plus(evidence);
        said.problems().forEach((code, similarity) -> {
            if (problems.stream().anyMatch(p -> p.code() == code)) {
                return;
            }
            if (negativeScreen(code, s, scores, bands, findings)) {
                notes.add("The client's words suggest " + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + "; the screen was negative (" + findings.screenFor(code).orElseGet(() -> screenFor(code)) + ").");
            } else {
                problems.add(Problem.possible(code, similarity >= CLEAR_PROBLEM ? Severity.MODERATE : Severity.MILD, Problem.CLIENT_WORDS));
            }
        });
        // a plugin's own instrument or screen that adds no problem or flag: clinicians still read what it found
        outcomes.stream().filter(o -> o.state() != PluginFindings.State.NOT_ANSWERED && o.finding().problem().isEmpty()
                        && o.finding().flag().isEmpty() && o.finding().score().isEmpty())
                .forEach(o -> notes.add(o.evidence() + "."));
        if (audit != null && bands.auditcCutoff() != scoring.bands().auditcCutoff()) {
            notes.add(AUDITC_MEN_NOTE);
        }
        String correction = s.texts.get("heard.correction");
        if (correction != null) {
            notes.add("At the end the client corrected or added: \u201c" + correction.strip() + "\u201d");
        }

        // each domain: the client's rating; else what the story or the questionnaires showed (it was then not asked); else the words
        Map<BasicIdDomain, Integer> basicId = new EnumMap<>(BasicIdDomain.class);
        for (BasicIdDomain d : BasicIdDomain.values()) {
            String key = "basicid." + d.name().toLowerCase(java.util.Locale.ROOT);
            int rating = s.intAnswer(key + ".rating");
            if (rating < 0 && "1".equals(s.answer(key + ".confirm"))) { // intakes from the 2026.11 script
                rating = s.storySalience.getOrDefault(d.name(), 2);
            }
            if (rating < 0 && s.has(key) && !"text".equals(s.answer(key))) {
                rating = 0; // skipped
            }
            if (rating < 0 && "text".equals(s.answer(key)) && org.mosaicintake.understanding.DomainCues.saysNothing(s.texts.get(key))) {
                rating = 0; // "no, not really"
            }
            if (rating < 0 && "text".equals(s.answer(key))) {
                rating = org.mosaicintake.understanding.DomainCues.degree(s.texts.get(key)).orElse(-1); // "a lot": not asked to rate
            }
            if (rating < 0 && !s.has(key)) {
                int known = org.mosaicintake.dialogue.IntakeScript.knownSalience(s, d, scoring.bands());
                rating = known > 0 ? known : -1; // not asked because the story or the questionnaires showed it
            }
            basicId.put(d, rating >= 0 ? rating : said.salience().getOrDefault(d, 0));
        }

        Set<ClinicalFlag> flags = EnumSet.noneOf(ClinicalFlag.class);
        // flags the intake raised on the way (violence at home: UNSAFE_ENVIRONMENT)
        s.flags.forEach(flag -> flags.add(ClinicalFlag.valueOf(flag)));
        if ("1".equals(s.answer("health.heart"))) {
            flags.add(ClinicalFlag.CARDIAC_CONDITION);
        }
        if ("1".equals(s.answer("health.seizures"))) {
            flags.add(ClinicalFlag.SEIZURE_DISORDER);
        }
        if ("pregnant".equals(s.answer("perinatal"))) {
            flags.add(ClinicalFlag.PREGNANCY);
        }
        flags.addAll(redFlags(s, scores));
        outcomes.stream().filter(PluginFindings.Outcome::positive).forEach(o -> o.finding().flag().ifPresent(flags::add));
        Set<ProblemCode> codes = problems.stream().map(Problem::code).collect(java.util.stream.Collectors.toSet());
        flags.addAll(org.mosaicintake.understanding.CircumstanceCues.in(s.clientWords(), codes));

        // what was never asked stays unknown (null), never a guessed default
        Integer wsas = scores.get(Instrument.WSAS);
        // the WSAS where it was asked; else the PHQ-9 difficulty item (not difficult at all: low; somewhat: moderate)
        int difficulty = s.intAnswer("phq9.difficulty");
        Level impairment = wsas != null ? (wsas > 20 ? Level.HIGH : wsas >= 10 ? Level.MODERATE : Level.LOW)
                : difficulty == 0 ? Level.LOW : difficulty == 1 ? Level.MODERATE : null;
        int worst = Math.max(phq9 == null ? 0 : phq9, gad7 == null ? 0 : gad7);
        Level distress = phq9 == null && gad7 == null ? null
                : worst >= 15 || "3".equals(s.answer("phq9.difficulty")) ? Level.HIGH : worst >= 10 ? Level.MODERATE : Level.LOW;

        String avoid = s.answer("avoid");
        Preferences preferences = new Preferences(enumOr(WorkingStyle.class, s.answer("style"), WorkingStyle.NO_PREFERENCE),
                avoid == null || avoid.equals("none") ? Set.of() : Set.of(avoid));
        Integer readiness = s.intAnswer("readiness") >= 0 ? s.intAnswer("readiness") : null;
        return new Formulation(clinic, null, problems, scores, s.risk,
                enumOr(StageOfChange.class, s.answer("stage"), null),
                enumOr(CopingStyle.class, s.answer("coping"), null),
                enumOr(Level.class, s.answer("reactance"), null), impairment, distress, basicId, flags, preferences,
                readiness, s.texts.get("goals"), notes, s.locale,
                outcomes.stream().filter(PluginFindings.Outcome::positive).map(o -> o.finding().id()).collect(java.util.stream.Collectors.toSet()));
    }

    /** The screen that speaks for a problem, in words, for the clinicians' note. */
    private static String screenFor(ProblemCode code) {
        return switch (code) {
            case DEPRESSION -> "PHQ-9 below 10";
            case GENERALIZED_ANXIETY -> "GAD-7 below 8";
            case SUBSTANCE_USE -> "AUDIT-C and the drug-use question";
            case INSOMNIA -> "PHQ-9 sleep item";
            default -> "screen";
        };
    }

    /** Whether a validated screen for this problem was asked and came back negative. */
    private static boolean negativeScreen(ProblemCode code, IntakeState s, Map<Instrument, Integer> scores,
                                          org.mosaicintake.instruments.Bands bands, PluginFindings findings) {
        if (findings.negative(code, s::answer)) {
            return true;
        }
        return switch (code) {
            case DEPRESSION -> scores.containsKey(Instrument.PHQ9) && scores.get(Instrument.PHQ9) < 10;
            case GENERALIZED_ANXIETY -> scores.containsKey(Instrument.GAD7) && scores.get(Instrument.GAD7) < 8;
            case SUBSTANCE_USE -> scores.containsKey(Instrument.AUDITC) && !bands.positive(Instrument.AUDITC, scores.get(Instrument.AUDITC))
                    && !"1".equals(s.answer("drugs"));
            case INSOMNIA -> s.intAnswer("phq9.3") >= 0 && s.intAnswer("phq9.3") <= 1;
            default -> false;
        };
    }

    /**
     * The red flags of section 10 of the clinical reference: from the screens (the brief questions, the
     * SCOFF, the full AUDIT, the perinatal question) and always from the client's own words, whatever a
     * screen said.
     */
    static Set<ClinicalFlag> redFlags(IntakeState s, Map<Instrument, Integer> scores) {
        Set<ClinicalFlag> flags = EnumSet.noneOf(ClinicalFlag.class);
        if ("1".equals(s.answer("redflag.experiences"))) {
            flags.add(ClinicalFlag.PSYCHOSIS);
        }
        if ("1".equals(s.answer("redflag.mood"))) {
            flags.add(ClinicalFlag.BIPOLAR);
        }
        Integer scoff = scores.get(Instrument.SCOFF);
        if (scoff != null && scoff >= 2) {
            flags.add(ClinicalFlag.EATING_DISORDER);
        }
        Integer audit = scores.get(Instrument.AUDIT);
        // possible dependence (20+), or impaired control, salience or morning drinking weekly or more (items 4-6)
        if (audit != null && (audit >= 20 || IntStream.rangeClosed(4, 6).anyMatch(i -> s.intAnswer("audit." + i) >= 3))) {
            flags.add(ClinicalFlag.SUBSTANCE_DEPENDENCE);
        }
        if ("pregnant".equals(s.answer("perinatal")) || "baby".equals(s.answer("perinatal"))) {
            flags.add(ClinicalFlag.PERINATAL);
        }
        flags.addAll(org.mosaicintake.redflags.RedFlags.in(s.clientWords()));
        return flags;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
