package org.mosaicintake.dialogue;

import java.util.Optional;

/**
 * An optional voice for free-text answers: a short empathic reflection (one or two sentences, no
 * advice, no diagnosis, no question). The dialogue asks for one only when the clinic's consent text
 * covers it, only after risk detection found nothing in the answer, and never during the risk
 * screen. Empty means "use the deterministic text": implementations return empty on any error,
 * time-out or unsafe reply, and should not throw (the dialogue treats a throw as empty too).
 * Thread-safe.
 */
@FunctionalInterface
public interface Reflector {

    /** No reflections: the deterministic script alone. */
    Reflector NONE = (stepId, text, locale) -> Optional.empty();

    /**
     * @param stepId the text question answered, e.g. {@code story} or {@code basicid.affect}
     * @param text   the client's words, already read for risk
     * @param locale the intake's locale, e.g. {@code en}
     */
    Optional<String> reflect(String stepId, String text, String locale);
}
