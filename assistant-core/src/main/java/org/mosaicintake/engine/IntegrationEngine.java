package org.mosaicintake.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Prerequisite;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.api.Technique;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.WorkingStyle;

/**
 * The assimilative integration engine: turns a formulation and the enabled plugins' catalogs into a
 * phased plan proposal (clinical reference, sections 1 and 5 to 8). See {@code docs/engine.md}.
 *
 * <p>Stateless and thread-safe; deterministic: the same formulation and catalogs give an equal plan.
 */
public final class IntegrationEngine {

    /** Score from which a relevant technique is added beyond what the rules require. */
    static final int FILL_THRESHOLD = 6;

    static final String SAFETY_PLANNING = "safety-planning";
    static final String ALLIANCE = "alliance";
    static final String SELF_REGULATION = "self-regulation";

    /** Tags naming a function one technique fulfils for the whole plan. */
    static final List<String> FUNCTIONS = List.of(SELF_REGULATION, "psychoeducation", ALLIANCE, SAFETY_PLANNING,
            "relapse-prevention", "motivational", "goal-setting");

    private final Bands bands;

    /** An engine whose monitoring lines name the instruments' standard bands. */
    public IntegrationEngine() {
        this(Bands.STANDARD);
    }

    /** @param bands the service's instrument bands, with its configured cut-offs */
    public IntegrationEngine(Bands bands) {
        this.bands = java.util.Objects.requireNonNull(bands, "bands");
    }

    /**
     * @param formulation   what the intake found
     * @param catalogs      the catalogs of the enabled plugins
     * @param clinicDefault the clinic's default primary orientation, if it has one
     * @throws FormulationException if the formulation names a modality no enabled plugin provides
     */
    public Plan plan(Formulation formulation, List<ModalityCatalog> catalogs, Optional<String> clinicDefault) {
        return new Planning(formulation, catalogs, clinicDefault).run();
    }

    /** One planning run; not shared between threads. */
    private final class Planning {
        private final Formulation f;
        private final Map<String, ModalityCatalog> catalogs = new TreeMap<>();
        private final Optional<String> clinicDefault;
        private final List<Technique> techniques = new ArrayList<>();
        private final Map<String, Technique> byId = new HashMap<>();
        private final Map<String, Integer> scores = new HashMap<>();
        private final Map<String, String> deferrals = new HashMap<>();
        private final LinkedHashMap<String, List<String>> selected = new LinkedHashMap<>();
        private final Map<String, String> excluded = new TreeMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<ProblemCode> problemCodes = java.util.EnumSet.noneOf(ProblemCode.class);
        private final List<BasicIdDomain> salient;
        private String primary;
        private String primaryReason;

        Planning(Formulation f, List<ModalityCatalog> catalogs, Optional<String> clinicDefault) {
            this.f = f;
            catalogs.forEach(c -> this.catalogs.put(c.modality().id(), c));
            this.clinicDefault = clinicDefault;
            f.problems().forEach(p -> problemCodes.add(p.code()));
            this.salient = f.salientDomains();
            this.catalogs.values().forEach(c -> c.techniques().forEach(t -> {
                techniques.add(t);
                byId.put(t.id(), t);
            }));
        }

        Plan run() {
            validate();
            choosePrimary();
            for (Technique t : techniques) {
                scores.put(t.id(), score(t, null));
                safetyDeferral(t).or(() -> onlyPossible(t)).ifPresent(reason -> deferrals.put(t.id(), reason));
            }
            propagateDeferrals();
            selectSafetyPlanning();
            warnAboutHarmToOthers();
            warnAboutRedFlags();
            warnAboutUnknowns();
            selectAlliance();
            selectProtocols();
            selectArousalRegulation();
            selectCoverage();
            selectByRank();
            selectIntegration();
            closePrerequisites();
            recordExclusions();
            Map<String, Phase> phases = assignPhases();
            List<Plan.PhasePlan> phasePlans = sequence(phases);
            Map<BasicIdDomain, List<String>> coverage = coverage();
            ModalityCatalog lens = catalogs.get(primary);
            return new Plan(primary, primaryReason, phasePlans, excluded.entrySet().stream()
                    .map(e -> new Plan.Exclusion(e.getKey(), e.getValue())).toList(),
                    Narrative.commonFactors(f, phasePlans), Narrative.rationale(f, phasePlans, lens),
                    Narrative.monitoring(f, bands), coverage, List.copyOf(warnings));
        }

