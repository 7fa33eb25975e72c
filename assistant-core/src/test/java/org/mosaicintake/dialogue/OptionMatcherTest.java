package org.mosaicintake.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosaicintake.instruments.InstrumentItems;

/** Free text at a choice prompt is mapped to an option only when it clearly names one. */
class OptionMatcherTest {

    private final OptionMatcher matcher = new OptionMatcher();

    private static final List<Prompt.Option> FREQUENCY = List.of(new Prompt.Option("0", InstrumentItems.FREQUENCY.get(0)),
            new Prompt.Option("1", InstrumentItems.FREQUENCY.get(1)), new Prompt.Option("2", InstrumentItems.FREQUENCY.get(2)),
            new Prompt.Option("3", InstrumentItems.FREQUENCY.get(3)));
    private static final List<Prompt.Option> YES_NO = List.of(new Prompt.Option("1", "Yes"), new Prompt.Option("0", "No"));
    private static final List<Prompt.Option> STYLE = List.of(new Prompt.Option("SKILLS", "Learning practical skills"),
            new Prompt.Option("INSIGHT", "Understanding myself better"), new Prompt.Option("NO_PREFERENCE", "No preference"));

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Nearly every day|3", "nearly every day to be honest|3", "every day|3", "most days|2", "More than half the days|2",
            "sometimes|1", "a few days|1", "not at all|0", "never|0", "Casi todos los días|3", "3|3"})
    void frequency_words(String said, String value) {
        assertThat(matcher.match(said, FREQUENCY)).contains(value);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"yes|1", "Yeah|1", "yep, I have|1", "no|0", "Nope|0", "not really|0", "sí|1", "nunca|0"})
    void yes_and_no(String said, String value) {
        assertThat(matcher.match(said, YES_NO)).contains(value);
    }

    @Test
    void should_match_an_option_label_inside_a_sentence_when_only_one_fits() {
        assertThat(matcher.match("I think no preference really", STYLE)).contains("NO_PREFERENCE");
    }

    @Test
    void should_not_guess_when_nothing_clearly_fits() {
        assertThat(matcher.match("purple", FREQUENCY)).isEmpty();
        assertThat(matcher.match("   ", YES_NO)).isEmpty();
        assertThat(matcher.match("it depends", STYLE)).isEmpty();
    }

    @Test
    void should_prefer_the_longest_phrase() {
        // "not at all" (0) contains "all"; "more than half" (2) beats "half" nowhere else
        assertThat(matcher.match("more than half the days honestly", FREQUENCY)).contains("2");
    }
}
