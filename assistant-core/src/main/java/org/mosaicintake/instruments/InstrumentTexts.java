package org.mosaicintake.instruments;

import java.util.List;
import java.util.Objects;

/**
 * The words of the validated instruments the core asks in one language: the PHQ-9, the GAD-7 and
 * the ASQ, with their stems and answer options. Each language's text is the instrument's own
 * published version, never a translation of ours; an instrument without a published version in a
 * language is asked in English there (see {@link InstrumentItems}). Immutable and thread-safe.
 *
 * <p>Spanish sources: the PHQ-9 and GAD-7 "Spanish for the USA" versions of the PHQ Screeners
 * (Drs. Spitzer, Williams, Kroenke and colleagues, educational grant from Pfizer Inc.; "No se
 * requiere permiso para reproducir, traducir, presentar o distribuir"), and the Spanish version of
 * the NIMH Ask Suicide-Screening Questions (ASQ) toolkit (NIMH, 2017; public domain). See
 * docs/dialogue.md ("Languages") for how the text was obtained.
 *
 * @param language          the language tag ({@code en}, {@code es})
 * @param frequency         the PHQ-9 and GAD-7 answer options, scored 0 to 3
 * @param phq9Stem          the PHQ-9's stem, shown with every item
 * @param phq9              the PHQ-9's nine items
 * @param phq9Difficulty    the PHQ-9's difficulty question
 * @param difficultyOptions its four answers
 * @param gad7Stem          the GAD-7's stem, shown with every item
 * @param gad7              the GAD-7's seven items
 * @param asq               the ASQ's five questions
 * @param asqHowWhen        the follow-up to a past attempt (our words)
 * @param yes               the ASQ's "yes"
 * @param no                the ASQ's "no"
 */
public record InstrumentTexts(String language, List<String> frequency, String phq9Stem, List<String> phq9, String phq9Difficulty,
        List<String> difficultyOptions, String gad7Stem, List<String> gad7, List<String> asq, String asqHowWhen, String yes, String no) {

    public InstrumentTexts {
        Objects.requireNonNull(language, "language");
        frequency = List.copyOf(frequency);
        phq9 = List.copyOf(phq9);
        difficultyOptions = List.copyOf(difficultyOptions);
        gad7 = List.copyOf(gad7);
        asq = List.copyOf(asq);
        if (frequency.size() != 4 || phq9.size() != 9 || difficultyOptions.size() != 4 || gad7.size() != 7 || asq.size() != 5) {
            throw new IllegalArgumentException("an instrument's items are all there or it is not the instrument: " + language);
        }
    }

    public static final InstrumentTexts ENGLISH = new InstrumentTexts("en", InstrumentItems.FREQUENCY, InstrumentItems.PHQ9_STEM,
            InstrumentItems.PHQ9, InstrumentItems.PHQ9_DIFFICULTY, InstrumentItems.PHQ9_DIFFICULTY_OPTIONS, InstrumentItems.GAD7_STEM,
            InstrumentItems.GAD7, InstrumentItems.ASQ, InstrumentItems.ASQ_HOW_WHEN, "Yes", "No");

    /** The PHQ Screeners' Spanish (USA) PHQ-9 and GAD-7, and the NIMH's Spanish ASQ, verbatim. */
    public static final InstrumentTexts SPANISH = new InstrumentTexts("es",
            List.of("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"),
            "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
            List.of("Poco interés o placer en hacer cosas",
                    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
                    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
                    "Se ha sentido cansado(a) o con poca energía",
                    "Sin apetito o ha comido en exceso",
                    "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
                    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
                    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
                    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"),
            "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?",
            List.of("No ha sido difícil", "Un poco difícil", "Muy difícil", "Extremadamente difícil"),
            "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
            List.of("Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
                    "No ha sido capaz de parar o controlar su preocupación",
                    "Se ha preocupado demasiado por motivos diferentes",
                    "Ha tenido dificultad para relajarse",
                    "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
                    "Se ha molestado o irritado fácilmente",
                    "Ha tenido miedo de que algo terrible fuera a pasar"),
            List.of("En las últimas semanas, ¿ha deseado estar muerto?",
                    "En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?",
                    "En la última semana, ¿ha estado pensando en suicidarse?",
                    "¿Alguna vez ha intentado suicidarse?",
                    "¿Está pensando en suicidarse en este momento?"),
            "¿Cómo, y cuándo?", "Sí", "No");

    /** The texts of a language, English for one without published versions here. */
    public static InstrumentTexts of(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }
}