        // ---- 1. validation and primary orientation -------------------------------------------

        private void validate() {
            f.requestedOrientation().ifPresent(id -> {
                if (!catalogs.containsKey(id)) {
                    throw new FormulationException("primaryOrientation", "no enabled modality '" + id + "'; enabled: "
                            + String.join(", ", catalogs.keySet()));
                }
            });
            for (String avoid : f.preferences().avoidModalities()) {
                if (!catalogs.containsKey(avoid)) {
                    throw new FormulationException("preferences.avoidModalities", "no enabled modality '" + avoid
                            + "'; enabled: " + String.join(", ", catalogs.keySet()));
                }
            }
            if (catalogs.isEmpty()) {
                throw new FormulationException("clinic", "no modality plugin is enabled, so no plan can be made");
            }
        }

        private void choosePrimary() {
            Set<String> avoided = f.preferences().avoidModalities();
            if (f.requestedOrientation().isPresent()) {
                primary = f.requestedOrientation().get();
                primaryReason = "requested";
                return;
            }
            Optional<String> clinic = clinicDefault.filter(catalogs::containsKey);
            if (clinic.isPresent() && !avoided.contains(clinic.get())) {
                primary = clinic.get();
                primaryReason = "clinic default";
                return;
            }
            String setAside = clinic.map(c -> "; the clinic default " + c + " was set aside because the client asked to avoid it").orElse("");
            List<String[]> rules = new ArrayList<>();
            if (f.notYetReady()) {
                rules.add(new String[] {"humanistic", "chosen from the formulation: not yet ready for change, so an engaging, non-directive frame"});
            }
            if (f.preferences().style() == WorkingStyle.INSIGHT
                    || (f.copingStyle() == CopingStyle.INTERNALIZING && f.has(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS))) {
                rules.add(new String[] {"psychodynamic", "chosen from the formulation: "
                        + (f.preferences().style() == WorkingStyle.INSIGHT ? "prefers understanding where difficulties come from"
                        : "internalizing coping with chronic relational patterns")});
            }
            if (f.preferences().style() == WorkingStyle.SKILLS || f.copingStyle() == CopingStyle.EXTERNALIZING) {
                rules.add(new String[] {"cbt", "chosen from the formulation: "
                        + (f.preferences().style() == WorkingStyle.SKILLS ? "prefers practical skills" : "externalizing coping style")});
            }
            if (f.copingStyle() == CopingStyle.INTERNALIZING) {
                rules.add(new String[] {"humanistic", "chosen from the formulation: internalizing coping style, emotion-focused frame"});
            }
            for (String[] rule : rules) {
                if (catalogs.containsKey(rule[0]) && !avoided.contains(rule[0])) {
                    primary = rule[0];
                    primaryReason = rule[1] + setAside;
                    return;
                }
            }
            // the enabled, not avoided modality whose techniques best fit the client's problems
            primary = catalogs.keySet().stream().filter(id -> !avoided.contains(id))
                    .max(Comparator.comparingInt(this::problemFit).thenComparing(Comparator.<String>reverseOrder()))
                    .orElse(catalogs.keySet().iterator().next());
            primaryReason = "chosen from the formulation: its techniques best fit the client's problems" + setAside;
        }

        private int problemFit(String modality) {
            int fit = 0;
            for (Technique t : catalogs.get(modality).techniques()) {
                for (Problem p : f.problems()) {
                    if (t.problems().contains(p.code())) {
                        fit += p.severity().weight();
                    }
                }
            }
            return fit;
        }

        // ---- 2. safety ------------------------------------------------------------------------

        /**
         * A screen is not a diagnosis (clinical reference, section 11): a technique specific to problems
         * the intake only screened for (POSSIBLE), and to none it measured, waits for an assessment.
         */
        private Optional<String> onlyPossible(Technique t) {
            if (t.problems().isEmpty() || t.problems().size() > 2) {
                return Optional.empty();
            }
            Set<ProblemCode> measured = java.util.EnumSet.noneOf(ProblemCode.class);
            Set<ProblemCode> possible = java.util.EnumSet.noneOf(ProblemCode.class);
            f.problems().forEach(p -> (p.possible() ? possible : measured).add(p.code()));
            if (t.problems().stream().anyMatch(measured::contains) || t.problems().stream().noneMatch(possible::contains)) {
                return Optional.empty();
            }
            String codes = t.problems().stream().filter(possible::contains).map(c -> lower(c)).collect(java.util.stream.Collectors.joining(" or "));
            return Optional.of("deferred: " + codes + " is only possible (a screen or the client's words, not a measure): assess it before "
                    + "work specific to it");
        }

