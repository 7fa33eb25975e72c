package org.mosaicintake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Technique;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.PlanVersion;

/**
 * Clinicians review the proposed plan: re-plan under another primary orientation, remove or add
 * techniques, rewrite the rationale, and approve. Every change is a new {@link PlanVersion} with its
 * author, time and note; nothing is overwritten. Mosaic proposes; clinicians decide.
 */
@ApplicationScoped
public class PlanReview {

    /** A clinician's change to the current plan; every part is optional, at least one is needed. */
    public record Revision(String primaryOrientation, List<String> remove, List<Addition> add, List<Edit> edit, String rationale,
                           String note) {
    }

    /** New wording for an item of the plan: its framing (for clinicians), the text the client reads, or both. */
    public record Edit(String techniqueId, String framing, String clientDescription) {
    }

    /** A technique to add, and the phase it goes in. */
    public record Addition(String techniqueId, String phase) {
    }

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
    private final StoredJson json;

    public PlanReview(PlanningService planning, ClinicPlugins plugins, StoredJson json) {
        this.planning = planning;
        this.plugins = plugins;
        this.json = json;
    }

    @Transactional
    public ReviewView revise(String username, String intakeId, Revision revision) {
        IntakeRecord intake = reviewable(username, intakeId);
        boolean any = revision.primaryOrientation() != null || !list(revision.remove()).isEmpty() || !list(revision.add()).isEmpty()
                || !list(revision.edit()).isEmpty() || revision.rationale() != null;
        if (!any) {
            throw new FieldException("body", "give at least one of 'primaryOrientation', 'remove', 'add', 'edit' or 'rationale'");
        }
        if (revision.note() != null && revision.note().length() > 500) {
            throw new FieldException("note", "must be at most 500 characters");
        }
        Plan plan = json.read(intake.plan, Plan.class);
        if (revision.primaryOrientation() != null) {
            Formulation f = json.read(intake.formulation, Formulation.class);
            plan = planning.plan(new Formulation(f.clinic(), revision.primaryOrientation().strip(), f.problems(), f.scores(), f.risk(),
                    f.stageOfChange(), f.copingStyle(), f.reactance(), f.impairment(), f.distress(), f.basicId(), f.flags(), f.preferences()));
        }
        plan = removed(plan, list(revision.remove()), username);
        plan = added(plan, list(revision.add()), username, intake.clinicId);
        plan = edited(plan, list(revision.edit()), username);
        if (revision.rationale() != null) {
            checkText(revision.rationale(), "rationale");
            plan = new Plan(plan.primaryOrientation(), plan.primaryOrientationReason(), plan.phases(), plan.excluded(),
                    plan.commonFactors(), revision.rationale().strip(), plan.monitoring(), plan.coverage(), plan.warnings());
        }
        PlanVersion version = new PlanVersion();
        version.key = new PlanVersion.Key(intake.id, PlanVersion.latest(intake.id) + 1);
        version.plan = json.write(plan);
        version.primaryOrientation = plan.primaryOrientation();
        version.author = username;
        version.createdAt = Instant.now();
        version.note = revision.note();
        version.change = change(revision);
        version.persist();
        intake.plan = version.plan;
        // a changed plan needs approving again
        intake.reviewStatus = "AWAITING_REVIEW";
        intake.approvedBy = null;
        intake.approvedAt = null;
        intake.approvedVersion = null;
        return view(intake);
    }

    @Transactional
    public ReviewView approve(String username, String intakeId) {
        IntakeRecord intake = reviewable(username, intakeId);
        intake.reviewStatus = "APPROVED";
        intake.approvedBy = username;
        intake.approvedAt = Instant.now();
        intake.approvedVersion = PlanVersion.latest(intake.id);
        return view(intake);
    }

    @Transactional
    public List<VersionView> versions(String username, String intakeId) {
        IntakeRecord intake = reviewable(username, intakeId);
        return PlanVersion.of(intake.id).stream()
                .map(v -> new VersionView(v.key.version(), v.author, v.createdAt, v.change, v.note, v.primaryOrientation, json.read(v.plan, Plan.class)))
                .toList();
    }

    private ReviewView view(IntakeRecord intake) {
        return new ReviewView(intake.id, intake.reviewStatus, PlanVersion.latest(intake.id), intake.approvedBy, intake.approvedAt,
                intake.approvedVersion, json.read(intake.plan, Plan.class));
    }

    /** The intake, if this member of staff may see it and it has a plan to review. */
    private static IntakeRecord reviewable(String username, String intakeId) {
        IntakeRecord intake = ClinicianService.visibleTo(username, intakeId);
        if (intake.plan == null || intake.formulation == null) {
            throw new org.mosaicintake.dialogue.IntakeClosedException("intake '" + intakeId + "' has no plan to review yet"
                    + ("IN_PROGRESS".equals(intake.status) ? ": the client has not finished" : ""));
        }
        return intake;
    }

    private static Plan removed(Plan plan, List<String> ids, String username) {
        if (ids.isEmpty()) {
            return plan;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (plan.phases().stream().flatMap(p -> p.items().stream()).noneMatch(item -> item.techniqueId().equals(id))) {
                throw new FieldException("remove[" + i + "]", "'" + id + "' is not in the current plan");
            }
        }
        List<Plan.PhasePlan> phases = plan.phases().stream()
                .map(p -> new Plan.PhasePlan(p.phase(), p.items().stream().filter(item -> !ids.contains(item.techniqueId())).toList()))
                .toList();
        List<Plan.Exclusion> excluded = new ArrayList<>(plan.excluded());
        ids.forEach(id -> excluded.add(new Plan.Exclusion(id, "removed by " + username)));
        return new Plan(plan.primaryOrientation(), plan.primaryOrientationReason(), phases, excluded, plan.commonFactors(),
                plan.rationale(), plan.monitoring(), plan.coverage(), plan.warnings());
    }

