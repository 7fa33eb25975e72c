package org.mosaicintake.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mosaicintake.dialogue.IntakeStatus;
import org.mosaicintake.dialogue.Prompt;
import org.mosaicintake.dialogue.TurnOutcome;
import org.mosaicintake.risk.Crisis;

/**
 * The body of the client API's answers: start (with the token, once), turn, and resume (with the
 * transcript). Kept whole as the idempotency receipt of a turn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResponse(String intakeId, String token, List<String> messages, Prompt prompt, TurnOutcome.Progress progress,
                             IntakeStatus status, Crisis crisis, List<TranscriptLine> transcript) {

    /** One line of the transcript, for a client resuming. */
    public record TranscriptLine(String author, String text, String promptId) {
    }

    static IntakeResponse of(String intakeId, String token, TurnOutcome outcome) {
        return new IntakeResponse(intakeId, token, outcome.messages(), outcome.prompt(), outcome.progress(), outcome.status(),
                outcome.crisis(), null);
    }
}