        private Optional<String> safetyDeferral(Technique t) {
            for (SafetyRule rule : t.contraindications()) {
                if (rule.appliesTo(f.risk(), f.flags())) {
                    return Optional.of("deferred: " + rule.reason());
                }
            }
            if (t.arousal() == Level.HIGH && f.risk().isAtLeast(RiskLevel.MODERATE)) {
                return Optional.of("deferred: risk is " + lower(f.risk()) + "; arousal-raising work waits until a clinician has reviewed risk");
            }
            return Optional.empty();
        }

        /** A technique that requires a deferred technique is deferred too, with that reason. */
        private void propagateDeferrals() {
            Set<String> done = new java.util.HashSet<>();
            for (Technique t : techniques) {
                propagate(t, done, new java.util.HashSet<>());
            }
        }

        /** Depth-first over technique prerequisites, each technique settled once; cycles end the walk. */
        private boolean propagate(Technique t, Set<String> done, Set<String> path) {
            if (done.contains(t.id()) || !path.add(t.id())) {
                return deferrals.containsKey(t.id());
            }
            if (!deferrals.containsKey(t.id())) {
                for (Prerequisite p : t.prerequisites()) {
                    Technique needed = p.isTag() ? null : byId.get(p.ref());
                    if (needed != null && propagate(needed, done, path)) {
                        deferrals.put(t.id(), "deferred: needs " + describe(p) + " first, which is deferred");
                        break;
                    }
                }
            }
            done.add(t.id());
            return deferrals.containsKey(t.id());
        }

        private List<String> cautions(Technique t) {
            return t.cautions().stream().filter(r -> r.appliesTo(f.risk(), f.flags())).map(SafetyRule::reason).toList();
        }

        private boolean avoided(Technique t) {
            return f.preferences().avoidModalities().contains(t.modalityId());
        }

        /** Usable: neither deferred for safety nor from a modality the client asked to avoid. */
        private boolean usable(Technique t) {
            return !deferrals.containsKey(t.id()) && !avoided(t);
        }

        // ---- 3. matching and ranking ----------------------------------------------------------

