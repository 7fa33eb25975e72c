package org.mosaicintake.dialogue;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mosaicintake.risk.RiskPathway;

/**
 * A risk pathway's own screen, asked before the ASQ (clinical reference, section 9): its questions,
 * the clinical flag a disclosure raises, the message key of the block the client sees, the answer
 * that ends the screen at once (not safe to talk), whether the ASQ follows, and what the answers mean
 * for clinicians. Immutable; defined in {@link IntakeScript}, run by the {@link DialogueEngine}.
 *
 * @param id         its short name, also the middle of its prompt ids ({@code risk.vah.safe})
 * @param pathway    the danger it is about, named in the crisis block
 * @param flag       the api {@code ClinicalFlag} name a disclosure raises at once, or null when only the answers decide
 * @param messageKey the dialogue message of the client's block ({@code {0}} help line, {@code {1}} emergency)
 * @param steps      its questions, prompt ids starting with {@code risk.}
 * @param stopStep   the step whose answer {@code 0} ends the screen without further questions, or null
 * @param crisisAtStart whether the pathway's crisis block is shown as the screen opens (not for unwanted
 *                   intrusive thoughts, which are not handled as a threat)
 * @param asksAsq    whether the ASQ follows the pathway's own questions, given the answers so far
 * @param assess     from the answers: urgency, flags and the notes for clinicians (never client words)
 */
record PathwayScreen(String id, RiskPathway pathway, String flag, String messageKey, List<Step> steps, String stopStep,
                     boolean crisisAtStart, Predicate<IntakeState> asksAsq, Function<IntakeState, Assessment> assess) {

    /**
     * What a finished screen means.
     *
     * @param urgent     whether clinicians are needed now (pinned, alert)
     * @param flags      flags the answers raise, besides {@code flag}
     * @param notes      for clinicians
     * @param messageKey the closing message when no suicidal risk was found, or null for the pathway's block
     * @param crisis     whether the pathway's crisis block stays in view after the screen
     */
    record Assessment(boolean urgent, List<String> flags, List<String> notes, String messageKey, boolean crisis) {

        Assessment(boolean urgent, List<String> notes) {
            this(urgent, List.of(), notes, null, true);
        }
    }

    PathwayScreen {
        steps = List.copyOf(steps);
    }

    /** Whether this answer ends the screen at once. */
    boolean stopsAt(String stepId, IntakeState state) {
        return stepId.equals(stopStep) && "0".equals(state.answer(stepId));
    }
}
