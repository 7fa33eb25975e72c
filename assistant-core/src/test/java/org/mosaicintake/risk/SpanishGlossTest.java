package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanishGlossTest {

    private final SpanishGloss gloss = SpanishGloss.get();

    @Test
    void glosses_spanish_word_by_word_whatever_the_verb_form() {
        assertThat(gloss.gloss("no quiero seguir viviendo")).isEqualTo("not want keep going live");
        assertThat(gloss.gloss("ya no aguantaba mas")).isEqualTo("already not endure more");
        assertThat(gloss.gloss("guarde las pastillas")).contains("keep", "pill");
    }

    @Test
    void reads_a_pronoun_attached_to_a_verb_as_the_verb_and_the_pronoun() {
        assertThat(gloss.gloss("pienso en cortarme")).isEqualTo("think in cut myself");
        assertThat(gloss.gloss("quiero ahorcarme")).isEqualTo("want hang myself");
        assertThat(gloss.gloss("van a matarlo")).endsWith("kill it");
    }

    @Test
    void reads_future_forms_as_their_verb_and_does_not_trust_a_short_stem_alone() {
        assertThat(gloss.gloss("pronto descansare")).isEqualTo("soon rest");
        assertThat(gloss.gloss("las venas")).isEqualTo("the vein"); // not "venir" (come), whose stem is "ven" too
        assertThat(gloss.gloss("estaba matando el tiempo")).contains("kill");
    }

    @Test
    void lists_each_spanish_form_once_so_no_entry_is_silently_shadowed() throws java.io.IOException {
        try (java.io.InputStream in = SpanishGloss.class.getResourceAsStream("gloss-es.tsv")) {
            List<String> forms = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).flatMap(l -> java.util.Arrays.stream(l.split("\t")[0].trim().split(" +"))).toList();
            assertThat(forms).doesNotHaveDuplicates();
        }
    }

    @Test
    void keeps_words_it_does_not_know() {
        assertThat(gloss.gloss("me siento rara con el ornitorrinco")).isEqualTo("me feel strange with the ornitorrinco");
    }

    @Test
    void tells_spanish_from_english_by_their_commonest_words() {
        assertThat(SpanishGloss.spanish("ya no puedo mas con todo esto")).isTrue();
        assertThat(SpanishGloss.spanish("mi marido me pega cuando bebe")).isTrue();
        assertThat(SpanishGloss.spanish("i can't take this any more")).isFalse();
        assertThat(SpanishGloss.spanish("leave me alone")).isFalse();
    }

    @Test
    void tells_the_corpus_languages_apart_in_nearly_every_sentence() {
        for (String language : List.of("en", "es")) {
            List<String> texts = LabelledPhrases.corpus(language).stream().map(r -> PhraseRiskDetector.withoutIdioms(r.row().text()))
                    .filter(t -> t.split(" ").length >= 4).toList();
            long right = texts.stream().filter(t -> SpanishGloss.spanish(t) == language.equals("es")).count();
            assertThat((double) right / texts.size()).as(language + ", for example: "
                    + texts.stream().filter(t -> SpanishGloss.spanish(t) != language.equals("es")).limit(40).toList()).isGreaterThan(0.95);
        }
    }
}
