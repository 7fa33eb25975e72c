package org.mosaicintake.engine;

import org.mosaicintake.api.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.WorkingStyle;
import org.mosaicintake.instruments.Bands;

/**
 * The assimilative integration engine: turns a formulation and the enabled plugins' catalogs into a
 * phased plan proposal (clinical reference, sections 1 and 5 to 8, and 12). See {@code docs/engine.md}.
 *
 * <p>One primary lens carries the core of the plan; another modality's technique is borrowed only to
 * fill a gap the lens cannot fill, and is framed through the lens. Plans are bounded: at most
 * {@link Plan#MAX_ITEMS} items per phase after prerequisites are added, and a course length within the
 * clinic's session budget unless the client's protocols need more (then a warning says so). At high or
 * imminent risk the plan holds the crisis and safety steps only.
 *
 * <p>Stateless and thread-safe; deterministic: the same formulation and catalogs give an equal plan.
 */
public final class IntegrationEngine {

    /** Score from which a relevant technique of the primary lens is added beyond what the rules require. */
    static final int FILL_THRESHOLD = 6;

    static final String SAFETY_PLANNING = Tags.SAFETY_PLANNING;
    static final String CRISIS = Tags.CRISIS;
    static final String ALLIANCE = Tags.ALLIANCE;
    static final String SELF_REGULATION = Tags.SELF_REGULATION;
    static final String MOTIVATIONAL = Tags.MOTIVATIONAL;

    /** Tags of the calming skills a "self-regulation first" prerequisite means (section 12: breathing, grounding). */
    static final Set<String> CALMING = Set.of(Tags.BREATHING, Tags.GROUNDING, Tags.RELAXATION);

    /** Tags of a processing route: one per problem (section 12). */
    static final Set<String> ROUTES = Set.of(Tags.TRAUMA_PROCESSING);

    /** Tags naming a function one technique fulfils for the whole plan. */
    static final List<String> FUNCTIONS = List.of(SELF_REGULATION, Tags.PSYCHOEDUCATION, ALLIANCE, SAFETY_PLANNING,
            Tags.RELAPSE_PREVENTION, MOTIVATIONAL, Tags.GOAL_SETTING);

    private final Bands bands;

    /** An engine whose monitoring lines name the instruments' standard bands. */
    public IntegrationEngine() {
        this(Bands.STANDARD);
    }

    /** @param bands the service's instrument bands, with its configured cut-offs */
    public IntegrationEngine(Bands bands) {
        this.bands = java.util.Objects.requireNonNull(bands, "bands");
    }

    /** A plan within the default session budget ({@value Plan#DEFAULT_SESSION_BUDGET}). */
    public Plan plan(Formulation formulation, List<ModalityCatalog> catalogs, Optional<String> clinicDefault) {
        return plan(formulation, catalogs, clinicDefault, Plan.DEFAULT_SESSION_BUDGET);
    }

    /**
     * @param formulation   what the intake found
     * @param catalogs      the catalogs of the enabled plugins
     * @param clinicDefault the clinic's default primary orientation, if it has one
     * @param sessionBudget the clinic's session budget, at least 1
     * @throws FormulationException if the formulation names a modality no enabled plugin provides
     */
    public Plan plan(Formulation formulation, List<ModalityCatalog> catalogs, Optional<String> clinicDefault, int sessionBudget) {
        if (sessionBudget < 1) {
            throw new FormulationException("sessionBudget", "must be at least 1");
        }
        return new Planning(formulation, catalogs, clinicDefault, sessionBudget).run();
    }

    /** One planning run; not shared between threads. */
    private final class Planning {
        private final Formulation f;
        private final Map<String, ModalityCatalog> catalogs = new TreeMap<>();
        private final Optional<String> clinicDefault;
        private final int sessionBudget;
        private final List<Technique> techniques = new ArrayList<>();
        private final Map<String, Technique> byId = new HashMap<>();
        private final Map<String, Integer> scores = new HashMap<>();
        private final Map<String, String> deferrals = new HashMap<>();
        /** Chosen techniques in order of priority, each with the rules that put it there. */
        private final LinkedHashMap<String, List<String>> selected = new LinkedHashMap<>();
        /** Chosen by a rule the plan must keep: safety, crisis, alliance, motivation, a protocol or a pathway. */
        private final Set<String> required = new HashSet<>();
        /** Opening items: safety planning and crisis steps, the alliance, motivational work. */
        private final Set<String> opening = new HashSet<>();
        /** Indicated techniques left out to keep the plan bounded or coherent, and why. */
        private final Map<String, String> leftOut = new HashMap<>();
        private final Map<String, String> excluded = new TreeMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<ProblemCode> problemCodes = java.util.EnumSet.noneOf(ProblemCode.class);
        private final Set<String> pathwayTags = new HashSet<>();
        private final Set<String> protocolProblems = new java.util.TreeSet<>();
        private final List<BasicIdDomain> salient;
        private String primary;
        private String primaryReason;

        Planning(Formulation f, List<ModalityCatalog> catalogs, Optional<String> clinicDefault, int sessionBudget) {
            this.f = f;
            catalogs.forEach(c -> this.catalogs.put(c.modality().id(), c));
            this.clinicDefault = clinicDefault;
            this.sessionBudget = sessionBudget;
            f.problems().forEach(p -> problemCodes.add(p.code()));
            this.salient = f.salientDomains();
            this.catalogs.values().forEach(c -> c.techniques().forEach(t -> {
                techniques.add(t);
                byId.put(t.id(), t);
            }));
            for (Protocols.Pathway pathway : Protocols.PATHWAYS) {
                if (pathway.applies().test(f)) {
                    pathway.components().forEach(c -> pathwayTags.addAll(c.tags()));
                }
            }
        }

