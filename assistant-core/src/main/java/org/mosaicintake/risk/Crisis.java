package org.mosaicintake.risk;

import java.util.List;
import org.mosaicintake.api.RiskLevel;

/**
 * The crisis block a turn carries when risk is flagged: the danger it is about (its pathway), the
 * level, a warm message, where to get help now, and the emergency number.
 */
public record Crisis(RiskPathway pathway, RiskLevel level, String message, List<CrisisResource> resources, String emergency) {

    /**
     * The block as plain text, one line a place to get help, for the transcript that clinicians read
     * and the client sees again on resuming. The message is left out when the turn already said it.
     */
    public String asText(List<String> alreadySaid) {
        StringBuilder text = new StringBuilder(alreadySaid.contains(message) ? "Where to get help now:" : message);
        for (CrisisResource r : resources) {
            text.append("\n").append(r.name());
            if (r.phone() != null) {
                text.append(": call ").append(r.phone());
            }
            if (r.text() != null) {
                text.append(", text ").append(r.text());
            }
            if (r.hours() != null) {
                text.append(" (").append(r.hours()).append(")");
            }
            if (r.url() != null) {
                text.append(", ").append(r.url());
            }
        }
        return text.append("\nIn an emergency: ").append(emergency).toString();
    }
}