        /**
         * The technique's match with this client. Reasons are written only when {@code reasons} is
         * given, which the engine does for the items it keeps: scoring every candidate stays cheap.
         */
        private int score(Technique t, List<String> reasons) {
            Reasons why = new Reasons(reasons);
            int s = 0;
            for (Problem p : f.problems()) {
                if (t.problems().contains(p.code())) {
                    s += 2 + p.severity().weight();
                    why.add(() -> "indicated for " + p.code() + " (" + lower(p.severity()) + ")");
                }
            }
            for (BasicIdDomain d : salient) {
                if (t.targets().contains(d)) {
                    s += f.salience(d) - 1;
                    why.add(() -> "targets the salient " + d + " domain");
                }
            }
            StageOfChange stage = f.stageOfChange();
            if (stage != null && !t.stageFit().isEmpty()) {
                if (t.stageFit().contains(stage)) {
                    s += 2;
                    why.add(() -> "fits the " + lower(stage) + " stage of change");
                } else {
                    s -= 4;
                    why.add(() -> "less suited to the " + lower(stage) + " stage of change");
                }
            }
            if (f.notYetReady()) {
                if (t.tags().contains("motivational")) {
                    s += 4;
                    why.add(() -> "engaging, non-directive work suits a client not yet ready to change");
                }
                if (t.directiveness() == Level.HIGH) {
                    s -= 2;
                    why.add(() -> "directive work is premature before the client is ready");
                }
            } else if (stage == StageOfChange.PREPARATION && hasAny(t, "goal-setting", "experiment", "motivational")) {
                s += 1;
                why.add(() -> "commitment and small experiments suit the preparation stage");
            } else if ((stage == StageOfChange.ACTION || stage == StageOfChange.MAINTENANCE)
                    && hasAny(t, "skills", "exposure", "behavioural", "relapse-prevention")) {
                s += 1;
                why.add(() -> "structured skills suit the " + lower(stage) + " stage");
            }
            if (!t.copingFit().isEmpty()) {
                if (t.copingFit().contains(f.copingStyle())) {
                    s += 2;
                    why.add(() -> "suits " + article(f.copingStyle()) + " coping style");
                } else {
                    s -= 1;
                }
            }
            if (f.copingStyle() == CopingStyle.EXTERNALIZING && t.tags().contains("insight") && !hasAny(t, "skills", "behavioural")) {
                s -= 2;
                why.add(() -> "insight-only work is less suited at the start for an externalizing coping style");
            }
            if (f.copingStyle() == CopingStyle.INTERNALIZING && hasAny(t, "insight", "relational", "emotion-focused")) {
                s += 2;
                why.add(() -> "insight-, emotion- and relationship-focused work suits an internalizing coping style");
            }
            if (f.has(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS) && t.tags().contains("relational")) {
                s += 2;
                why.add(() -> "addresses chronic relational patterns");
            }
            if (f.reactance() == Level.HIGH) {
                if (t.directiveness() == Level.LOW) {
                    s += 2;
                    why.add(() -> "non-directive, choice-giving work suits high reactance");
                } else if (t.directiveness() == Level.HIGH) {
                    s -= 3;
                    why.add(() -> "directive work tends to meet resistance when reactance is high");
                }
            } else if (f.reactance() == Level.LOW && t.directiveness() == Level.HIGH) {
                s += 1;
                why.add(() -> "therapist-guided work suits low reactance");
            }
            if (f.distress() == Level.HIGH) {
                if (t.tags().contains(SELF_REGULATION)) {
                    s += 3;
                    why.add(() -> "supportive, arousal-reducing work first for high distress");
                }
                if (t.arousal() == Level.HIGH) {
                    s -= 2;
                    why.add(() -> "arousal-raising work waits while distress is high");
                }
            }
            if (f.impairment() == Level.HIGH && hasAny(t, "skills", "supportive", "behavioural")) {
                s += 1;
                why.add(() -> "practical support first for high impairment");
            }
            if (f.preferences().style() == WorkingStyle.SKILLS && hasAny(t, "skills", "behavioural", "homework")) {
                s += 2;
                why.add(() -> "honours the preference for practical skills");
            } else if (f.preferences().style() == WorkingStyle.INSIGHT && hasAny(t, "insight", "relational", "emotion-focused")) {
                s += 2;
                why.add(() -> "honours the preference for understanding where difficulties come from");
            }
            if (t.modalityId().equals(primary)) {
                s += 1;
            }
            return s;
        }

        private int score(String id) {
            return scores.get(id);
        }

        /** Best first: score, then the primary modality, then id. */
        private Comparator<Technique> rank() {
            return Comparator.comparingInt((Technique t) -> -score(t.id()))
                    .thenComparing(t -> !t.modalityId().equals(primary))
                    .thenComparing(Technique::id);
        }