        Plan run() {
            validate();
            for (Technique t : techniques) {
                safetyDeferral(t).or(() -> onlyPossible(t)).ifPresent(reason -> deferrals.put(t.id(), reason));
            }
            propagateDeferrals();
            choosePrimary();
            for (Technique t : techniques) {
                scores.put(t.id(), score(t, null));
            }
            warnAboutHarmToOthers();
            warnAboutRedFlags();
            warnAboutUnknowns();
            if (f.risk().isAtLeast(RiskLevel.HIGH)) {
                return crisisPlan();
            }
            selectSafetyPlanning();
            selectAlliance();
            selectMotivational();
            selectPathways();
            selectProtocols(Need.REQUIRED);
            selectIntegration();
            selectProtocols(Need.OPTIONAL);
            selectArousalRegulation();
            selectCoverage();
            selectByRank();
            keepPrimaryAtCore();
            warnAboutCourseLength();
            return build(null);
        }

        private Plan build(String crisisRationale) {
            recordExclusions();
            Map<String, Phase> phases = phases(selected.keySet());
            List<Plan.PhasePlan> phasePlans = sequence(phases);
            Map<BasicIdDomain, List<String>> coverage = coverage();
            ModalityCatalog lens = catalogs.get(primary);
            String rationale = crisisRationale != null ? crisisRationale : Narrative.rationale(f, phasePlans, lens, byId::get);
            return new Plan(primary, primaryReason, phasePlans, excluded.entrySet().stream()
                    .map(e -> new Plan.Exclusion(e.getKey(), e.getValue())).toList(),
                    Narrative.commonFactors(f, phasePlans), rationale, Narrative.monitoring(f, bands), coverage, List.copyOf(warnings),
                    Plan.sessionsOf(phasePlans), sessionBudget);
        }

        // ---- 1. validation and the lens --------------------------------------------------------

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

        /**
         * The lens (clinical reference, section 12): the client's request, then the clinic's default,
         * otherwise the modality whose frame fits this client best. Stage of change and distress shape
         * the opening and the style, never the lens.
         */
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
            FrameFit best = null;
            for (String id : catalogs.keySet()) {
                if (avoided.contains(id)) {
                    continue;
                }
                FrameFit fit = frameFit(catalogs.get(id));
                if (best == null || fit.score() > best.score() + 1e-9) {
                    best = fit;
                }
            }
            if (best == null) {
                primary = catalogs.keySet().iterator().next();
                primaryReason = "every enabled modality was one the client asked to avoid" + setAside;
                return;
            }
            primary = best.modality();
            primaryReason = "chosen from the formulation: " + (best.why().isEmpty() ? "its techniques best fit the client"
                    : String.join("; ", best.why())) + setAside;
        }

        /** How well a modality suits this client as the primary lens, and the main reasons. */
        private record FrameFit(String modality, double score, List<String> why) {
        }

        /**
         * Frame fit, from the catalog alone (no modality is named here): the evidence-based protocol
         * components it carries for the client's problems weigh most; then how many of its techniques
         * are indicated for them; then the client's preference, coping style and reactance, read from
         * the techniques' tags and directiveness.
         */
        private FrameFit frameFit(ModalityCatalog catalog) {
            List<Technique> own = catalog.techniques();
            List<Problem> measured = f.problems().stream().filter(p -> !p.possible()).toList();
            List<Problem> evidence = measured.isEmpty() ? f.problems() : measured;
            double score = 0;
            List<String> protocolFor = new ArrayList<>();
            for (Problem p : evidence) {
                Optional<Protocols.Protocol> protocol = Protocols.forProblem(p.code());
                int carried = 0;
                for (Protocols.Component c : protocol.map(Protocols.Protocol::components).orElse(List.of())) {
                    if (c.onlyWith().isPresent() && !f.has(c.onlyWith().get())) {
                        continue;
                    }
                    if (own.stream().anyMatch(t -> t.problems().contains(p.code()) && c.tags().stream().anyMatch(t.tags()::contains)
                            && !deferrals.containsKey(t.id()))) {
                        carried++;
                    }
                }
                score += 3.0 * carried * p.severity().weight();
                if (carried > 0) {
                    protocolFor.add(lower(p.code()));
                }
                long indicated = own.stream().filter(t -> t.problems().contains(p.code())).count();
                score += 0.5 * Math.min(indicated, 4) * p.severity().weight();
            }
            List<String> why = new ArrayList<>();
            if (!protocolFor.isEmpty()) {
                why.add("it carries the evidence-based protocols for " + String.join(" and ", protocolFor));
            }
            if (f.preferences().style() == WorkingStyle.SKILLS) {
                double share = share(own, Tags.SKILLS, Tags.BEHAVIOURAL, Tags.HOMEWORK);
                score += 10 * share;
                if (share >= 0.4) {
                    why.add("it offers the practical skills the client prefers");
                }
            } else if (f.preferences().style() == WorkingStyle.INSIGHT) {
                double share = share(own, Tags.INSIGHT, Tags.RELATIONAL, Tags.EMOTION_FOCUSED);
                score += 10 * share;
                if (share >= 0.4) {
                    why.add("it offers the understanding of where difficulties come from that the client prefers");
                }
            }
            if (f.copingStyle() == CopingStyle.EXTERNALIZING) {
                score += 4 * share(own, Tags.SKILLS, Tags.BEHAVIOURAL);
            } else if (f.copingStyle() == CopingStyle.INTERNALIZING) {
                double share = share(own, Tags.INSIGHT, Tags.RELATIONAL, Tags.EMOTION_FOCUSED);
                boolean chronic = f.has(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS);
                score += (chronic ? 6 : 3) * share;
                if (chronic && share >= 0.4) {
                    why.add("it works with the chronic relational patterns of an internalizing coping style");
                }
            }
            double directive = own.stream().mapToInt(t -> t.directiveness().ordinal()).average().orElse(1) / 2.0;
            if (f.reactance() == Level.HIGH) {
                score += 6 * (1 - directive);
                if (directive < 0.5) {
                    why.add("its non-directive style suits high reactance");
                }
            } else if (f.reactance() == Level.LOW) {
                score += 2 * directive;
            }
            // what the plugin says its modality suits (api 1.1): a finding that calls for it weighs like a protocol it carries
            if (catalog.frameFit().isPresent()) {
                org.mosaicintake.api.FrameFit declared = catalog.frameFit().get();
                boolean fits = false;
                for (Problem p : evidence) {
                    if (declared.problems().contains(p.code())) {
                        score += 1.5 * p.severity().weight();
                        fits = true;
                    }
                }
                long called = declared.findings().stream().filter(f.findings()::contains).count();
                score += 12.0 * called;
                fits |= called > 0;
                if (f.copingStyle() != null && declared.copingStyles().contains(f.copingStyle())) {
                    score += 3;
                }
                if (f.reactance() != null && declared.reactance().contains(f.reactance())) {
                    score += 3;
                }
                if (called > 0) {
                    why.add(0, declared.rationale());
                } else if (fits && why.isEmpty()) {
                    why.add(declared.rationale());
                }
            }
            return new FrameFit(catalog.modality().id(), score, why);
        }