    private Plan added(Plan plan, List<Addition> additions, String username, String clinicId) {
        if (additions.isEmpty()) {
            return plan;
        }
        List<Plan.PhasePlan> phases = new ArrayList<>(plan.phases());
        for (int i = 0; i < additions.size(); i++) {
            Addition a = additions.get(i);
            String id = a == null ? null : a.techniqueId();
            int at = i;
            Technique technique = Optional.ofNullable(id).flatMap(t -> technique(t, clinicId))
                    .orElseThrow(() -> new FieldException("add[" + at + "].techniqueId", "no technique '" + id + "' in the enabled plugins"));
            Phase phase;
            try {
                phase = Phase.valueOf(String.valueOf(a.phase()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FieldException("add[" + at + "].phase", "must be one of " + java.util.Arrays.toString(Phase.values()));
            }
            if (phases.stream().flatMap(p -> p.items().stream()).anyMatch(item -> item.techniqueId().equals(id))) {
                throw new FieldException("add[" + at + "].techniqueId", "'" + id + "' is already in the plan");
            }
            Plan.PlanItem item = new Plan.PlanItem(technique.id(), technique.modalityId(), technique.name(), technique.clinicianDescription(),
                    technique.clientDescription(), List.of("added by " + username), List.of(), technique.typicalSessions());
            boolean placed = false;
            for (int p = 0; p < phases.size(); p++) {
                if (phases.get(p).phase() == phase) {
                    List<Plan.PlanItem> items = new ArrayList<>(phases.get(p).items());
                    items.add(item);
                    phases.set(p, new Plan.PhasePlan(phase, items));
                    placed = true;
                }
            }
            if (!placed) {
                phases.add(new Plan.PhasePlan(phase, List.of(item)));
                phases.sort(java.util.Comparator.comparing(Plan.PhasePlan::phase));
            }
        }
        List<Plan.Exclusion> excluded = plan.excluded().stream()
                .filter(x -> additions.stream().noneMatch(a -> a.techniqueId().equals(x.techniqueId()))).toList();
        return new Plan(plan.primaryOrientation(), plan.primaryOrientationReason(), phases, excluded, plan.commonFactors(),
                plan.rationale(), plan.monitoring(), plan.coverage(), plan.warnings());
    }

    private static Plan edited(Plan plan, List<Edit> edits, String username) {
        if (edits.isEmpty()) {
            return plan;
        }
        java.util.Map<String, Edit> byId = new java.util.HashMap<>();
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            String id = e == null ? null : e.techniqueId();
            if (id == null || plan.phases().stream().flatMap(p -> p.items().stream()).noneMatch(item -> item.techniqueId().equals(id))) {
                throw new FieldException("edit[" + i + "].techniqueId", "'" + id + "' is not in the current plan");
            }
            if (e.framing() == null && e.clientDescription() == null) {
                throw new FieldException("edit[" + i + "]", "give 'framing', 'clientDescription' or both");
            }
            checkText(e.framing(), "edit[" + i + "].framing");
            checkText(e.clientDescription(), "edit[" + i + "].clientDescription");
            byId.put(id, e);
        }
        List<Plan.PhasePlan> phases = plan.phases().stream().map(p -> new Plan.PhasePlan(p.phase(), p.items().stream().map(item -> {
            Edit e = byId.get(item.techniqueId());
            if (e == null) {
                return item;
            }
            List<String> reasons = new ArrayList<>(item.reasons());
            reasons.add("wording edited by " + username);
            return new Plan.PlanItem(item.techniqueId(), item.modality(), item.name(),
                    e.framing() == null ? item.framing() : e.framing().strip(),
                    e.clientDescription() == null ? item.clientDescription() : e.clientDescription().strip(),
                    reasons, item.cautions(), item.sessions());
        }).toList())).toList();
        return new Plan(plan.primaryOrientation(), plan.primaryOrientationReason(), phases, plan.excluded(), plan.commonFactors(),
                plan.rationale(), plan.monitoring(), plan.coverage(), plan.warnings());
    }

    /** The revision in words, for the version list. */
    private static String change(Revision revision) {
        List<String> parts = new ArrayList<>();
        if (revision.primaryOrientation() != null) {
            parts.add("re-planned under " + revision.primaryOrientation().strip());
        }
        list(revision.remove()).forEach(id -> parts.add("removed " + id));
        list(revision.add()).forEach(a -> parts.add("added " + a.techniqueId() + " to " + String.valueOf(a.phase()).toLowerCase(Locale.ROOT)));
        list(revision.edit()).forEach(e -> parts.add("reworded " + e.techniqueId()));
        if (revision.rationale() != null) {
            parts.add("rewrote the rationale");
        }
        String text = String.join("; ", parts);
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }

    private static void checkText(String text, String field) {
        if (text != null && (text.isBlank() || text.length() > 4000)) {
            throw new FieldException(field, "must be between 1 and 4000 characters");
        }
    }

    /** Techniques a clinician can add: those of the plugins the intake's clinic uses. */
    public List<Technique> addable(String clinicId) {
        return plugins.catalogs(clinicId).stream().map(ModalityCatalog::techniques).flatMap(List::stream).toList();
    }

    private Optional<Technique> technique(String id, String clinicId) {
        return plugins.catalogs(clinicId).stream().map(ModalityCatalog::techniques).flatMap(List::stream)
                .filter(t -> t.id().equals(id)).findFirst();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

}
