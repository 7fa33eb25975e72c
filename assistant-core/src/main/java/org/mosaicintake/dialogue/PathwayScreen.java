package org.mosaicintake.dialogue;

import java.util.List;
import java.util.function.Function;
import org.mosaicintake.risk.RiskPathway;

/**
 * A risk pathway's own screen, asked before the ASQ (clinical reference, section 9): its questions,
 * the clinical flag a disclosure raises, the message key of the block the client sees, the answer
 * that ends the screen at once (not safe to talk), and what the answers mean for clinicians.
 * Immutable; defined in {@link IntakeScript}, run by the {@link DialogueEngine}.
 *
 * @param pathway    the danger it is about
 * @param flag       the api {@code ClinicalFlag} name a disclosure raises
 * @param messageKey the dialogue message of the client's block ({@code {0}} help line, {@code {1}} emergency)
 * @param steps      its questions, prompt ids starting with {@code risk.}
 * @param stopStep   the step whose answer {@code 0} ends the screen without further questions, or null
 * @param assess     from the answers: whether the intake is urgent, and the notes for clinicians (never client words)
 */
record PathwayScreen(RiskPathway pathway, String flag, String messageKey, List<Step> steps, String stopStep,
                     Function<IntakeState, Assessment> assess) {

    /** What a finished screen means: urgent or not, and why, for clinicians. */
    record Assessment(boolean urgent, List<String> notes) {
    }

    PathwayScreen {
        steps = List.copyOf(steps);
    }

    /** Whether this answer ends the screen at once. */
    boolean stopsAt(String stepId, IntakeState state) {
        return stepId.equals(stopStep) && "0".equals(state.answer(stepId));
    }
}
