package org.mosaicintake.intake;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.dialogue.DialogueEngine;
import org.mosaicintake.dialogue.IntakeScript;
import org.mosaicintake.dialogue.IntakeState;
import org.mosaicintake.dialogue.IntakeStatus;
import org.mosaicintake.messages.Messages;
import org.mosaicintake.dialogue.Prompt;
import org.mosaicintake.dialogue.ScriptContext;
import org.mosaicintake.dialogue.TurnInput;
import org.mosaicintake.dialogue.TurnOutcome;
import org.mosaicintake.llm.LanguageModel;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.IntakeMessage;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.TurnReceipt;
import org.mosaicintake.alerts.AlertOutbox;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.clinic.ClinicSettings;
import org.mosaicintake.clinic.Clinics;
import org.mosaicintake.crypto.IntakeCipher;
import org.mosaicintake.domain.Tokens;

/**
 * The client side of an intake around the dialogue engine: tokens, idempotent turns, the stored
 * state and transcript; at completion {@link CompletionService} makes the formulation and the plan. Each turn is one
 * transaction; concurrent turns on one intake are serialised by the record's version.
 *
 * <p>Logs ids and statuses only, never answers or the client's words.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    private final DialogueEngine dialogue;
    private final ClinicPlugins clinicPlugins;
    private final MosaicConfig config;
    private final IntakeCipher cipher;
    private final IntakeErasure erasure;
    private final org.mosaicintake.audit.AuditKey auditKey;
    private final AlertOutbox alerts;
    private final ClinicSettings settings;
    private final LanguageModel model;
    private final CompletionService completion;
    private final org.mosaicintake.instruments.Bands bands;

    public IntakeService(DialogueEngine dialogue, ClinicPlugins clinicPlugins, MosaicConfig config, IntakeCipher cipher, AlertOutbox alerts,
                         ClinicSettings settings, LanguageModel model, CompletionService completion, org.mosaicintake.instruments.Bands bands,
                         IntakeErasure erasure, org.mosaicintake.audit.AuditKey auditKey) {
        this.erasure = erasure;
        this.auditKey = auditKey;
        this.bands = bands;
        this.completion = completion;
        this.alerts = alerts;
        this.settings = settings;
        this.model = model;
        this.dialogue = dialogue;
        this.clinicPlugins = clinicPlugins;
        this.config = config;
        this.cipher = cipher;
    }

    /**
     * Starts an intake. {@code source} is the client's address, kept only as a keyed hash so that
     * escalations in a burst from one source can be told apart (see {@code AlertOutbox}).
     */
    @Transactional
    public IntakeResponse start(String clinicId, String locale, String source) {
        Clinic clinic = Clinics.requireOpen(clinicId, config.demo().enabled());
        IntakeState state = new IntakeState();
        state.locale = Messages.of(locale == null ? clinic.locale : locale).locale();
        TurnOutcome outcome = dialogue.start(state, context(clinic, state.locale));

        String token = Tokens.newToken();
        IntakeRecord intake = new IntakeRecord();
        intake.id = UUID.randomUUID().toString();
        intake.clinicId = clinic.id;
        intake.locale = state.locale;
        intake.scriptVersion = IntakeScript.VERSION;
        intake.tokenHash = Tokens.sha256(token);
        intake.sourceHash = source == null ? null : auditKey.hmac("intake source\n" + source);
        intake.createdAt = Instant.now();
        save(intake, state, outcome);
        transcript(intake.id, null, outcome);
        LOG.infof("Intake %s started for clinic %s", intake.id, clinic.id);
        return IntakeResponse.of(intake.id, token, outcome);
    }

    /**
     * One client turn, in three steps so that no database transaction (or pooled connection) is held
     * while the models read the answer: (1) a short transaction reads the intake, its state and any
     * stored answer to this Idempotency-Key; (2) the dialogue runs (risk model, embeddings, optional
     * language model) with no transaction open; (3) a short transaction writes the state, the
     * transcript, the receipt and any alert, only if no other answer was saved to this intake since
     * step 1 (the record's version). A turn that lost that race is answered from the winner's
     * receipt when it was the same request, else refused (409) to be retried.
     */
    public IntakeResponse turn(String id, String token, String idempotencyKey, String requestBody, TurnInput input, String promptId) {
        String requestHash = Tokens.sha256(requestBody);
        Read read = QuarkusTransaction.requiringNew().call(() -> read(id, token, idempotencyKey, requestHash, input, promptId));
        if (read.replay() != null) {
            return read.replay();
        }
        TurnOutcome outcome = dialogue.turn(read.state(), input, context(read.clinic(), read.state().locale));
        try {
            return QuarkusTransaction.requiringNew().call(() -> write(id, idempotencyKey, requestHash, input, read, outcome));
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.exception.ConstraintViolationException e) {
            Optional<IntakeResponse> stored = QuarkusTransaction.requiringNew().call(() -> receipt(id, idempotencyKey, requestHash));
            if (stored.isPresent()) {
                return stored.get(); // the same request, sent twice at once: the first one's answer
            }
            throw e;
        }
    }

    /** What step 1 of a turn read: the answer already stored for this key, or what the dialogue needs. */
    private record Read(IntakeResponse replay, long version, IntakeState state, Clinic clinic, String answeredPrompt, RiskLevel riskBefore,
                        boolean urgentBefore) {
    }

    private Read read(String id, String token, String idempotencyKey, String requestHash, TurnInput input, String promptId) {
        IntakeRecord intake = authorised(id, token);
        Optional<IntakeResponse> replay = receipt(id, idempotencyKey, requestHash);
        if (replay.isPresent()) {
            return new Read(replay.get(), intake.version, null, null, null, null, false);
        }
        // an intake cannot grow without bound: past its length it takes no more answers (nothing stored is lost)
        String stateText = cipher.open(id, intake.state);
        if (IntakeMessage.nextTurn(id) - 1 >= config.intake().maxTurns() // turn 0 is the start
                || (stateText != null && stateText.length() > config.intake().maxStoredChars())) {
            throw new org.mosaicintake.dialogue.IntakeClosedException("this intake has reached its length limit and takes no more answers; "
                    + "a clinician will read what is there");
        }
        IntakeState state = cipher.read(id, intake.state, IntakeState.class);
        if (promptId != null && !input.back() && !promptId.equals(state.current)) {
            throw new org.mosaicintake.dialogue.IntakeClosedException("this answer was for question '" + promptId
                    + "', but the intake has moved on" + (state.current == null ? "" : " to '" + state.current + "'"));
        }
        Clinic clinic = Clinic.findById(intake.clinicId);
        return new Read(null, intake.version, state, clinic, state.current, state.risk, state.urgent);
    }

    /** The stored answer to this Idempotency-Key, if any. */
    private Optional<IntakeResponse> receipt(String id, String idempotencyKey, String requestHash) {
        Optional<TurnReceipt> receipt = TurnReceipt.findByIdOptional(new TurnReceipt.Key(id, idempotencyKey));
        if (receipt.isPresent() && !receipt.get().requestHash.equals(requestHash)) {
            throw new IdempotencyConflictException("this Idempotency-Key was already used for a different turn");
        }
        return receipt.map(r -> cipher.read(id, r.response, IntakeResponse.class));
    }

    private IntakeResponse write(String id, String idempotencyKey, String requestHash, TurnInput input, Read read, TurnOutcome outcome) {
        IntakeRecord intake = IntakeRecord.findById(id);
        if (intake == null || intake.version != read.version()) {
            throw new jakarta.persistence.OptimisticLockException("another answer to intake " + id + " was saved first");
        }
        IntakeState state = read.state();
        if (outcome.status() == IntakeStatus.WITHDRAWN) {
            // consent declined: nothing of what was said is kept
            erasure.erase(intake);
            return IntakeResponse.of(id, null, outcome);
        }
        intake.tokenUsedAt = Instant.now(); // only answering keeps the token alive
        if (outcome.status() == IntakeStatus.COMPLETED || outcome.status() == IntakeStatus.ESCALATED) {
            // formulation, summary and plan follow once this turn has committed: the client does not wait for them
            intake.completedAt = Instant.now();
            completion.afterCommit(id);
        }
        save(intake, state, outcome);
        alerts.onRiskChange(intake, read.riskBefore(), state.risk);
        if (state.urgent && !read.urgentBefore()) {
            alerts.onUrgent(intake, state.screenPathway, state.risk);
        }
        // the versioned update goes first: a racing turn on the same intake fails here, before it writes anything
        IntakeRecord.flush();
        IntakeMessage client = new IntakeMessage();
        client.author = IntakeMessage.Author.CLIENT;
        client.promptId = input.back() ? null : read.answeredPrompt();
        client.body = input.back() ? "(back)" : input.text() != null ? input.text().strip()
                : label(read.clinic(), state.locale, read.answeredPrompt(), input.choice() != null ? input.choice() : String.valueOf(input.value()));
        transcript(id, client, outcome);

        IntakeResponse response = IntakeResponse.of(id, null, outcome);
        TurnReceipt stored = new TurnReceipt();
        stored.key = new TurnReceipt.Key(id, idempotencyKey);
        stored.requestHash = requestHash;
        stored.response = cipher.write(id, response);
        stored.createdAt = Instant.now();
        stored.persist();
        IntakeRecord.flush(); // a racing insert of the same key fails here, inside the step, not at commit
        if (outcome.status() != IntakeStatus.IN_PROGRESS) {
            LOG.infof("Intake %s is %s", id, outcome.status());
        }
        return response;
    }

    @Transactional
    public IntakeResponse resume(String id, String token) {
        IntakeRecord intake = authorised(id, token);
        IntakeState state = cipher.read(id, intake.state, IntakeState.class);
        Clinic clinic = Clinic.findById(intake.clinicId);
        TurnOutcome outcome = dialogue.resume(state, context(clinic, state.locale));
        // once finished, the token shows the status (and any crisis help) and can withdraw, but reads back no words
        List<IntakeResponse.TranscriptLine> lines = intake.status != IntakeStatus.IN_PROGRESS ? List.of()
                : IntakeMessage.transcript(id).stream().map(m -> new IntakeResponse.TranscriptLine(m.author.name(), cipher.open(id, m.body), m.promptId)).toList();
        return new IntakeResponse(id, null, List.of(), outcome.prompt(), outcome.progress(), outcome.status(), outcome.crisis(), lines);
    }

    /**
     * The client withdraws: their answers, words and transcript are erased; a bare tombstone remains.
     * A withdrawal is never refused for a race: when the plan was being saved at that moment (the
     * intake had just finished), it is simply done again.
     */
    public IntakeResponse withdraw(String id, String token) {
        for (int attempt = 1; ; attempt++) {
            try {
                String locale = QuarkusTransaction.requiringNew().call(() -> {
                    IntakeRecord intake = authorised(id, token);
                    erasure.erase(intake);
                    IntakeRecord.flush();
                    return intake.locale;
                });
                LOG.infof("Intake %s withdrawn and erased", id);
                return new IntakeResponse(id, null, List.of(Messages.of(locale).get("withdrawn")), null, null,
                        IntakeStatus.WITHDRAWN, null, null);
            } catch (jakarta.persistence.OptimisticLockException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /**
     * The intake the token opens. A token works for {@code mosaic.intake.token-lifetime} after the
     * start (24 hours by default) and, within it, until a pause longer than the idle timeout; only
     * answering (a turn, which renews it when it is saved) counts as activity, not reading or withdrawing.
     */
    private IntakeRecord authorised(String id, String token) {
        IntakeRecord intake = IntakeRecord.findById(id);
        if (intake == null) {
            throw new IntakeNotFoundException("no intake '" + id + "'", false);
        }
        if (intake.status == IntakeStatus.WITHDRAWN) {
            throw new IntakeNotFoundException("intake '" + id + "' was erased (withdrawn, or left unfinished too long)", true);
        }
        if (token == null || token.isBlank()) {
            throw new UnauthorizedException("an 'Authorization: Bearer <token>' header is required");
        }
        if (!Tokens.matches(token, intake.tokenHash)) {
            throw new UnauthorizedException("the token does not open this intake");
        }
        if (intake.createdAt != null && intake.createdAt.plus(config.intake().tokenLifetime()).isBefore(Instant.now())) {
            throw new UnauthorizedException("the token has expired; please contact the clinic");
        }
        if (intake.tokenUsedAt != null && intake.tokenUsedAt.plus(config.intake().tokenIdleTimeout()).isBefore(Instant.now())) {
            throw new UnauthorizedException("the token has expired after a long pause; please contact the clinic to continue");
        }
        return intake;
    }

    private void save(IntakeRecord intake, IntakeState state, TurnOutcome outcome) {
        intake.state = cipher.write(intake.id, state);
        intake.status = outcome.status();
        intake.riskLevel = state.risk;
        intake.urgent = state.urgent;
        intake.updatedAt = Instant.now();
        if (intake.tokenUsedAt == null) {
            intake.tokenUsedAt = intake.updatedAt;
        }
        if (!intake.isPersistent()) {
            intake.persist();
        }
    }

    private void transcript(String intakeId, IntakeMessage client, TurnOutcome outcome) {
        int seq = IntakeMessage.nextSeq(intakeId);
        int turn = IntakeMessage.nextTurn(intakeId);
        List<IntakeMessage> lines = new ArrayList<>();
        if (client != null) {
            lines.add(client);
        }
        for (String message : outcome.messages()) {
            lines.add(line(IntakeMessage.Author.ASSISTANT, null, message));
        }
        if (outcome.crisis() != null) {
            // kept so that clinicians can see what the client was shown, and the client sees it again on resuming
            lines.add(line(IntakeMessage.Author.ASSISTANT, null, outcome.crisis().asText(outcome.messages())));
        }
        if (outcome.prompt() != null) {
            lines.add(line(IntakeMessage.Author.ASSISTANT, outcome.prompt().id(), outcome.prompt().text()));
        }
        Instant now = Instant.now();
        for (IntakeMessage line : lines) {
            line.intakeId = intakeId;
            line.seq = seq++;
            line.turn = turn;
            line.createdAt = now;
            line.body = cipher.seal(intakeId, line.body);
            line.persist();
        }
    }

    private static IntakeMessage line(IntakeMessage.Author author, String promptId, String body) {
        IntakeMessage m = new IntakeMessage();
        m.author = author;
        m.promptId = promptId;
        m.body = body;
        return m;
    }

    /** The label the client saw for a chosen value, for the transcript. */
    private String label(Clinic clinic, String locale, String promptId, String value) {
        return Optional.ofNullable(promptId).flatMap(p -> dialogue.prompt(locale, p, context(clinic, locale)))
                .flatMap(prompt -> prompt.options().stream().filter(o -> o.value().equals(value)).map(Prompt.Option::label).findFirst())
                .orElse(value);
    }

    ScriptContext context(Clinic clinic, String locale) {
        List<ModalityCatalog> catalogs = clinicPlugins.catalogs(clinic.id);
        return new ScriptContext(clinic.name, settings.crisisResources(clinic, locale), settings.crisisResources(clinic, locale, org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME),
                catalogs.stream().map(ModalityCatalog::modality).toList(),
                catalogs.stream().filter(c -> !c.intakeSteps().isEmpty())
                        .map(c -> new ScriptContext.PluginSteps(c.modality().id(), c.intakeSteps(), c.findings())).toList(),
                model.consentedBy(clinic), bands, java.util.Map.of(
                        org.mosaicintake.risk.RiskPathway.SELF_HARM, settings.crisisResources(clinic, locale, org.mosaicintake.risk.RiskPathway.SELF_HARM),
                        org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS, settings.crisisResources(clinic, locale, org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS)));
    }

}
