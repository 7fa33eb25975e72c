package org.mosaicintake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mosaicintake.dialogue.IntakeState;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.instruments.Scoring;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.intake.CompletionService;
import org.mosaicintake.intake.IntakeNotFoundException;
import org.mosaicintake.crypto.IntakeCipher;
import org.mosaicintake.audit.Audited;

/**
 * What clinicians see of intakes: the list and one intake's summary, which the console, the PDF and
 * the FHIR export all show. Staff of one clinic see that clinic's intakes only.
 */
@ApplicationScoped
public class ClinicianService {

    /** One row of the clinicians' list: no client text, only what is needed to choose whom to read first. */
    public record IntakeRow(String intakeId, String clinicId, String status, String risk, boolean urgent,
                            List<String> problems, Instant startedAt, Instant updatedAt, String reviewStatus) {
    }

    /**
     * One answered question as the client saw it.
     *
     * @param question    the question's text as shown
     * @param answer      the option's label as shown, or the client's own words
     * @param score       the item's score, for questionnaire items
     * @param clientWords whether {@code answer} is the client's own words
     */
    public record Answer(String stepId, String question, String answer, Integer score, boolean clientWords) {
    }

    /** A questionnaire's total with its severity band (clinical reference, section 3) and its items. */
    public record Score(String instrument, String name, int total, int max, String band, List<Answer> items) {
    }

    /**
     * The risk screen, when it ran: the level, what set it off (never the client's words), when, what
     * the client was shown at that moment (the crisis resources), and the screening answers.
     */
    public record RiskScreen(String level, List<String> triggers, Instant startedAt, List<String> shown, List<Answer> answers) {
    }

    /**
     * What a clinician reads of one intake: the client's own words per question, every answer,
     * questionnaire scores, the risk screen, the formulation, the current plan with its review state,
     * and the summary paragraph (marked when a language model wrote it) with the client's goals.
     */
    public record IntakeSummary(String intakeId, String clinicId, String clinicName, String status, String risk, boolean urgent,
                                Instant startedAt, Instant completedAt, Map<String, String> words, List<Answer> answers,
                                List<Score> scores, RiskScreen riskScreen, List<String> riskTriggers, Formulation formulation,
                                Plan plan, CompletionService.Summary summary, String reviewStatus, int planVersion,
                                String approvedBy, Instant approvedAt, Integer approvedVersion, String notGenuineBy, Instant notGenuineAt) {
    }

    private final IntakeCipher cipher;
    private final Scoring scoring;

    private final org.mosaicintake.config.MosaicConfig config;

    private final org.mosaicintake.clinic.ClinicPlugins clinicPlugins;

    public ClinicianService(IntakeCipher cipher, Scoring scoring, org.mosaicintake.config.MosaicConfig config,
                            org.mosaicintake.clinic.ClinicPlugins clinicPlugins) {
        this.clinicPlugins = clinicPlugins;
        this.config = config;
        this.cipher = cipher;
        this.scoring = scoring;
    }

