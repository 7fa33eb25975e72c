package org.mosaicintake.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How much an answer about a BASIC I.D. domain says it matters, where the words say it plainly. */
class DomainCuesTest {

    @Test
    void words_that_say_how_much_give_the_rating_the_client_would_otherwise_be_asked_for() {
        assertThat(DomainCues.degree("Honestly it's the main thing, it takes over my whole day")).hasValue(3);
        assertThat(DomainCues.degree("I lie awake every night going over it")).hasValue(2);
        assertThat(DomainCues.degree("My neck is tense all the time")).hasValue(2);
        assertThat(DomainCues.degree("I keep replaying the argument")).hasValue(2);
        assertThat(DomainCues.degree("Me duelen los hombros todos los dias")).hasValue(2);
        assertThat(DomainCues.degree("I get the odd headache now and then")).hasValue(1);
        assertThat(DomainCues.degree("Maybe I'm eating slightly more junk")).hasValue(1);
        assertThat(DomainCues.degree("A veces me cuesta dormir")).hasValue(1);
    }

    @Test
    void words_that_do_not_say_or_say_both_or_deny_a_degree_leave_the_rating_to_the_client() {
        assertThat(DomainCues.degree("My partner and I argue about money")).isEqualTo(OptionalInt.empty());
        assertThat(DomainCues.degree("I don't sleep a lot")).isEqualTo(OptionalInt.empty());
        assertThat(DomainCues.degree("Not all the time, but it's there")).isEqualTo(OptionalInt.empty());
        assertThat(DomainCues.degree("Sometimes a little, sometimes a lot")).isEqualTo(OptionalInt.empty());
        assertThat(DomainCues.degree("no, not really")).isEqualTo(OptionalInt.empty());
        assertThat(DomainCues.degree("")).isEqualTo(OptionalInt.empty());
    }
}
