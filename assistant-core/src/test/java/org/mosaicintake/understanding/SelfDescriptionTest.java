package org.mosaicintake.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelfDescriptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"I'm a 34-year-old man and I can't switch off", "im a dad of two", "As a father I feel I'm failing",
            "I am a retired man living alone", "I'm 42M, married", "Soy un hombre de 40 años y no duermo", "Como padre me siento perdido",
            "I'm a single guy in my twenties"})
    void a_client_who_describes_himself_as_a_man_is_read_as_one(String words) {
        assertThat(SelfDescription.saysMale(words)).as(words).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm a single mum", "My husband is a man who never listens", "I'm a man's worst nightmare, my ex says",
            "My dad drinks too much", "Soy una mujer de 50 años", "I want to be a better father to my son one day, says my partner",
            "I feel like half the man I was", ""})
    void anything_else_is_not(String words) {
        assertThat(SelfDescription.saysMale(words)).as(words).isFalse();
    }

    @Test
    void nothing_said_is_not_read_at_all() {
        assertThat(SelfDescription.saysMale(null)).isFalse();
    }
}
