package org.mosaicintake.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.ClinicalFlag;

/** Red-flag signs read from the client's own words, in English and Spanish, denials left alone. */
class RedFlagsWordsTest {

    private static List<ClinicalFlag> flags(String words) {
        return List.copyOf(RedFlags.in(words));
    }

    @Test
    void signs_of_each_red_flag_are_read_from_words() {
        assertThat(flags("At night I hear voices that tell me I'm worthless")).containsExactly(ClinicalFlag.PSYCHOSIS);
        assertThat(flags("I'm sure my neighbours are watching me and they are plotting something")).containsExactly(ClinicalFlag.PSYCHOSIS);
        assertThat(flags("My neighbours are plotting against me")).containsExactly(ClinicalFlag.PSYCHOSIS);
        assertThat(flags("I have bipolar and my psychiatrist put me on lithium")).containsExactly(ClinicalFlag.BIPOLAR);
        assertThat(flags("I make myself sick after dinner most days")).containsExactly(ClinicalFlag.EATING_DISORDER);
        assertThat(flags("I need a drink in the morning or I get the shakes without it")).containsExactly(ClinicalFlag.SUBSTANCE_DEPENDENCE);
        assertThat(flags("I'm 20 weeks pregnant and anxious")).containsExactly(ClinicalFlag.PERINATAL);
        assertThat(flags("Oigo voces que me dicen cosas horribles")).containsExactly(ClinicalFlag.PSYCHOSIS);
        assertThat(flags("Desde el parto no duermo")).containsExactly(ClinicalFlag.PERINATAL);
    }

    @Test
    void denials_and_ordinary_words_raise_nothing() {
        assertThat(flags("I have never heard voices, I just worry a lot")).isEmpty();
        assertThat(flags("I'm not pregnant")).isEmpty();
        assertThat(flags("I withdrew from my friends after the break-up")).isEmpty();
        assertThat(flags("I enjoy a glass of wine at the weekend")).isEmpty();
    }
}
