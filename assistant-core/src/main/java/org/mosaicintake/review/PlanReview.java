package org.mosaicintake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Technique;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.engine.PlanRevision;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.crypto.IntakeCipher;
import org.mosaicintake.audit.Audited;

/**
 * Clinicians review the proposed plan: re-plan under another primary orientation, remove or add
 * techniques, rewrite the rationale, and approve. Every change is a new {@link PlanVersion} with its
 * author, time and note; nothing is overwritten. Mosaic proposes; clinicians decide.
 */
@ApplicationScoped
public class PlanReview {

    /** One version as listed for clinicians: who made it, when, what it changed and why. */
    public record VersionView(int version, String author, Instant createdAt, String change, String note, String primaryOrientation,
                              Plan plan) {
    }

    /** The review state of an intake's plan. */
    public record ReviewView(String intakeId, String reviewStatus, int currentVersion, String approvedBy, Instant approvedAt,
                             Integer approvedVersion, Plan plan) {
    }

    private final PlanningService planning;
    private final ClinicPlugins plugins;
    private final IntakeCipher cipher;

    public PlanReview(PlanningService planning, ClinicPlugins plugins, IntakeCipher cipher) {
        this.planning = planning;
        this.plugins = plugins;
        this.cipher = cipher;
    }

    @Transactional
    @Audited(value = "revise_plan", kind = Audited.Kind.CHANGE)
    public ReviewView revise(String username, @Audited.Intake String intakeId, PlanRevision revision) {
        IntakeRecord intake = reviewable(username, intakeId);
        Plan plan = revision.applyTo(cipher.read(intake.id, intake.plan, Plan.class), username,
                (orientation, risk) -> {
                    Formulation found = cipher.read(intake.id, intake.formulation, Formulation.class).withPrimaryOrientation(orientation);
                    return planning.plan(risk.map(found::withRisk).orElse(found));
                },
                id -> technique(id, intake.clinicId));
        PlanVersion version = new PlanVersion();
        version.key = new PlanVersion.Key(intake.id, PlanVersion.latest(intake.id) + 1);
        version.plan = cipher.write(intake.id, plan);
        version.primaryOrientation = plan.primaryOrientation();
        version.author = username;
        version.createdAt = Instant.now();
        version.note = cipher.seal(intake.id, revision.note());
        version.change = cipher.seal(intake.id, revision.change());
        version.persist();
        intake.plan = version.plan;
        // a changed plan needs approving again
        intake.reviewStatus = ReviewStatus.AWAITING_REVIEW;
        intake.approvedBy = null;
        intake.approvedAt = null;
        intake.approvedVersion = null;
        return view(intake);
    }

    @Transactional
    @Audited(value = "approve_plan", kind = Audited.Kind.CHANGE)
    public ReviewView approve(String username, @Audited.Intake String intakeId) {
        IntakeRecord intake = reviewable(username, intakeId);
        intake.reviewStatus = ReviewStatus.APPROVED;
        intake.approvedBy = username;
        intake.approvedAt = Instant.now();
        intake.approvedVersion = PlanVersion.latest(intake.id);
        return view(intake);
    }

    @Transactional
    @Audited("read_plan_versions")
    public List<VersionView> versions(String username, @Audited.Intake String intakeId) {
        IntakeRecord intake = reviewable(username, intakeId);
        return PlanVersion.of(intake.id).stream()
                .map(v -> new VersionView(v.key.version(), v.author, v.createdAt, cipher.open(intake.id, v.change), cipher.open(intake.id, v.note), v.primaryOrientation,
                        cipher.read(intake.id, v.plan, Plan.class)))
                .toList();
    }

    private ReviewView view(IntakeRecord intake) {
        return new ReviewView(intake.id, intake.reviewStatus.name(), PlanVersion.latest(intake.id), intake.approvedBy, intake.approvedAt,
                intake.approvedVersion, cipher.read(intake.id, intake.plan, Plan.class));
    }

    /** The intake, if this member of staff may see it and it has a plan to review. */
    private static IntakeRecord reviewable(String username, String intakeId) {
        IntakeRecord intake = ClinicianService.visibleTo(username, intakeId);
        if (intake.plan == null || intake.formulation == null) {
            throw new org.mosaicintake.dialogue.IntakeClosedException("intake '" + intakeId + "' has no plan to review yet"
                    + (intake.status == org.mosaicintake.dialogue.IntakeStatus.IN_PROGRESS ? ": the client has not finished" : ""));
        }
        return intake;
    }

    /** Techniques a clinician can add: those of the plugins the intake's clinic uses. */
    public List<Technique> addable(String clinicId) {
        return plugins.catalogs(clinicId).stream().map(ModalityCatalog::techniques).flatMap(List::stream).toList();
    }

    private Optional<Technique> technique(String id, String clinicId) {
        return plugins.catalogs(clinicId).stream().map(ModalityCatalog::techniques).flatMap(List::stream)
                .filter(t -> t.id().equals(id)).findFirst();
    }

}
