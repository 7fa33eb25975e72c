package org.mosaicintake.understanding;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.ProblemCode;

/**
 * Circumstances in the client's own words that change what a problem's plan holds (clinical reference,
 * section 12), read from cue words in English and Spanish: agoraphobic avoidance with panic (in-vivo
 * exposure belongs in the plan) and military or combat trauma with PTSD (trauma-focused CBT rather than
 * EMDR). Each is read only alongside the problem it qualifies. Stateless and thread-safe.
 *
 * <p>Hand-written patterns with unit tests, not a measured classifier: they add plan content that a
 * clinician reviews, never a risk decision.
 */
public final class CircumstanceCues {

    /**
     * Avoiding places for fear of panic or of not getting away (agoraphobic avoidance), in the client's
     * own words, English and Spanish: with panic, graded in-vivo exposure belongs in the plan.
     */
    private static final Pattern AVOIDANCE = Pattern.compile(String.join("|",
            "\\b(?:avoid|avoiding|avoided|stopped|stop|can'?t face|cannot face|too scared to|afraid to|scared to)\\b(?: \\w+){0,3} "
                    + "(?:going out|go out|leaving the house|leave the house|the (?:supermarket|shops?|bus|buses|train|trains|tube|underground|metro|"
                    + "cinema|mall|lift|motorway)|shops|supermarkets|crowds|crowded places|public transport|buses|trains|driving|queues|lifts)",
            "\\b(?:can'?t|cannot|don'?t|do not|won'?t) (?:go out|leave the house|go anywhere|go far|travel|drive)\\b(?: \\w+){0,2}"
                    + "(?: (?:alone|on my own|by myself|without))?",
            "\\bhousebound\\b|\\bagoraphobi\\w*",
            "\\b(?:no salgo|ya no salgo|no puedo salir|me cuesta salir|evito salir|dejado de salir)\\b",
            "\\b(?:evito|dejado de (?:ir|coger|tomar|usar)|no puedo (?:ir|coger|tomar|subir))\\b(?: \\w+){0,3} "
                    + "(?:el (?:metro|autobus|tren|supermercado|centro comercial|ascensor)|los (?:autobuses|trenes|centros comerciales)|"
                    + "las (?:aglomeraciones|tiendas|colas)|conducir|sitios con gente|lugares con gente)",
            "\\bagorafobi\\w*"));

    /**
     * Trauma from military service or combat, in the client's own words (English and Spanish); a war lived
     * through as a civilian is not it (NICE NG116's exception is for combat-related trauma).
     */
    private static final Pattern MILITARY = Pattern.compile(String.join("|",
            "\\b(?:army|navy|royal navy|air force|raf|marines|armed forces|the forces|military service)\\b",
            "\\b(?:soldiers?|veterans?|ex-forces|ex-military|combat|firefights?|ieds?|deployed|deployments?|"
                    + "tours? (?:in|of) (?:afghanistan|iraq|helmand|bosnia|duty|northern ireland))\\b",
            "\\b(?:en el ejercito|el ejercito|militar|soldado|veterano|combate|mision en (?:afganistan|irak|libano|mali|bosnia)|"
                    + "desplegado|legionario)\\b"));

    private static final Map<ClinicalFlag, ProblemCode> QUALIFIES = Map.of(
            ClinicalFlag.AGORAPHOBIC_AVOIDANCE, ProblemCode.PANIC, ClinicalFlag.MILITARY_TRAUMA, ProblemCode.PTSD);
    private static final Map<ClinicalFlag, Pattern> CUES = Map.of(
            ClinicalFlag.AGORAPHOBIC_AVOIDANCE, AVOIDANCE, ClinicalFlag.MILITARY_TRAUMA, MILITARY);

    private CircumstanceCues() {
    }

    /** The circumstances the words speak of, for the problems the client has. */
    public static Set<ClinicalFlag> in(String words, Set<ProblemCode> problems) {
        Set<ClinicalFlag> found = EnumSet.noneOf(ClinicalFlag.class);
        String text = PlainText.of(words);
        CUES.forEach((flag, cue) -> {
            if (problems.contains(QUALIFIES.get(flag)) && cue.matcher(text).find()) {
                found.add(flag);
            }
        });
        return found;
    }
}
