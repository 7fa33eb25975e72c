package org.mosaicintake.dialogue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mosaicintake.instruments.InstrumentTexts;

/**
 * Maps free text typed at a choice or scale prompt to one of its options when that is clear
 * ("nearly every day" -> 3, "nope" -> 0), and to nothing when it is not: the dialogue then asks
 * again. Deterministic: exact labels and values, then a small synonym list per kind of scale.
 * Thread-safe.
 */
public class OptionMatcher {

    private static final Map<String, List<String>> YES_NO = Map.of(
            "1", List.of("yes", "yeah", "yep", "yup", "y", "sure", "i have", "i do", "correct", "si", "claro", "afirmativo"),
            "0", List.of("no", "nope", "nah", "n", "not really", "never", "i haven't", "i have not", "i don't", "none", "nunca"));

    private static final Map<String, List<String>> FREQUENCY = Map.of(
            "0", List.of("not at all", "never", "no", "nope", "none", "not really", "nada", "nunca", "ningun dia", "ninguno"),
            "1", List.of("several days", "some days", "a few days", "sometimes", "occasionally", "a couple of days", "now and then", "algunos dias", "varios dias", "a veces"),
            "2", List.of("more than half the days", "more than half", "most days", "often", "a lot", "frequently", "usually", "mas de la mitad", "a menudo", "muchos dias"),
            "3", List.of("nearly every day", "every day", "everyday", "all the time", "always", "daily", "constantly", "casi todos los dias", "todos los dias"));

    public Optional<String> match(String text, List<Prompt.Option> options) {
        String said = normalise(text);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        for (Prompt.Option o : options) {
            if (normalise(o.value()).equals(said) || normalise(o.label()).equals(said)) {
                return Optional.of(o.value());
            }
        }
        Map<String, List<String>> synonyms = isYesNo(options) ? YES_NO : isFrequency(options) ? FREQUENCY : Map.of();
        Optional<String> bySynonym = Optional.empty();
        int longest = 0;
        for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
            for (String phrase : e.getValue()) {
                if ((said.equals(phrase) || (" " + said + " ").contains(" " + phrase + " ")) && phrase.length() > longest) {
                    bySynonym = Optional.of(e.getKey());
                    longest = phrase.length();
                }
            }
        }
        if (bySynonym.isPresent()) {
            return bySynonym;
        }
        // a label the client typed inside a longer sentence, if only one fits
        List<Prompt.Option> contained = options.stream().filter(o -> normalise(o.label()).length() > 3
                && (" " + said + " ").contains(" " + normalise(o.label()) + " ")).toList();
        return contained.size() == 1 ? Optional.of(contained.get(0).value()) : Optional.empty();
    }

    private static boolean isYesNo(List<Prompt.Option> options) {
        return options.stream().anyMatch(o -> o.value().equals("1") && o.label().matches("(?i)yes|s[ií]"))
                && options.stream().anyMatch(o -> o.value().equals("0") && o.label().equalsIgnoreCase("no"));
    }

    private static boolean isFrequency(List<Prompt.Option> options) {
        return options.size() == 4 && (options.get(0).label().equals(InstrumentTexts.ENGLISH.frequency().get(0))
                || options.get(0).label().equals(InstrumentTexts.SPANISH.frequency().get(0)));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").trim();
    }
}
