package org.mosaicintake.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.mosaicintake.dialogue.IntakeState;
import org.mosaicintake.dialogue.IntakeStatus;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.formulation.FormulationBuilder;
import org.mosaicintake.llm.LanguageModel;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.summary.Narrative;
import org.mosaicintake.understanding.Understanding;
import org.mosaicintake.review.PlanningService;
import org.mosaicintake.crypto.IntakeCipher;

/**
 * What happens once a client has finished (or an intake was escalated): the formulation, the summary
 * (with the language model's narrative where the clinic allows it) and the plan proposal. Done after
 * the client's last turn has committed, so the client gets the closing message at once and a slow
 * model never holds their turn; each intake in its own transaction. Intakes left without a
 * formulation by a crash or restart are picked up at start-up and every half minute.
 */
@ApplicationScoped
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class);

    /** What a finished intake leaves for clinicians besides the formulation and the plan. */
    public record Summary(Narrative narrative, List<String> goals) {
    }

    private final FormulationBuilder formulations;
    private final org.mosaicintake.clinic.ClinicPlugins clinicPlugins;
    private final PlanningService planning;
    private final LanguageModel model;
    private final TransactionSynchronizationRegistry transactions;
    private final IntakeCipher cipher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "intake-completion");
        t.setDaemon(true);
        return t;
    });

    private final org.mosaicintake.cluster.SweepLeases leases;

    public CompletionService(FormulationBuilder formulations, PlanningService planning, LanguageModel model,
                             TransactionSynchronizationRegistry transactions, IntakeCipher cipher,
                             org.mosaicintake.cluster.SweepLeases leases, org.mosaicintake.clinic.ClinicPlugins clinicPlugins) {
        this.leases = leases;
        this.clinicPlugins = clinicPlugins;
        this.formulations = formulations;
        this.planning = planning;
        this.model = model;
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /** Called inside the turn's transaction: completes the intake once that transaction has committed. */
    public void afterCommit(String intakeId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.submit(() -> completeQuietly(intakeId));
                }
            }
        });
    }

    void onStart(@Observes StartupEvent event) {
        worker.submit(this::sweep);
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void sweep() {
        leases.runIfLeader("completion", java.time.Duration.ofSeconds(25), () -> {
            List<String> pending = QuarkusTransaction.requiringNew().call(IntakeRecord::awaitingCompletion);
            pending.forEach(this::completeQuietly);
        });
    }

    private void completeQuietly(String intakeId) {
        // off the request thread: the language model's AI service needs a request context of its own
        io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            for (int attempt = 0; attempt < 3 && !complete(intakeId); attempt++) {
                // the intake changed while its plan was being made (staff marked it, say): read it again
            }
        } catch (RuntimeException e) {
            // left for the next sweep (a concurrent withdrawal, a database hiccup): never lost
            LOG.warnf("Intake %s: completion postponed (%s)", intakeId, e.getClass().getSimpleName());
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** What the completion reads of a finished intake, in a short transaction. */
    private record Finished(long version, IntakeState state, Clinic clinic) {
    }

    /**
     * Makes the formulation, summary and plan of a finished intake in three steps, so that no
     * transaction is held while the language model or the engine works: read (short transaction),
     * compute (none), write (short transaction, only if the intake has not changed meanwhile).
     *
     * @return false when the intake changed between reading and writing (to be tried again), else true
     */
    private boolean complete(String intakeId) {
        Finished finished = QuarkusTransaction.requiringNew().call(() -> {
            IntakeRecord intake = IntakeRecord.findById(intakeId);
            if (intake == null || intake.formulation != null || intake.state == null
                    || !(intake.status == IntakeStatus.COMPLETED || intake.status == IntakeStatus.ESCALATED)) {
                return null;
            }
            return new Finished(intake.version, cipher.read(intakeId, intake.state, IntakeState.class), Clinic.findById(intake.clinicId));
        });
        if (finished == null) {
            return true;
        }
        IntakeState state = finished.state();
        Clinic clinic = finished.clinic();
        // the model reads the client's words only with the clinic's consent text, and never an escalated intake's
        boolean withModel = model.consentedBy(clinic) && state.status == IntakeStatus.COMPLETED;
        String words = state.clientWords();
        Optional<LanguageModel.Reading> reading = withModel && !words.isBlank() ? model.read(words, state.locale) : Optional.empty();
        Formulation formulation = formulations.build(clinic.id, state,
                reading.map(LanguageModel.Reading::evidence).orElse(Understanding.none()), clinicPlugins.findings());
        Narrative narrative = (withModel && !words.isBlank() ? model.narrate(formulation, words, state.locale) : Optional.<Narrative>empty())
                .orElseGet(() -> Narrative.of(formulation));
        List<String> goals = reading.map(LanguageModel.Reading::goals).filter(g -> !g.isEmpty())
                .orElseGet(() -> Optional.ofNullable(state.texts.get("goals")).map(List::of).orElse(List.of()));
        Plan plan = null;
        try {
            plan = planning.plan(formulation);
        } catch (RuntimeException e) {
            // the intake is kept whatever happens to the plan; clinicians can re-plan from the console
            LOG.warnf("Intake %s: no plan could be made (%s)", intakeId, e.getClass().getSimpleName());
        }
        Plan proposed = plan;
        boolean written = QuarkusTransaction.requiringNew().call(() -> {
            IntakeRecord intake = IntakeRecord.findById(intakeId);
            if (intake == null || intake.formulation != null || intake.status == IntakeStatus.WITHDRAWN) {
                return true; // erased, or completed by another instance meanwhile: nothing left to do
            }
            if (intake.version != finished.version()) {
                return false; // changed meanwhile (staff marked it, say): read it again
            }
            intake.formulation = cipher.write(intakeId, formulation);
            intake.summary = cipher.write(intakeId, new Summary(narrative, goals));
            if (proposed != null) {
                intake.plan = cipher.write(intakeId, proposed);
                if (PlanVersion.latest(intakeId) == 0) {
                    PlanVersion version = new PlanVersion();
                    version.key = new PlanVersion.Key(intakeId, 1);
                    version.plan = intake.plan;
                    version.primaryOrientation = proposed.primaryOrientation();
                    version.author = "mosaic";
                    version.createdAt = java.time.Instant.now();
                    version.note = cipher.seal(intakeId, "proposed by the integration engine");
                    version.persist();
                }
            }
            IntakeRecord.flush(); // a racing write to the intake fails here, inside the step
            return true;
        });
        if (written) {
            LOG.infof("Intake %s: formulation and plan ready", intakeId);
        }
        return written;
    }
}