        /** Indicated for one of the client's problems. */
        private boolean indicated(Technique t) {
            for (ProblemCode code : t.problems()) {
                if (problemCodes.contains(code)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Serves a function the plan already has: one calming skill (two for a fragile client), one
         * psychoeducation, one alliance, one relapse-prevention technique is enough unless a rule asks for more.
         */
        private boolean redundant(Technique t) {
            for (String function : FUNCTIONS) {
                long present = selected.keySet().stream().filter(id -> byId.get(id).tags().contains(function)).count();
                if (t.tags().contains(function) && present >= allowed(function)) {
                    return true;
                }
            }
            return false;
        }

        /** Clients who are highly distressed or dissociate need a second calming skill. */
        private int allowed(String function) {
            boolean fragile = f.distress() == Level.HIGH || f.has(ClinicalFlag.DISSOCIATION);
            return function.equals(SELF_REGULATION) && fragile ? 2 : 1;
        }

        // ---- 4. selection ---------------------------------------------------------------------

        private void select(Technique t, String why) {
            selected.computeIfAbsent(t.id(), id -> new ArrayList<>()).add(why);
        }

        private Optional<Technique> best(java.util.function.Predicate<Technique> filter) {
            return techniques.stream().filter(filter).min(rank());
        }

        /** Safety planning opens the plan: at moderate suicide risk or above, with a danger at home, or with self-harm. */
        private boolean safetyFirst() {
            return f.risk().isAtLeast(RiskLevel.MODERATE) || f.flags().contains(ClinicalFlag.UNSAFE_ENVIRONMENT)
                    || f.flags().contains(ClinicalFlag.SELF_HARM);
        }

        private void selectSafetyPlanning() {
            boolean danger = f.flags().contains(ClinicalFlag.UNSAFE_ENVIRONMENT);
            if (!safetyFirst()) {
                return;
            }
            String why = f.risk().isAtLeast(RiskLevel.MODERATE) ? "risk is " + lower(f.risk())
                    : danger ? "violence at home was disclosed" : "self-harm was disclosed";
            // safety comes before preferences: a modality the client avoids may still supply it
            Optional<Technique> plan = best(t -> t.tags().contains(SAFETY_PLANNING) && usable(t));
            if (plan.isEmpty()) {
                plan = best(t -> t.tags().contains(SAFETY_PLANNING) && !deferrals.containsKey(t.id()));
            }
            if (plan.isPresent()) {
                String note = avoided(plan.get()) ? "; included although the client asked to avoid " + plan.get().modalityId()
                        + ", because safety comes first" : "";
                select(plan.get(), "safety first: " + why
                        + ", so collaborative safety planning (Stanley-Brown" + (danger ? ", covering safety at home" : "")
                        + (f.flags().contains(ClinicalFlag.SELF_HARM) ? ", covering self-harm" : "") + ") opens the plan" + note);
            } else {
                warnings.add("Safety first (" + why + ") but no enabled plugin offers a safety-planning technique: "
                        + "make a collaborative safety plan before anything else.");
            }
            if (f.risk().isAtLeast(RiskLevel.HIGH)) {
                warnings.add("Risk is " + lower(f.risk()) + ": the intake was escalated. A clinician must review risk "
                        + "and complete a suicide safety assessment before any other part of this plan begins.");
            }
        }

        /** Red flags (clinical reference, section 10): specialist assessment before any plan, and what the plan must respect. */
        private void warnAboutRedFlags() {
            if (f.has(ClinicalFlag.PSYCHOSIS)) {
                warnings.add("Possible psychosis: specialist assessment before any plan (early intervention in psychosis or psychiatry). "
                        + "No open-ended interpretive or regressive work and no long silent meditation.");
                if (f.has(ClinicalFlag.PERINATAL) || f.has(ClinicalFlag.PREGNANCY)) {
                    warnings.add("Psychotic signs in pregnancy or after a birth are an emergency: assessment within hours (postpartum psychosis).");
                }
            }
            if (f.has(ClinicalFlag.BIPOLAR)) {
                warnings.add("Possible mania or a bipolar disorder: psychiatric liaison before any plan; keep regular sleep and wake "
                        + "times; no standard sleep restriction.");
            }
            if (f.has(ClinicalFlag.EATING_DISORDER)) {
                warnings.add("Possible eating disorder: specialist assessment before any plan (eating-disorder service, medical "
                        + "monitoring); a screen alone never decides that someone has an eating disorder. Fainting or chest pain "
                        + "need urgent medical review.");
            }
            if (f.has(ClinicalFlag.PERINATAL)) {
                warnings.add("Pregnancy or a recent birth: the perinatal pathway (IPT or CBT; liaison about medication and feeding); "
                        + "protect sleep (no sleep restriction).");
            }
        }

        /** What a risk to others, or unwanted intrusive thoughts of harm, mean for the plan (clinical reference, section 9). */
        /** What the intake never asked is not guessed: the plan says so, and the opening phase is to find it out. */
        private void warnAboutUnknowns() {
            List<String> unknown = new ArrayList<>();
            if (f.stageOfChange() == null) {
                unknown.add("stage of change");
            }
            if (f.copingStyle() == null) {
                unknown.add("coping style");
            }
            if (f.reactance() == null) {
                unknown.add("reactance");
            }
            if (f.impairment() == null) {
                unknown.add("impairment (WSAS)");
            }
            if (f.distress() == null) {
                unknown.add("distress (PHQ-9, GAD-7)");
            }
            if (!unknown.isEmpty()) {
                warnings.add("Not asked at intake: " + String.join(", ", unknown) + ". Assess them in the first session; "
                        + "until then this plan assumes neither extreme.");
            }
        }

        private void warnAboutHarmToOthers() {
            if (f.has(ClinicalFlag.HARM_TO_OTHERS)) {
                warnings.add("Harm to others was disclosed: a clinician must review the risk to others before any part of this plan "
                        + "begins; anger and impulse work only after that. Consider your duty to protect and safeguarding "
                        + "duties, which depend on your jurisdiction.");
            }
            if (f.has(ClinicalFlag.INTRUSIVE_THOUGHTS)) {
                warnings.add("Unwanted intrusive thoughts of harm were described: not a threat. Assess for obsessive-compulsive "
                        + "difficulties (perinatal OCD after a birth); review urgently if the thoughts are not felt as alien or "
                        + "come with any sign of psychosis (postpartum psychosis is an emergency).");
            }
        }

        private void selectAlliance() {
            // the primary modality's own alliance work keeps the opening coherent with the lens
            techniques.stream().filter(t -> t.tags().contains(ALLIANCE) && !t.tags().contains(SAFETY_PLANNING) && usable(t)
                            && t.phases().contains(Phase.STABILIZATION))
                    .min(Comparator.comparing((Technique t) -> !t.modalityId().equals(primary)).thenComparing(rank()))
                    .ifPresent(t -> select(t, "engagement first: the alliance comes before technique"));
        }

        private void selectProtocols() {
            List<Problem> problems = new ArrayList<>(f.problems().stream().filter(p -> !p.possible()).toList());
            for (Problem p : f.problems()) {
                if (p.possible()) {
                    warnings.add("Possible " + lower(p.code()) + " (" + String.join("; ", p.evidence()) + "): assess it before any work specific to it.");
                }
            }
            problems.sort(Comparator.comparingInt((Problem p) -> -p.severity().weight()).thenComparing(Problem::code));
            for (Problem problem : problems) {
                Protocols.forProblem(problem.code()).ifPresent(protocol -> {
                    for (Protocols.Component c : protocol.components()) {
                        if (c.onlyWith().isPresent() && !f.has(c.onlyWith().get())) {
                            continue;
                        }
                        java.util.function.Predicate<Technique> fits =
                                t -> t.problems().contains(problem.code()) && c.tags().stream().anyMatch(t.tags()::contains);
                        Optional<Technique> choice = best(t -> fits.test(t) && usable(t));
                        if (choice.isPresent()) {
                            select(choice.get(), "protocol for " + problem.code() + " (" + protocol.guidance() + "): " + c.name());
                        } else if (techniques.stream().anyMatch(t -> fits.test(t) && !deferrals.containsKey(t.id()))) {
                            warnings.add("The " + protocol.guidance() + " protocol for " + problem.code() + " includes " + c.name()
                                    + ", which only a modality the client asked to avoid offers: discuss this with the client.");
                        } else if (techniques.stream().noneMatch(fits)) {
                            warnings.add("No enabled plugin offers " + c.name() + " (" + protocol.guidance() + " protocol for "
                                    + problem.code() + ").");
                        }
                    }
                });
            }
            if (f.has(ClinicalFlag.SUBSTANCE_DEPENDENCE)) {
                warnings.add("Referral note: signs of substance dependence. Consider referral to specialist substance-use "
                        + "services for assessment and medically supported withdrawal alongside this plan. Never advise stopping "
                        + "drinking abruptly: withdrawal can be dangerous. No EMDR reprocessing; motivational work and relapse prevention.");
            }
        }

        private void selectArousalRegulation() {
            if (f.has(ClinicalFlag.DISSOCIATION)) {
                best(t -> t.tags().contains("grounding") && usable(t) && t.phases().contains(Phase.STABILIZATION))
                        .ifPresent(t -> select(t, "marked dissociation: a grounding skill comes first"));
            }
            if (f.distress() == Level.HIGH) {
                best(t -> t.tags().contains(SELF_REGULATION) && usable(t) && t.phases().contains(Phase.STABILIZATION)
                        && !selected.containsKey(t.id()))
                        .ifPresent(t -> select(t, "high distress: an arousal-reducing skill comes first"));
            }
        }

        private void selectCoverage() {
            for (BasicIdDomain domain : salient) {
                boolean covered = selected.keySet().stream().anyMatch(id -> byId.get(id).targets().contains(domain));
                if (!covered) {
                    best(t -> t.targets().contains(domain) && usable(t))
                            .ifPresent(t -> select(t, "covers the salient " + domain + " domain (salience " + f.salience(domain) + ")"));
                }
            }
        }

        private void selectByRank() {
            int cap = f.impairment() == null ? 9 : switch (f.impairment()) {
                case LOW -> 7;
                case MODERATE -> 9;
                case HIGH -> 11;
            };
            List<Technique> ranked = techniques.stream()
                    .filter(t -> usable(t) && indicated(t) && score(t.id()) >= FILL_THRESHOLD && !selected.containsKey(t.id()))
                    .sorted(rank()).toList();
            for (Technique t : ranked) {
                if (selected.size() >= cap) {
                    break;
                }
                if (!redundant(t)) {
                    select(t, "ranked highly for this client");
                }
            }
        }

        private void selectIntegration() {
            boolean hasIntegration = selected.keySet().stream().anyMatch(id -> firstPhase(byId.get(id)) == Phase.INTEGRATION);
            if (!hasIntegration) {
                best(t -> usable(t) && t.phases().contains(Phase.INTEGRATION) && t.tags().contains("relapse-prevention"))
                        .ifPresent(t -> select(t, "integration: consolidate gains and prevent relapse"));
            }
        }

        /** Adds what selected techniques need first; defers those whose needs cannot be met. */
        private void closePrerequisites() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String id : List.copyOf(selected.keySet())) {
                    if (!selected.containsKey(id)) {
                        continue;
                    }
                    Technique t = byId.get(id);
                    for (Prerequisite p : t.prerequisites()) {
                        if (selected.keySet().stream().map(byId::get).anyMatch(p::isMetBy)) {
                            continue;
                        }
                        Optional<Technique> provider = techniques.stream().filter(o -> p.isMetBy(o) && usable(o))
                                .min(Comparator.comparing((Technique o) -> !o.modalityId().equals(t.modalityId())).thenComparing(rank()));
                        if (provider.isPresent()) {
                            select(provider.get(), "prerequisite of " + t.name());
                        } else {
                            selected.remove(id);
                            deferrals.put(id, "deferred: needs " + describe(p) + " first, which this plan cannot include now");
                        }
                        changed = true;
                        break;
                    }
                }
            }
        }