    /**
     * The list's filters from their words (each may be blank for "any"), as the API and the console
     * take them; a bad value names its field.
     */
    public static IntakeRecord.ListFilter filter(String status, String risk, String review, String from, String until, boolean notGenuine) {
        return new IntakeRecord.ListFilter(named(org.mosaicintake.dialogue.IntakeStatus.class, "status", status),
                named(org.mosaicintake.api.RiskLevel.class, "risk", risk), named(ReviewStatus.class, "review", review),
                day("from", from), day("until", until), notGenuine);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.mosaicintake.domain.FieldException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A day (2026-12-01) as its start in UTC. */
    private static java.time.Instant day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new org.mosaicintake.domain.FieldException(field, "must be a date such as 2026-12-01");
        }
    }

    /**
     * One page of the list, how many intakes the filters match over every page, and the bursts of the
     * last day: for each client address from which several intakes raised alerts (at least
     * {@code mosaic.limits.escalation-burst}), their ids, until staff mark them not genuine.
     */
    public record Page(List<IntakeRow> rows, long total, List<List<String>> bursts) {
    }

    @Transactional
    @Audited("list_intakes")
    public Page list(String username, IntakeRecord.ListFilter filter, int page, int size) {
        StaffAccount staff = StaffAccount.findById(username);
        String clinicId = staff == null ? null : staff.clinicId;
        List<IntakeRow> rows = IntakeRecord.forClinicians(clinicId, filter, page, size).stream()
                .map(i -> new IntakeRow(i.id, i.clinicId, i.status.name(), i.riskLevel.name(), i.urgent(), problems(i), i.createdAt, i.updatedAt,
                        i.plan == null ? null : i.reviewStatus.name()))
                .toList();
        List<List<String>> bursts = IntakeRecord.alertBursts(clinicId, Instant.now().minus(java.time.Duration.ofDays(1)),
                config.limits().escalationBurst());
        return new Page(rows, IntakeRecord.countForClinicians(clinicId, filter), bursts);
    }

    /**
     * Marks an intake not genuine (a flood, a test, a prank): it leaves the default list, nothing is
     * deleted (its risk screen, alerts and audit stay), and who did it and when are kept and audited.
     * Marking it genuine again brings it back.
     */
    @Transactional
    @Audited(value = "mark_not_genuine", kind = Audited.Kind.CHANGE)
    public void markNotGenuine(String username, @Audited.Intake String intakeId, boolean notGenuine) {
        IntakeRecord i = visibleTo(username, intakeId);
        i.notGenuineBy = notGenuine ? username : null;
        i.notGenuineAt = notGenuine ? Instant.now() : null;
    }

    /** @throws IntakeNotFoundException when there is no such intake for this member of staff (or it was withdrawn) */
    @Transactional
    @Audited("read_summary")
    public IntakeSummary summary(String username, @Audited.Intake String intakeId) {
        IntakeRecord i = visibleTo(username, intakeId);
        IntakeState state = cipher.read(i.id, i.state, IntakeState.class);
        Clinic clinic = Clinic.findById(i.clinicId);

        Map<Instrument, Scoring.Result> results = scoring.score(state::answer, clinicPlugins.findings(),
                org.mosaicintake.dialogue.IntakeScript.bandsFor(state, scoring.bands()));
        Map<String, Integer> itemScores = new HashMap<>();
        results.values().forEach(r -> itemScores.putAll(r.items()));

        Map<String, String> questions = new HashMap<>();
        Map<String, String> replies = new HashMap<>();
        Instant screenAt = null;
        Set<Integer> screenTurns = new HashSet<>();
        List<IntakeMessage> transcript = IntakeMessage.transcript(i.id);
        for (IntakeMessage m : transcript) {
            if (m.promptId == null) {
                continue;
            }
            if (m.author == IntakeMessage.Author.ASSISTANT) {
                questions.put(m.promptId, cipher.open(i.id, m.body));
                if (screenAt == null && org.mosaicintake.dialogue.DialogueEngine.inScreen(m.promptId)) {
                    screenAt = m.createdAt;
                    screenTurns.add(m.turn);
                }
            } else {
                replies.put(m.promptId, cipher.open(i.id, m.body));
                if (org.mosaicintake.dialogue.DialogueEngine.inScreen(m.promptId)) {
                    screenTurns.add(m.turn);
                }
            }
        }
        // what the client was shown during the screen besides its questions (the crisis message and resources):
        // the lines of the turns that asked or answered a screen question
        List<String> shown = transcript.stream().filter(m -> m.promptId == null && m.author == IntakeMessage.Author.ASSISTANT
                && screenTurns.contains(m.turn)).map(m -> cipher.open(i.id, m.body)).toList();
        List<Answer> answers = new ArrayList<>();
        List<Answer> screenAnswers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String step : state.history) {
            if (!state.answers.containsKey(step) || !seen.add(step)) {
                continue;
            }
            boolean own = state.texts.containsKey(step);
            Answer a = new Answer(step, questions.getOrDefault(step, step), own ? state.texts.get(step) : replies.getOrDefault(step,
                    state.answer(step)), itemScores.get(step), own);
            (org.mosaicintake.dialogue.DialogueEngine.inScreen(step) ? screenAnswers : answers).add(a);
        }
        List<Score> scores = new ArrayList<>();
        results.forEach((instrument, r) -> scores.add(new Score(instrument.id(), instrument.displayName(), r.total(), instrument.maxScore(),
                r.band(), answers.stream().filter(a -> r.items().containsKey(a.stepId())).toList())));

        Map<String, String> words = new LinkedHashMap<>();
        state.texts.forEach((step, text) -> {
            if (!org.mosaicintake.dialogue.DialogueEngine.inScreen(step)) {
                words.put(step, text);
            }
        });
        RiskScreen screen = screenAt == null && state.riskTriggers.isEmpty() ? null
                : new RiskScreen(i.riskLevel.name(), List.copyOf(state.riskTriggers), screenAt, shown, screenAnswers);
        return new IntakeSummary(i.id, i.clinicId, clinic == null ? i.clinicId : clinic.name, i.status.name(), i.riskLevel.name(), i.urgent(),
                i.createdAt, i.completedAt, words, answers, scores, screen, List.copyOf(state.riskTriggers),
                cipher.read(i.id, i.formulation, Formulation.class),
                cipher.read(i.id, i.plan, Plan.class),
                cipher.read(i.id, i.summary, CompletionService.Summary.class),
                i.reviewStatus.name(), i.plan == null ? 0 : PlanVersion.latest(i.id), i.approvedBy, i.approvedAt, i.approvedVersion,
                i.notGenuineBy, i.notGenuineAt);
    }

    /**
     * The intake, when this member of staff may see it.
     *
     * @throws IntakeNotFoundException when there is none, it was withdrawn, or it belongs to another clinic (not told apart)
     */
    static IntakeRecord visibleTo(String username, String intakeId) {
        StaffAccount staff = StaffAccount.findById(username);
        IntakeRecord intake = IntakeRecord.findById(intakeId);
        if (intake == null || intake.status == org.mosaicintake.dialogue.IntakeStatus.WITHDRAWN || (staff != null && !staff.sees(intake))) {
            throw new IntakeNotFoundException("no intake '" + intakeId + "'", false);
        }
        return intake;
    }

    private List<String> problems(IntakeRecord intake) {
        if (intake.formulation == null) {
            return List.of();
        }
        try {
            return cipher.read(intake.id, intake.formulation, Formulation.class).problems().stream().map(p -> p.code().name()).toList();
        } catch (RuntimeException e) {
            return List.of(); // a formulation that cannot be read shows no problems here; the summary says more
        }
    }
}