        private double share(List<Technique> own, String... tags) {
            if (own.isEmpty()) {
                return 0;
            }
            return (double) own.stream().filter(t -> hasAny(t, tags)).count() / own.size();
        }

        private String lensName(String modality) {
            return catalogs.get(modality).modality().displayName();
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
            String codes = t.problems().stream().filter(possible::contains).map(c -> lower(c)).collect(Collectors.joining(" or "));
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
            Set<String> done = new HashSet<>();
            for (Technique t : techniques) {
                propagate(t, done, new HashSet<>());
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

        /** A technique of a risk or circumstance pathway (suicide-specific work, perinatal care) is for clients on it only. */
        private boolean offPathway(Technique t) {
            return Protocols.PATHWAY_TAGS.stream().anyMatch(tag -> t.tags().contains(tag) && !pathwayTags.contains(tag));
        }

        /** Usable: not deferred for safety, not from a modality the client asked to avoid, and not for another pathway. */
        private boolean usable(Technique t) {
            return !deferrals.containsKey(t.id()) && !avoided(t) && !offPathway(t);
        }

        /** For this client: general (no problem named) or indicated for one of their problems; never anger work without anger. */
        private boolean fitsClient(Technique t) {
            return t.problems().isEmpty() || indicated(t);
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
                }
            }
            if (f.notYetReady()) {
                if (t.tags().contains(MOTIVATIONAL)) {
                    s += 4;
                    why.add(() -> "engaging, non-directive work suits a client not yet ready to change");
                }
                if (t.directiveness() == Level.HIGH) {
                    s -= 2;
                }
            } else if (stage == StageOfChange.PREPARATION && hasAny(t, Tags.GOAL_SETTING, Tags.EXPERIMENT, MOTIVATIONAL)) {
                s += 1;
                why.add(() -> "commitment and small experiments suit the preparation stage");
            } else if ((stage == StageOfChange.ACTION || stage == StageOfChange.MAINTENANCE)
                    && hasAny(t, Tags.SKILLS, Tags.EXPOSURE, Tags.BEHAVIOURAL, Tags.RELAPSE_PREVENTION)) {
                s += 1;
                why.add(() -> "structured skills suit the " + lower(stage) + " stage");
            }
            if (!t.copingFit().isEmpty() && f.copingStyle() != null) {
                if (t.copingFit().contains(f.copingStyle())) {
                    s += 2;
                    why.add(() -> "suits " + article(f.copingStyle()) + " coping style");
                } else {
                    s -= 1;
                }
            }
            if (f.copingStyle() == CopingStyle.EXTERNALIZING && t.tags().contains(Tags.INSIGHT) && !hasAny(t, Tags.SKILLS, Tags.BEHAVIOURAL)) {
                s -= 2;
            }
            if (f.copingStyle() == CopingStyle.INTERNALIZING && hasAny(t, Tags.INSIGHT, Tags.RELATIONAL, Tags.EMOTION_FOCUSED)) {
                s += 2;
                why.add(() -> "insight-, emotion- and relationship-focused work suits an internalizing coping style");
            }
            if (f.has(ClinicalFlag.CHRONIC_RELATIONAL_PATTERNS) && t.tags().contains(Tags.RELATIONAL)) {
                s += 2;
                why.add(() -> "addresses chronic relational patterns");
            }
            if (f.reactance() == Level.HIGH) {
                if (t.directiveness() == Level.LOW) {
                    s += 2;
                    why.add(() -> "non-directive, choice-giving work suits high reactance");
                } else if (t.directiveness() == Level.HIGH) {
                    s -= 3;
                    why.add(() -> "reactance is high: offer it as the client's choice, with the reasons, rather than as an instruction");
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
                    why.add(() -> "arousal-raising, so it comes only after stabilisation while distress is high");
                }
            }
            if (f.impairment() == Level.HIGH && hasAny(t, Tags.SKILLS, Tags.SUPPORTIVE, Tags.BEHAVIOURAL)) {
                s += 1;
                why.add(() -> "practical support first for high impairment");
            }
            if (f.preferences().style() == WorkingStyle.SKILLS && hasAny(t, Tags.SKILLS, Tags.BEHAVIOURAL, Tags.HOMEWORK)) {
                s += 2;
                why.add(() -> "honours the preference for practical skills");
            } else if (f.preferences().style() == WorkingStyle.INSIGHT && hasAny(t, Tags.INSIGHT, Tags.RELATIONAL, Tags.EMOTION_FOCUSED)) {
                s += 2;
                why.add(() -> "honours the preference for understanding where difficulties come from");
            }
            if (t.modalityId().equals(primary)) {
                s += 1;
            }
            return s;
        }

