package org.mosaicintake.summary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Instrument;

/**
 * The paragraph that opens the clinicians' summary of an intake: either written here from the
 * formulation (deterministic, always available) or by the clinic's language model, and then marked
 * as generated. Immutable.
 *
 * @param text      the paragraph
 * @param generated true when a language model wrote it; clinicians are shown that
 * @param model     the model's name when generated, else null
 */
public record Narrative(String text, boolean generated, String model) {

    public Narrative {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (generated && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("model must be named for a generated narrative");
        }
    }

    /** The deterministic paragraph: what the intake found, in plain clinical English, no interpretation. */
    public static Narrative of(Formulation f) {
        StringBuilder s = new StringBuilder();
        s.append(f.problems().isEmpty() ? "The intake did not point to a specific problem area."
                : "The intake points to " + join(f.problems().stream()
                .map(p -> p.severity().name().toLowerCase(Locale.ROOT) + " " + p.code().name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ".");
        if (!f.scores().isEmpty()) {
            s.append(" Scores: ").append(f.scores().entrySet().stream()
                    .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))).append('.');
        }
        s.append(" Risk level after screening: ").append(f.risk().name()).append('.');
        List<String> salient = f.basicId().entrySet().stream().filter(e -> e.getValue() >= Formulation.SALIENT)
                .map(Map.Entry::getKey).map(BasicIdDomain::name).map(n -> n.toLowerCase(Locale.ROOT).replace('_', '/')).toList();
        if (!salient.isEmpty()) {
            s.append(" Most affected BASIC I.D. modalities: ").append(join(salient)).append('.');
        }
        s.append(" Stage of change: ").append(named(f.stageOfChange()))
                .append(f.readiness() == null ? "" : " (readiness " + f.readiness() + " of 10)")
                .append("; coping style: ").append(named(f.copingStyle()))
                .append("; reactance: ").append(named(f.reactance()))
                .append("; distress: ").append(named(f.distress()))
                .append("; impairment: ").append(named(f.impairment())).append('.');
        f.notes().forEach(note -> s.append(' ').append(note));
        return new Narrative(s.toString(), false, null);
    }

    /** A value in words, or "not asked" for what the intake never asked. */
    private static String named(Enum<?> value) {
        return value == null ? "not asked" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String label(Instrument instrument) {
        return instrument.displayName();
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