        private String describe(Prerequisite p) {
            return p.isTag() ? "a " + p.ref().replace('-', ' ') + " technique" : Optional.ofNullable(byId.get(p.ref()))
                    .map(Technique::name).orElse(p.ref());
        }

        private void recordExclusions() {
            for (Technique t : techniques) {
                if (selected.containsKey(t.id())) {
                    continue;
                }
                // protocol techniques carry the problem code, so "indicated" covers them too
                if (!indicated(t)) {
                    continue;
                }
                if (deferrals.containsKey(t.id())) {
                    excluded.put(t.id(), deferrals.get(t.id()));
                } else if (avoided(t)) {
                    excluded.put(t.id(), "the client asked not to work with " + catalogs.get(t.modalityId()).modality().displayName());
                }
            }
        }

        // ---- 5. sequencing --------------------------------------------------------------------

        private Map<String, Phase> assignPhases() {
            Map<String, Phase> phase = new HashMap<>();
            for (String id : selected.keySet()) {
                Technique t = byId.get(id);
                boolean opening = t.tags().contains(SAFETY_PLANNING) || isAlliance(id);
                phase.put(id, opening && t.phases().contains(Phase.STABILIZATION) ? Phase.STABILIZATION : firstPhase(t));
            }
            // a technique never precedes what it requires: move it to its provider's phase or later
            boolean changed = true;
            for (int round = 0; changed && round < selected.size() + 1; round++) {
                changed = false;
                for (String id : selected.keySet()) {
                    Technique t = byId.get(id);
                    for (Prerequisite p : t.prerequisites()) {
                        Phase needed = providers(p).stream().map(phase::get).min(Comparator.naturalOrder()).orElse(Phase.STABILIZATION);
                        if (phase.get(id).compareTo(needed) < 0) {
                            Phase moved = t.phases().stream().filter(ph -> ph.compareTo(needed) >= 0).min(Comparator.naturalOrder()).orElse(needed);
                            phase.put(id, moved);
                            selected.get(id).add("placed in " + lower(moved) + " after " + describe(p));
                            changed = true;
                        }
                    }
                }
            }
            return phase;
        }

