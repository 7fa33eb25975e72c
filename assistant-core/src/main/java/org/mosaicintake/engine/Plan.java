package org.mosaicintake.engine;

import java.util.List;
import java.util.Map;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.Phase;

/**
 * A proposed, phased treatment plan: a draft for clinician review, never a prescription.
 * Deterministic for the same formulation and plugin set. Immutable.
 *
 * @param primaryOrientation       modality id of the primary lens
 * @param primaryOrientationReason why that lens: requested, clinic default, or chosen from the formulation
 * @param phases                   STABILIZATION, PROCESSING, INTEGRATION, in that order, each with its items in sequence
 * @param excluded                 relevant techniques left out or deferred, each with its reason
 * @param commonFactors            alliance, rupture repair and hope
 * @param rationale                one plain-language story for the client
 * @param monitoring               what to measure, when, and what to do when progress stalls
 * @param coverage                 for every salient BASIC I.D. domain, the chosen techniques that target it
 * @param warnings                 what a clinician must know that the plan could not do itself
 * @param estimatedSessions        the course length: the sessions of all items, given one after another
 * @param sessionBudget            the clinic's session budget the plan was made within (0 for plans made before budgets)
 */
public record Plan(String primaryOrientation, String primaryOrientationReason, List<PhasePlan> phases, List<Exclusion> excluded,
                   CommonFactors commonFactors, String rationale, List<String> monitoring,
                   Map<BasicIdDomain, List<String>> coverage, List<String> warnings, int estimatedSessions, int sessionBudget) {

    /** The clinics' session budget unless they set their own: the top of NHS Talking Therapies' high-intensity range. */
    public static final int DEFAULT_SESSION_BUDGET = 20;

    /** Most items in each phase (clinical reference, section 12). */
    public static final Map<Phase, Integer> MAX_ITEMS = Map.of(Phase.STABILIZATION, 5, Phase.PROCESSING, 5, Phase.INTEGRATION, 3);

    /** The course length of these phases: the sessions of every item, one after another. */
    public static int sessionsOf(List<PhasePlan> phases) {
        return phases.stream().flatMap(p -> p.items().stream()).mapToInt(PlanItem::sessions).sum();
    }

    /** All items, in order. */
    public List<PlanItem> items() {
        return phases.stream().flatMap(p -> p.items().stream()).toList();
    }

    /** This plan with one more warning for clinicians. */
    public Plan withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Plan(primaryOrientation, primaryOrientationReason, phases, excluded, commonFactors, rationale, monitoring, coverage,
                List.copyOf(more), estimatedSessions, sessionBudget);
    }

    /** This plan with a clinician's changes: other items, exclusions or rationale; the course length follows the items. */
    public Plan revised(List<PhasePlan> newPhases, List<Exclusion> newExcluded, String newRationale) {
        return new Plan(primaryOrientation, primaryOrientationReason, newPhases, newExcluded, commonFactors, newRationale, monitoring,
                coverage, warnings, sessionsOf(newPhases), sessionBudget);
    }

    /** The items of one phase, in order. */
    public record PhasePlan(Phase phase, List<PlanItem> items) {
    }

    /**
     * One technique in the plan.
     *
     * @param framing  how the primary lens understands it (its own rationale for primary items)
     * @param reasons  every rule that put it here or moved it, in the order applied
     * @param cautions safety cautions that apply to this client
     */
    public record PlanItem(String techniqueId, String modality, String name, String framing, String clientDescription,
                           List<String> reasons, List<String> cautions, int sessions) {
    }

    /** A relevant technique not in the plan, and why. */
    public record Exclusion(String techniqueId, String reason) {
    }

    /** The common factors every plan carries (clinical reference, section 8). */
    public record CommonFactors(List<String> alliance, List<String> ruptureRepair, String hope) {
    }
}
