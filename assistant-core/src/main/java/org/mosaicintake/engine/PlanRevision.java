package org.mosaicintake.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.Technique;
import org.mosaicintake.domain.FieldException;

/**
 * A clinician's change to a plan, and the plan it makes: re-plan under another primary orientation,
 * remove techniques, add techniques to a phase, reword items, rewrite the rationale. Every part is
 * optional; at least one is needed. Plain domain logic: the caller supplies the re-planning and the
 * techniques it may add, and stores the result.
 *
 * <p>Immutable; {@link #applyTo} never changes the plan it is given. A bad part is a
 * {@link FieldException} naming the field ({@code remove[0]}, {@code add[1].phase}, ...), and then
 * nothing is applied.
 *
 * @param primaryOrientation re-plan under this modality id
 * @param remove             technique ids to take out (each kept as an exclusion naming the author)
 * @param add                techniques to add, each to a phase
 * @param edit               new wording for items
 * @param rationale          a new rationale for the client
 * @param note               why, for the version list (at most 500 characters)
 * @param riskAfterReview    the risk level a clinician found at review ({@code NONE} to {@code IMMINENT}): the plan is made
 *                           again for it, under the same or the given orientation (after a crisis plan, this plans the course)
 */
public record PlanRevision(String primaryOrientation, List<String> remove, List<Addition> add, List<Edit> edit, String rationale,
                           String note, String riskAfterReview) {

    /** A revision that leaves the risk level as the intake found it. */
    public PlanRevision(String primaryOrientation, List<String> remove, List<Addition> add, List<Edit> edit, String rationale, String note) {
        this(primaryOrientation, remove, add, edit, rationale, note, null);
    }

    /** Longest note. */
    public static final int MAX_NOTE = 500;
    /** Longest text of a rationale, framing or client description. */
    public static final int MAX_TEXT = 4000;

    /** New wording for an item of the plan: its framing (for clinicians), the text the client reads, or both. */
    public record Edit(String techniqueId, String framing, String clientDescription) {
    }

    /** A technique to add, and the phase it goes in. */
    public record Addition(String techniqueId, String phase) {
    }

    public PlanRevision {
        remove = remove == null ? List.of() : remove;
        add = add == null ? List.of() : add;
        edit = edit == null ? List.of() : edit;
    }

    /** Whether this revision re-plans, under another orientation or for a reviewed risk (the caller makes the new plan first). */
    public boolean replans() {
        return primaryOrientation != null || riskAfterReview != null;
    }

    /** The risk level found at review, if the clinician gave one. */
    public Optional<RiskLevel> reviewedRisk() {
        if (riskAfterReview == null || riskAfterReview.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RiskLevel.valueOf(riskAfterReview.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new FieldException("riskAfterReview", "must be one of " + Arrays.toString(RiskLevel.values()));
        }
    }

    /**
     * The revised plan.
     *
     * @param plan       the current plan
     * @param author     the clinician's username, recorded in the reasons and exclusions
     * @param replan     makes a fresh plan under a primary orientation, for the reviewed risk if one is given (used when {@link #replans()})
     * @param techniques the techniques that may be added, by id (those of the clinic's plugins)
     * @throws FieldException naming the first field at fault
     */
    public Plan applyTo(Plan plan, String author, BiFunction<String, Optional<RiskLevel>, Plan> replan,
                        Function<String, Optional<Technique>> techniques) {
        check();
        Optional<RiskLevel> risk = reviewedRisk();
        Plan revised = replans() ? replan.apply(primaryOrientation != null ? primaryOrientation.strip() : plan.primaryOrientation(), risk) : plan;
        if (risk.isPresent()) {
            revised = revised.withWarning("Risk reviewed by " + author + ": " + risk.get().name().toLowerCase(Locale.ROOT)
                    + ". This plan is made for that level.");
        }
        revised = removed(revised, author);
        revised = added(revised, author, techniques);
        revised = edited(revised, author);
        if (rationale != null) {
            revised = revised.revised(revised.phases(), revised.excluded(), rationale.strip());
        }
        return revised;
    }

    /** The revision in words, for the version list ("re-planned under cbt; removed cbt.x"). */
    public String change() {
        List<String> parts = new ArrayList<>();
        if (primaryOrientation != null) {
            parts.add("re-planned under " + primaryOrientation.strip());
        }
        if (riskAfterReview != null && !riskAfterReview.isBlank()) {
            parts.add("re-planned for the risk found at review: " + riskAfterReview.strip().toLowerCase(Locale.ROOT));
        }
        remove.forEach(id -> parts.add("removed " + id));
        add.forEach(a -> parts.add("added " + a.techniqueId() + " to " + String.valueOf(a.phase()).toLowerCase(Locale.ROOT)));
        edit.forEach(e -> parts.add("reworded " + e.techniqueId()));
        if (rationale != null) {
            parts.add("rewrote the rationale");
        }
        String text = String.join("; ", parts);
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }

    private void check() {
        if (primaryOrientation == null && riskAfterReview == null && remove.isEmpty() && add.isEmpty() && edit.isEmpty() && rationale == null) {
            throw new FieldException("body", "give at least one of 'primaryOrientation', 'riskAfterReview', 'remove', 'add', 'edit' or 'rationale'");
        }
        if (primaryOrientation != null && primaryOrientation.isBlank()) {
            throw new FieldException("primaryOrientation", "must name a modality");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new FieldException("note", "must be at most " + MAX_NOTE + " characters");
        }
        checkText(rationale, "rationale");
    }

    private Plan removed(Plan plan, String author) {
        if (remove.isEmpty()) {
            return plan;
        }
        for (int i = 0; i < remove.size(); i++) {
            if (!contains(plan, remove.get(i))) {
                throw new FieldException("remove[" + i + "]", "'" + remove.get(i) + "' is not in the current plan");
            }
        }
        List<Plan.PhasePlan> phases = plan.phases().stream()
                .map(p -> new Plan.PhasePlan(p.phase(), p.items().stream().filter(item -> !remove.contains(item.techniqueId())).toList()))
                .toList();
        List<Plan.Exclusion> excluded = new ArrayList<>(plan.excluded());
        remove.forEach(id -> excluded.add(new Plan.Exclusion(id, "removed by " + author)));
        return plan.revised(phases, List.copyOf(excluded), plan.rationale());
    }

    private Plan added(Plan plan, String author, Function<String, Optional<Technique>> techniques) {
        if (add.isEmpty()) {
            return plan;
        }
        List<Plan.PhasePlan> phases = new ArrayList<>(plan.phases());
        for (int i = 0; i < add.size(); i++) {
            Addition a = add.get(i);
            String id = a == null ? null : a.techniqueId();
            int at = i;
            Technique technique = Optional.ofNullable(id).flatMap(techniques)
                    .orElseThrow(() -> new FieldException("add[" + at + "].techniqueId", "no technique '" + id + "' in the enabled plugins"));
            Phase phase;
            try {
                phase = Phase.valueOf(String.valueOf(a.phase()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FieldException("add[" + at + "].phase", "must be one of " + Arrays.toString(Phase.values()));
            }
            if (phases.stream().flatMap(p -> p.items().stream()).anyMatch(item -> item.techniqueId().equals(id))) {
                throw new FieldException("add[" + at + "].techniqueId", "'" + id + "' is already in the plan");
            }
            Plan.PlanItem item = new Plan.PlanItem(technique.id(), technique.modalityId(), technique.name(), technique.clinicianDescription(),
                    technique.clientDescription(), List.of("added by " + author), List.of(), technique.typicalSessions());
            boolean placed = false;
            for (int p = 0; p < phases.size(); p++) {
                if (phases.get(p).phase() == phase) {
                    List<Plan.PlanItem> items = new ArrayList<>(phases.get(p).items());
                    items.add(item);
                    phases.set(p, new Plan.PhasePlan(phase, List.copyOf(items)));
                    placed = true;
                }
            }
            if (!placed) {
                phases.add(new Plan.PhasePlan(phase, List.of(item)));
                phases.sort(Comparator.comparing(Plan.PhasePlan::phase));
            }
        }
        List<Plan.Exclusion> excluded = plan.excluded().stream()
                .filter(x -> add.stream().noneMatch(a -> a.techniqueId().equals(x.techniqueId()))).toList();
        return plan.revised(List.copyOf(phases), excluded, plan.rationale());
    }

    private Plan edited(Plan plan, String author) {
        if (edit.isEmpty()) {
            return plan;
        }
        Map<String, Edit> byId = new HashMap<>();
        for (int i = 0; i < edit.size(); i++) {
            Edit e = edit.get(i);
            String id = e == null ? null : e.techniqueId();
            if (id == null || !contains(plan, id)) {
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
            reasons.add("wording edited by " + author);
            return new Plan.PlanItem(item.techniqueId(), item.modality(), item.name(),
                    e.framing() == null ? item.framing() : e.framing().strip(),
                    e.clientDescription() == null ? item.clientDescription() : e.clientDescription().strip(),
                    List.copyOf(reasons), item.cautions(), item.sessions());
        }).toList())).toList();
        return plan.revised(phases, plan.excluded(), plan.rationale());
    }

    private static boolean contains(Plan plan, String techniqueId) {
        return plan.phases().stream().flatMap(p -> p.items().stream()).anyMatch(item -> item.techniqueId().equals(techniqueId));
    }

    private static void checkText(String text, String field) {
        if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
            throw new FieldException(field, "must be between 1 and " + MAX_TEXT + " characters");
        }
    }
}