        private static Phase firstPhase(Technique t) {
            return t.phases().iterator().next();
        }

        private List<String> providers(Prerequisite p) {
            return selected.keySet().stream().filter(id -> p.isMetBy(byId.get(id))).toList();
        }

        private boolean isAlliance(String id) {
            return selected.get(id).stream().anyMatch(r -> r.startsWith("engagement first"));
        }

        private List<Plan.PhasePlan> sequence(Map<String, Phase> phases) {
            Comparator<String> order = Comparator.comparingInt(this::openingClass)
                    .thenComparingInt(id -> f.notYetReady() ? byId.get(id).directiveness().ordinal() : 0)
                    .thenComparingInt(id -> byId.get(id).arousal().ordinal())
                    .thenComparingInt(id -> -score(id))
                    .thenComparing(id -> id);
            List<Plan.PhasePlan> plans = new ArrayList<>();
            for (Phase phase : Phase.values()) {
                List<String> pending = selected.keySet().stream().filter(id -> phases.get(id) == phase).sorted(order)
                        .collect(Collectors.toCollection(ArrayList::new));
                List<String> placed = new ArrayList<>();
                List<String> earlier = plans.stream().flatMap(pp -> pp.items().stream()).map(Plan.PlanItem::techniqueId).toList();
                while (!pending.isEmpty()) {
                    String next = pending.stream().filter(id -> prerequisitesPlaced(id, earlier, placed, pending)).findFirst()
                            .orElse(pending.get(0));
                    pending.remove(next);
                    placed.add(next);
                }
                plans.add(new Plan.PhasePlan(phase, placed.stream().map(this::item).toList()));
            }
            return plans;
        }