        /**
         * What argues against using the technique now (section 12: a plan never keeps an item whose own
         * reasons argue against it; it is deferred with the reason instead).
         */
        private List<String> against(Technique t) {
            List<String> reasons = new ArrayList<>();
            StageOfChange stage = f.stageOfChange();
            if (stage != null && !t.stageFit().isEmpty() && !t.stageFit().contains(stage)) {
                reasons.add("less suited to the " + lower(stage) + " stage of change; offer it once the client is ready");
            } else if (f.notYetReady() && t.directiveness() == Level.HIGH) {
                reasons.add("directive work is premature before the client is ready for change");
            }
            boolean early = firstPhase(t) == Phase.STABILIZATION;
            if (early && f.copingStyle() == CopingStyle.EXTERNALIZING && t.tags().contains(Tags.INSIGHT) && !hasAny(t, Tags.SKILLS, Tags.BEHAVIOURAL)) {
                reasons.add("insight-only work is less suited at the start for an externalizing coping style");
            }
            if (early && f.distress() == Level.HIGH && t.arousal() == Level.HIGH) {
                reasons.add("arousal-raising work waits while distress is high");
            }
            return reasons;
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

        /** The primary lens's own techniques first, then by rank. */
        private Comparator<Technique> primaryFirst() {
            return Comparator.comparing((Technique t) -> !t.modalityId().equals(primary)).thenComparing(rank());
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
                if (!t.tags().contains(function)) {
                    continue;
                }
                long present = selected.keySet().stream().filter(id -> byId.get(id).tags().contains(function)).count();
                if (present >= allowed(function)) {
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

        private int sessions(Technique t) {
            int sessions = t.typicalSessions();
            return f.impairment() == Level.HIGH && sessions > 1 ? (sessions * 3 + 1) / 2 : sessions;
        }

        // ---- 4. selection ---------------------------------------------------------------------

        /** How firmly a rule asks for a technique. */
        private enum Need {
            /** safety planning, crisis steps: always kept */
            SAFETY,
            /** the alliance, motivational work, a protocol or pathway component: kept within the phase limits, even past the budget */
            REQUIRED,
            /** coverage, integration, a good fit: only within the phase limits and the budget */
            OPTIONAL
        }

        /**
         * Puts a technique in the plan with what it needs first, if the plan stays coherent and
         * bounded: no incompatible rationale, one processing route per problem, nothing that argues
         * against it now, prerequisites chosen by function, at most {@link Plan#MAX_ITEMS} per phase, and
         * (unless required) within the session budget. Otherwise records why it was left out.
         *
         * @return whether it is in the plan
         */
        private boolean propose(Technique t, String why, Need need) {
            if (selected.containsKey(t.id())) {
                selected.get(t.id()).add(why);
                mark(t.id(), need);
                return true;
            }
            if (need != Need.SAFETY) {
                Optional<String> refusal = incoherence(t, List.of());
                if (refusal.isPresent()) {
                    leftOut.putIfAbsent(t.id(), refusal.get());
                    return false;
                }
                List<String> against = against(t);
                if (!against.isEmpty()) {
                    deferrals.putIfAbsent(t.id(), "deferred for now: " + String.join("; ", against));
                    return false;
                }
            }
            List<Technique> closure = new ArrayList<>();
            Optional<String> unmet = closure(t, closure, new HashSet<>(Set.of(t.id())));
            if (unmet.isPresent()) {
                deferrals.putIfAbsent(t.id(), "deferred: needs " + unmet.get() + " first, which this plan cannot include now");
                return false;
            }
            if (need != Need.SAFETY) {
                List<String> tentative = new ArrayList<>(selected.keySet());
                closure.forEach(c -> tentative.add(c.id()));
                tentative.add(t.id());
                Map<Phase, Long> counts = phases(tentative).values().stream()
                        .collect(Collectors.groupingBy(p -> p, () -> new EnumMap<>(Phase.class), Collectors.counting()));
                for (Map.Entry<Phase, Long> count : counts.entrySet()) {
                    int max = Plan.MAX_ITEMS.get(count.getKey());
                    if (count.getValue() > max) {
                        leftOut.putIfAbsent(t.id(), "left out to keep the plan bounded: " + (closure.isEmpty() ? "" : "with what it needs first, ")
                                + "it would make more than " + max + " items in " + lower(count.getKey()));
                        return false;
                    }
                }
                int total = tentative.stream().mapToInt(id -> sessions(byId.get(id))).sum();
                if (need == Need.OPTIONAL && total > sessionBudget) {
                    leftOut.putIfAbsent(t.id(), "left out to keep the course within the clinic's budget of " + sessionBudget + " sessions");
                    return false;
                }
            }
            for (Technique c : closure) {
                selected.put(c.id(), new ArrayList<>(List.of("prerequisite of " + t.name() + providerNote(c))));
                if (need != Need.OPTIONAL) {
                    required.add(c.id());
                }
            }
            selected.put(t.id(), new ArrayList<>(List.of(why)));
            mark(t.id(), need);
            return true;
        }

        private void mark(String id, Need need) {
            if (need != Need.OPTIONAL) {
                required.add(id);
            }
        }

        private String providerNote(Technique c) {
            if (!c.modalityId().equals(primary)) {
                return "; borrowed from " + lensName(c.modalityId()) + " because the " + lensName(primary) + " lens has no suitable technique";
            }
            return "";
        }

        /** Why the technique cannot join the plan as it stands (besides {@code pending}), if it cannot. */
        private Optional<String> incoherence(Technique t, List<Technique> pending) {
            List<Technique> others = new ArrayList<>(pending);
            selected.keySet().forEach(id -> others.add(byId.get(id)));
            for (Technique o : others) {
                if (o.conflictsWith(t)) {
                    return Optional.of("not combined with " + o.name() + ": their rationales contradict each other");
                }
                for (String route : ROUTES) {
                    if (t.tags().contains(route) && o.tags().contains(route) && t.problems().stream().anyMatch(o.problems()::contains)) {
                        return Optional.of("one processing route per problem: " + o.name() + " is already the route in this plan");
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Adds to {@code out} what {@code t} needs first and the plan lacks, depth-first, prerequisites before
         * what needs them. A prerequisite prepares: it is never a processing route or arousal-raising work,
         * which come into a plan only in their own right.
         *
         * @return what cannot be met, if anything
         */
        private Optional<String> closure(Technique t, List<Technique> out, Set<String> path) {
            for (Prerequisite p : t.prerequisites()) {
                if (selected.keySet().stream().map(byId::get).anyMatch(p::isMetBy) || out.stream().anyMatch(p::isMetBy)) {
                    continue;
                }
                Optional<Technique> provider = techniques.stream()
                        .filter(o -> p.isMetBy(o) && !path.contains(o.id()) && canPrepare(o, out))
                        .min(providerOrder(p, t));
                if (provider.isEmpty()) {
                    return Optional.of(describe(p));
                }
                path.add(provider.get().id());
                Optional<String> deeper = closure(provider.get(), out, path);
                if (deeper.isPresent()) {
                    return Optional.of(describe(p));
                }
                out.add(provider.get());
            }
            return Optional.empty();
        }

        private boolean canPrepare(Technique o, List<Technique> pending) {
            return usable(o) && fitsClient(o) && o.arousal() != Level.HIGH && ROUTES.stream().noneMatch(o.tags()::contains)
                    && against(o).isEmpty() && incoherence(o, pending).isEmpty();
        }

        /**
         * Prerequisites by function (section 12): a "self-regulation first" means the calming skill that fits
         * this client (grounding after trauma or with dissociation, otherwise breathing or relaxation), from the
         * primary lens where it has one; then the dependent technique's own modality; then the shortest.
         */
        private Comparator<Technique> providerOrder(Prerequisite p, Technique dependent) {
            boolean calming = p.isTag() && p.ref().equals(SELF_REGULATION);
            boolean grounding = f.has(ClinicalFlag.DISSOCIATION) || problemCodes.contains(ProblemCode.PTSD);
            Comparator<Technique> order = Comparator.comparing((Technique o) -> false);
            if (calming) {
                order = order.thenComparing(o -> !hasAny(o, CALMING))
                        .thenComparing(o -> grounding != o.tags().contains(Tags.GROUNDING));
            }
            return order.thenComparing(o -> !o.modalityId().equals(primary))
                    .thenComparing(o -> !o.modalityId().equals(dependent.modalityId()))
                    .thenComparingInt(Technique::typicalSessions)
                    .thenComparing(rank());
        }

        private boolean tryInOrder(List<Technique> candidates, java.util.function.Function<Technique, String> why, Need need) {
            for (Technique t : candidates) {
                if (propose(t, why.apply(t), need)) {
                    return true;
                }
            }
            return false;
        }

        private List<Technique> candidates(Predicate<Technique> filter, Comparator<Technique> order) {
            return techniques.stream().filter(filter).sorted(order).toList();
        }

        private String borrowed(Technique t, String gap) {
            return t.modalityId().equals(primary) ? "" : "; borrowed from " + lensName(t.modalityId()) + " to fill a gap: the "
                    + lensName(primary) + " lens has no usable technique for " + gap;
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
            Optional<Technique> plan = techniques.stream().filter(t -> t.tags().contains(SAFETY_PLANNING) && usable(t)).min(primaryFirst());
            if (plan.isEmpty()) {
                plan = techniques.stream().filter(t -> t.tags().contains(SAFETY_PLANNING) && !deferrals.containsKey(t.id())).min(primaryFirst());
            }
            if (plan.isPresent()) {
                String note = avoided(plan.get()) ? "; included although the client asked to avoid " + plan.get().modalityId()
                        + ", because safety comes first" : "";
                propose(plan.get(), "safety first: " + why
                        + ", so collaborative safety planning (Stanley-Brown" + (danger ? ", covering safety at home" : "")
                        + (f.flags().contains(ClinicalFlag.SELF_HARM) ? ", covering self-harm" : "") + ") opens the plan" + note, Need.SAFETY);
                opening.add(plan.get().id());
            } else {
                warnings.add("Safety first (" + why + ") but no enabled plugin offers a safety-planning technique: "
                        + "make a collaborative safety plan before anything else.");
            }
            if (f.risk().isAtLeast(RiskLevel.HIGH)) {
                warnings.add("Risk is " + lower(f.risk()) + ": the intake was escalated. A clinician must review risk "
                        + "and complete a suicide safety assessment before any other part of this plan begins.");
            }
        }

        /**
         * At high or imminent risk the plan holds the crisis and safety steps only (section 12); the course
         * is planned after a clinician has seen the client (the console's re-plan, with the risk found at review).
         */
        private Plan crisisPlan() {
            selectSafetyPlanning();
            candidates(t -> t.tags().contains(CRISIS) && !t.tags().contains(SAFETY_PLANNING) && usable(t), primaryFirst()).stream()
                    .limit(1).forEach(t -> {
                        propose(t, "crisis: a way to get through the hardest moments, added to the safety plan", Need.SAFETY);
                        opening.add(t.id());
                    });
            for (Technique t : techniques) {
                if (!selected.containsKey(t.id()) && indicated(t) && !deferrals.containsKey(t.id())) {
                    leftOut.put(t.id(), "waits: risk is " + lower(f.risk()) + ", so the course is planned after a clinician has reviewed risk");
                }
            }
            warnings.add("Crisis plan: only the crisis and safety steps. Plan the course after your risk review: re-plan from the "
                    + "console with the risk level you found.");
            return build(Narrative.crisisRationale(f));
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

        /** What a risk to others, or unwanted intrusive thoughts of harm, mean for the plan (clinical reference, section 9). */
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
            candidates(t -> t.tags().contains(ALLIANCE) && !t.tags().contains(SAFETY_PLANNING) && usable(t) && fitsClient(t)
                    && !hasAny(t, Protocols.PATHWAY_TAGS) && t.phases().contains(Phase.STABILIZATION), primaryFirst())
                    .stream().filter(t -> propose(t, "engagement first: the alliance comes before technique" + borrowed(t, "alliance work"),
                            Need.REQUIRED))
                    .findFirst().ifPresent(t -> opening.add(t.id()));
        }

        /** Motivational work for anyone not yet ready, whatever the problem (section 12). */
        private void selectMotivational() {
            if (!f.notYetReady()) {
                return;
            }
            candidates(t -> t.tags().contains(MOTIVATIONAL) && usable(t),
                    Comparator.comparing((Technique t) -> !fitsClient(t)).thenComparing(primaryFirst())).stream()
                    .filter(t -> propose(t, "not yet ready for change: motivational work comes first, whatever the problem"
                            + borrowed(t, "motivational work"), Need.REQUIRED))
                    .findFirst().ifPresent(t -> opening.add(t.id()));
        }

        /** Risk and circumstance pathways: suicide-specific work, distress tolerance after self-harm, perinatal care. */
        private void selectPathways() {
            for (Protocols.Pathway pathway : Protocols.PATHWAYS) {
                if (!pathway.applies().test(f)) {
                    continue;
                }
                for (Protocols.Component c : pathway.components()) {
                    if (selected.keySet().stream().map(byId::get).anyMatch(t -> c.tags().stream().anyMatch(t.tags()::contains))) {
                        continue;
                    }
                    List<Technique> fits = candidates(t -> c.tags().stream().anyMatch(t.tags()::contains) && usable(t), primaryFirst());
                    if (fits.isEmpty()) {
                        warnings.add("No enabled plugin offers " + c.name() + " (" + pathway.name() + ", " + pathway.guidance() + ").");
                    } else if (!tryInOrder(fits, t -> pathway.name() + " (" + pathway.guidance() + "): " + c.name()
                            + borrowed(t, c.name()), Need.REQUIRED)) {
                        warnings.add(pathway.name().substring(0, 1).toUpperCase(Locale.ROOT) + pathway.name().substring(1) + " includes "
                                + c.name() + ", which did not fit in this plan: " + reasonFor(fits.get(0)) + ".");
                    }
                }
            }
        }

        private String reasonFor(Technique t) {
            return Optional.ofNullable(deferrals.get(t.id())).or(() -> Optional.ofNullable(leftOut.get(t.id()))).orElse("see the exclusions");
        }

        /**
         * The protocols of the client's measured problems: the main problems' first ({@code REQUIRED}), then,
         * once the integration item has its place, a milder problem's within the budget ({@code OPTIONAL}).
         */
        private void selectProtocols(Need pass) {
            List<Problem> problems = new ArrayList<>(f.problems().stream().filter(p -> !p.possible()).toList());
            for (Problem p : f.problems()) {
                if (pass == Need.REQUIRED && p.possible()) {
                    warnings.add("Possible " + lower(p.code()) + " (" + String.join("; ", p.evidence()) + "): assess it before any work specific to it.");
                }
            }
            problems.sort(Comparator.comparingInt((Problem p) -> -p.severity().weight()).thenComparing(Problem::code));
            int main = problems.isEmpty() ? 0 : problems.get(0).severity().weight();
            for (Problem problem : problems) {
                // one problem first: a milder problem's protocol joins only within the budget
                Need need = problem.severity().weight() < main ? Need.OPTIONAL : Need.REQUIRED;
                if (need != pass) {
                    continue;
                }
                Protocols.forProblem(problem.code()).ifPresent(protocol -> {
                    for (Protocols.Component c : protocol.components()) {
                        if (c.onlyWith().isPresent() && !f.has(c.onlyWith().get())) {
                            continue;
                        }
                        Predicate<Technique> tagged = t -> c.tags().stream().anyMatch(t.tags()::contains);
                        // a technique for the problem; a general one only where no plugin offers a specific one
                        boolean specific = techniques.stream().anyMatch(t -> tagged.test(t) && t.problems().contains(problem.code()) && usable(t));
                        Predicate<Technique> fits = t -> tagged.test(t) && (t.problems().contains(problem.code()) || !specific && t.problems().isEmpty());
                        String why = "protocol for " + problem.code() + " (" + protocol.guidance() + "): " + c.name();
                        Optional<String> present = selected.keySet().stream().filter(id -> fits.test(byId.get(id))).findFirst();
                        if (present.isPresent()) {
                            selected.get(present.get()).add(why);
                            continue;
                        }
                        // after military trauma, trauma-focused CBT rather than reprocessing (section 12; NICE NG116)
                        boolean military = problem.code() == ProblemCode.PTSD && f.has(ClinicalFlag.MILITARY_TRAUMA);
                        List<Technique> choices = candidates(t -> fits.test(t) && usable(t),
                                Comparator.comparing((Technique t) -> !t.problems().contains(problem.code()))
                                        .thenComparing(t -> military && t.tags().contains(Tags.REPROCESSING))
                                        .thenComparingInt(c::preference).thenComparing(primaryFirst()));
                        if (!choices.isEmpty()) {
                            if (tryInOrder(choices, t -> why + (military && !t.tags().contains(Tags.REPROCESSING) && c.tags().contains(Tags.TRAUMA_PROCESSING)
                                    ? "; after military trauma, trauma-focused CBT is preferred to EMDR (NICE NG116)" : "") + borrowed(t, c.name()), need)) {
                                protocolProblems.add(lower(problem.code()));
                            } else {
                                warnings.add("The " + protocol.guidance() + " protocol for " + problem.code() + " includes " + c.name()
                                        + ", which is not in this plan: " + reasonFor(choices.get(0)) + ".");
                            }
                        } else if (techniques.stream().anyMatch(t -> fits.test(t) && !deferrals.containsKey(t.id()) && avoided(t))) {
                            warnings.add("The " + protocol.guidance() + " protocol for " + problem.code() + " includes " + c.name()
                                    + ", which only a modality the client asked to avoid offers: discuss this with the client.");
                        } else if (techniques.stream().noneMatch(fits)) {
                            warnings.add("No enabled plugin offers " + c.name() + " (" + protocol.guidance() + " protocol for "
                                    + problem.code() + ").");
                        }
                    }
                });
            }
            if (pass == Need.REQUIRED && f.has(ClinicalFlag.SUBSTANCE_DEPENDENCE)) {
                warnings.add("Referral note: signs of substance dependence. Consider referral to specialist substance-use "
                        + "services for assessment and medically supported withdrawal alongside this plan. Never advise stopping "
                        + "drinking abruptly: withdrawal can be dangerous. No EMDR reprocessing; motivational work and relapse prevention.");
            }
        }

        private void selectArousalRegulation() {
            Optional<String> grounding = selected.keySet().stream().filter(id -> byId.get(id).tags().contains(Tags.GROUNDING)).findFirst();
            if (f.has(ClinicalFlag.DISSOCIATION) && grounding.isPresent()) {
                selected.get(grounding.get()).add("marked dissociation: a grounding skill comes first");
            } else if (f.has(ClinicalFlag.DISSOCIATION)) {
                tryInOrder(candidates(t -> t.tags().contains(Tags.GROUNDING) && usable(t) && fitsClient(t)
                        && t.phases().contains(Phase.STABILIZATION), primaryFirst()),
                        t -> "marked dissociation: a grounding skill comes first" + borrowed(t, Tags.GROUNDING), Need.REQUIRED);
            }
            if (f.distress() == Level.HIGH && selected.keySet().stream().noneMatch(id -> byId.get(id).tags().contains(SELF_REGULATION)
                    && !byId.get(id).tags().contains(Tags.GROUNDING))) {
                tryInOrder(candidates(t -> t.tags().contains(SELF_REGULATION) && usable(t) && fitsClient(t)
                        && t.phases().contains(Phase.STABILIZATION) && !selected.containsKey(t.id()),
                        Comparator.comparing((Technique t) -> !hasAny(t, CALMING)).thenComparing(primaryFirst())),
                        t -> "high distress: an arousal-reducing skill comes first" + borrowed(t, "an arousal-reducing skill"), Need.REQUIRED);
            }
        }

        private void selectCoverage() {
            for (BasicIdDomain domain : salient) {
                boolean covered = selected.keySet().stream().anyMatch(id -> byId.get(id).targets().contains(domain));
                if (!covered) {
                    tryInOrder(candidates(t -> t.targets().contains(domain) && usable(t) && fitsClient(t) && !redundant(t), primaryFirst())
                                    .stream().limit(3).toList(),
                            t -> "covers the salient " + domain + " domain (salience " + f.salience(domain) + ")"
                                    + borrowed(t, "the " + domain + " domain"), Need.OPTIONAL);
                }
            }
        }

        /** The primary lens's own techniques that fit this client well, while the plan stays bounded. */
        private void selectByRank() {
            int cap = f.impairment() == null ? 9 : switch (f.impairment()) {
                case LOW -> 7;
                case MODERATE -> 9;
                case HIGH -> 11;
            };
            List<Technique> ranked = techniques.stream()
                    .filter(t -> t.modalityId().equals(primary) && usable(t) && indicated(t) && score(t.id()) >= FILL_THRESHOLD
                            && !selected.containsKey(t.id()))
                    .sorted(rank()).toList();
            for (Technique t : ranked) {
                if (selected.size() >= cap) {
                    break;
                }
                if (!redundant(t)) {
                    propose(t, "ranked highly for this client", Need.OPTIONAL);
                }
            }
        }

        /** Consolidation and relapse prevention close every course; a client not yet ready has no course yet to close. */
        private void selectIntegration() {
            boolean hasIntegration = phases(selected.keySet()).containsValue(Phase.INTEGRATION);
            boolean course = phases(selected.keySet()).containsValue(Phase.PROCESSING) || !f.notYetReady();
            if (!hasIntegration && course) {
                tryInOrder(candidates(t -> usable(t) && t.phases().contains(Phase.INTEGRATION) && t.tags().contains(Tags.RELAPSE_PREVENTION)
                                && fitsClient(t) && t.prerequisites().isEmpty(), Comparator.comparing((Technique t) -> !t.modalityId().equals(primary))
                                .thenComparingInt(Technique::typicalSessions).thenComparing(rank())).stream().limit(3).toList(),
                        t -> "integration: consolidate gains and prevent relapse" + borrowed(t, "relapse prevention"), Need.REQUIRED);
            }
        }

        /**
         * The primary school carries the core (section 12): at least half of the items. Borrowed items no
         * rule requires go first, latest first; if the required ones still outnumber the lens's, say so.
         */
        private void keepPrimaryAtCore() {
            List<String> order = new ArrayList<>(selected.keySet());
            for (int i = order.size() - 1; i >= 0 && primaryShareTooLow(); i--) {
                String id = order.get(i);
                Technique t = byId.get(id);
                if (t.modalityId().equals(primary) || required.contains(id) || neededByOthers(id)) {
                    continue;
                }
                selected.remove(id);
                leftOut.put(id, "left out so that the " + lensName(primary) + " lens carries at least half of the plan");
            }
            if (primaryShareTooLow()) {
                long own = selected.keySet().stream().filter(id -> byId.get(id).modalityId().equals(primary)).count();
                String lender = selected.keySet().stream().map(id -> byId.get(id).modalityId()).filter(m -> !m.equals(primary))
                        .collect(Collectors.groupingBy(m -> m, TreeMap::new, Collectors.counting())).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(primary);
                warnings.add("The " + lensName(primary) + " lens carries only " + own + " of " + selected.size()
                        + " items: what this client needs first comes mostly from " + lensName(lender) + ". Consider re-planning under "
                        + lender + ".");
            }
        }

        private boolean primaryShareTooLow() {
            long own = selected.keySet().stream().filter(id -> byId.get(id).modalityId().equals(primary)).count();
            return own * 2 < selected.size();
        }

        private boolean neededByOthers(String id) {
            Technique t = byId.get(id);
            for (String other : selected.keySet()) {
                if (!other.equals(id)) {
                    for (Prerequisite p : byId.get(other).prerequisites()) {
                        if (p.isMetBy(t) && selected.keySet().stream().filter(o -> !o.equals(id)).map(byId::get).noneMatch(p::isMetBy)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** A course longer than the clinic's budget says why (section 12: complex presentations say so). */
        private void warnAboutCourseLength() {
            int total = selected.keySet().stream().mapToInt(id -> sessions(byId.get(id))).sum();
            if (total <= sessionBudget) {
                return;
            }
            List<String> why = new ArrayList<>();
            if (protocolProblems.size() > 1) {
                why.add("the protocols for " + String.join(" and ", protocolProblems) + " each need their own work");
            } else if (!protocolProblems.isEmpty()) {
                why.add("the protocol for " + protocolProblems.iterator().next() + " needs it");
            }
            if (f.impairment() == Level.HIGH) {
                why.add("high impairment lengthens each part");
            }
            if (!pathwayTags.isEmpty()) {
                why.add("the risk or perinatal pathway adds its own sessions");
            }
            warnings.add("Estimated " + total + " sessions, more than the clinic's budget of " + sessionBudget + " sessions: "
                    + (why.isEmpty() ? "the required parts of the plan need them" : String.join("; ", why))
                    + ". Consider working on one problem first and re-assessing before the rest.");
        }

        private String describe(Prerequisite p) {
            return p.isTag() ? "a " + p.ref().replace('-', ' ') + " technique" : Optional.ofNullable(byId.get(p.ref()))
                    .map(Technique::name).orElse(p.ref());
        }

        private void recordExclusions() {
            for (Technique t : techniques) {
                // what the client's problems call for, and anything a rule considered and left out
                if (selected.containsKey(t.id()) || !indicated(t) && !leftOut.containsKey(t.id())) {
                    continue;
                }
                if (deferrals.containsKey(t.id())) {
                    excluded.put(t.id(), deferrals.get(t.id()));
                } else if (avoided(t)) {
                    excluded.put(t.id(), "the client asked not to work with " + lensName(t.modalityId()));
                } else if (leftOut.containsKey(t.id())) {
                    excluded.put(t.id(), leftOut.get(t.id()));
                }
            }
        }

        // ---- 5. sequencing --------------------------------------------------------------------

        /**
         * The phase of each technique: its first declared phase (the opening items in stabilisation), then
         * moved so that nothing precedes what it requires.
         */
        private Map<String, Phase> phases(java.util.Collection<String> ids) {
            Map<String, Phase> phase = new HashMap<>();
            for (String id : ids) {
                Technique t = byId.get(id);
                boolean early = opening.contains(id) || t.tags().contains(SAFETY_PLANNING);
                phase.put(id, early && t.phases().contains(Phase.STABILIZATION) ? Phase.STABILIZATION : firstPhase(t));
            }
            boolean changed = true;
            for (int round = 0; changed && round < ids.size() + 1; round++) {
                changed = false;
                for (String id : ids) {
                    Technique t = byId.get(id);
                    for (Prerequisite p : t.prerequisites()) {
                        Phase needed = ids.stream().filter(o -> p.isMetBy(byId.get(o))).map(phase::get).min(Comparator.naturalOrder())
                                .orElse(Phase.STABILIZATION);
                        if (phase.get(id).compareTo(needed) < 0) {
                            phase.put(id, t.phases().stream().filter(ph -> ph.compareTo(needed) >= 0).min(Comparator.naturalOrder()).orElse(needed));
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
                plans.add(new Plan.PhasePlan(phase, placed.stream().map(id -> item(id, phases)).toList()));
            }
            return plans;
        }

        /** 0 safety planning, 1 crisis steps, 2 the alliance and motivational work, 3 the rest. */
        private int openingClass(String id) {
            Technique t = byId.get(id);
            if (t.tags().contains(SAFETY_PLANNING) && (safetyFirst() || f.risk().isAtLeast(RiskLevel.HIGH))) {
                return 0;
            }
            if (t.tags().contains(CRISIS) && opening.contains(id)) {
                return 1;
            }
            return opening.contains(id) ? 2 : 3;
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

        private Plan.PlanItem item(String id, Map<String, Phase> phases) {
            Technique t = byId.get(id);
            List<String> reasons = new ArrayList<>(selected.get(id));
            if (phases.get(id) != firstPhase(t) && !opening.contains(id)) {
                reasons.add("placed in " + lower(phases.get(id)) + ", after what it needs first");
            }
            List<String> matching = new ArrayList<>();
            score(t, matching);
            matching.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
            int sessions = sessions(t);
            if (sessions != t.typicalSessions()) {
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
                if (coverage.get(d).isEmpty() && !f.risk().isAtLeast(RiskLevel.HIGH)) {
                    warnings.add("No usable technique targets the salient " + d + " domain within this bounded plan.");
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
        return hasAny(t, List.of(tags));
    }

    private static boolean hasAny(Technique t, java.util.Collection<String> tags) {
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