        /** 0 safety planning, 1 alliance, 2 the rest. */
        private int openingClass(String id) {
            if (byId.get(id).tags().contains(SAFETY_PLANNING) && safetyFirst()) {
                return 0;
            }
            return isAlliance(id) ? 1 : 2;
        }

        private boolean prerequisitesPlaced(String id, List<String> earlier, List<String> placed, List<String> pending) {
            for (Prerequisite p : byId.get(id).prerequisites()) {
                boolean metBefore = earlier.stream().map(byId::get).anyMatch(p::isMetBy) || placed.stream().map(byId::get).anyMatch(p::isMetBy);
                boolean metLater = pending.stream().filter(o -> !o.equals(id)).map(byId::get).anyMatch(p::isMetBy);
                if (!metBefore && metLater) {
                    return false;
                }
            }
            return true;
        }

        private Plan.PlanItem item(String id) {
            Technique t = byId.get(id);
            List<String> reasons = new ArrayList<>(selected.get(id));
            List<String> matching = new ArrayList<>();
            score(t, matching);
            matching.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
            int sessions = t.typicalSessions();
            if (f.impairment() == Level.HIGH && sessions > 1) {
                sessions = (sessions * 3 + 1) / 2;
                reasons.add("high impairment: a longer course");
            }
            return new Plan.PlanItem(t.id(), t.modalityId(), t.name(), framing(t), t.clientDescription(), List.copyOf(reasons),
                    cautions(t), sessions);
        }

        private String framing(Technique t) {
            ModalityCatalog lens = catalogs.get(primary);
            if (t.modalityId().equals(primary)) {
                return "A core " + lens.modality().displayName() + " technique, used in its own right: " + t.clinicianDescription();
            }
            return lens.lens().frame(t);
        }

        private Map<BasicIdDomain, List<String>> coverage() {
            Map<BasicIdDomain, List<String>> coverage = new EnumMap<>(BasicIdDomain.class);
            for (BasicIdDomain d : salient) {
                coverage.put(d, selected.keySet().stream().filter(id -> byId.get(id).targets().contains(d)).sorted().toList());
                if (coverage.get(d).isEmpty()) {
                    warnings.add("No usable technique targets the salient " + d + " domain.");
                }
            }
            return coverage;
        }
    }

    /** Collects reasons when asked to; otherwise the text is never built. */
    private record Reasons(List<String> target) {
        void add(java.util.function.Supplier<String> reason) {
            if (target != null) {
                target.add(reason.get());
            }
        }
    }

    private static boolean hasAny(Technique t, String... tags) {
        for (String tag : tags) {
            if (t.tags().contains(tag)) {
                return true;
            }
        }
        return false;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String article(CopingStyle style) {
        return (style == CopingStyle.EXTERNALIZING || style == CopingStyle.INTERNALIZING ? "an " : "a ") + lower(style);
    }
}
