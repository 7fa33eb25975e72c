package org.mosaicintake.understanding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mosaicintake.api.BasicIdDomain;

/**
 * Which BASIC I.D. domains a client's words speak of, read deterministically from cue words (English
 * and Spanish) so that it works whether or not the embedding model is ready. A domain the words
 * mention with one cue is notable (salience 2: the client chose to bring it up); with three or more
 * different cues, central (3). A cue said only to deny it ("I don't drink") does not count.
 *
 * <p>Used with the model's reading ({@link TextUnderstanding}), never instead of the client: a domain
 * the story covers is not asked again, and the closing "here is what I heard" lets the client correct
 * it. Stateless and thread-safe.
 */
public final class DomainCues {

    private static final Map<BasicIdDomain, List<Pattern>> CUES = new EnumMap<>(BasicIdDomain.class);

    static {
        CUES.put(BasicIdDomain.BEHAVIOR, patterns(
                "\\b(?:stopp?(?:ed|ing)|gave up|given up|quit) (?:going|doing|seeing|leaving|working|exercising|cooking|eating|answering|opening)\\b",
                "\\b(?:avoid\\w*|procrastinat\\w*|put(?:ting)? things off)\\b",
                "\\b(?:can'?t|cannot|couldn'?t|struggle to|struggling to) (?:get out of bed|get up|leave the house|go out|face|do anything|get anything done|go to work)\\b",
                "\\b(?:stay(?:ing)?|stayed|lie|lying) in bed\\b|\\bcall(?:ed|ing)? in sick\\b|\\bmissed (?:work|classes|lectures|shifts)\\b",
                "\\b(?:keep|kept) (?:checking|washing|cleaning|eating|drinking|snapping|shouting)\\b|\\bbinge\\w*\\b|\\bhabits?\\b",
                "\\bwithdraw(?:n|ing)?\\b|\\bisolating\\b|\\bhid(?:e|ing) (?:away|in my room)\\b",
                "\\b(?:deje|dejo|he dejado) de (?:salir|ir|hacer|ver|trabajar|cocinar)\\b|\\bevito\\b|\\bevitar\\b|\\bno salgo\\b|\\bno (?:me )?puedo levantar\\b|\\bme quedo en (?:la )?cama\\b|\\bno hago nada\\b"));
        CUES.put(BasicIdDomain.AFFECT, patterns(
                "\\b(?:sad|sadness|low|down|depressed|miserable|unhappy|hopeless|empty|numb|flat)\\b",
                "\\b(?:anxious|anxiety|worried|worry|worrying|nervous|scared|afraid|frightened|fear|panic\\w*|on edge|dread)\\b",
                "\\b(?:angry|anger|furious|irritable|rage|frustrated|resentful)\\b",
                "\\b(?:guilt|guilty|ashamed|shame|embarrassed|lonely|overwhelmed|stressed|heartbroken|grief|grieving|crying|cry|tearful|upset)\\b",
                "\\b(?:triste|tristeza|deprimid[oa]|ansios[oa]|ansiedad|miedo|angustia|enfadad[oa]|rabia|culpa|verguenza|sol[oa]|soledad|agobiad[oa]|llorando|lloro|vaci[oa]|desesperad[oa]|preocupad[oa]|nervios[oa]|estresad[oa])\\b"));
        CUES.put(BasicIdDomain.SENSATION, patterns(
                "\\b(?:heart (?:races|racing|pounding|pounds)|racing heart|palpitations?|chest (?:pain|tight\\w*)|tight chest)\\b",
                "\\b(?:tension|tense|headaches?|migraines?|stomach(?:aches?| pains?| problems)?|nause\\w*|dizz\\w*|shaking|shaky|trembl\\w*|sweat\\w*|numbness|tingling)\\b",
                "\\b(?:pain|aches?|aching|sore|exhausted|exhaustion|fatigue|tired all the time|no energy|drained)\\b",
                "\\b(?:can'?t breathe|short of breath|breathless\\w*|hyperventilat\\w*|lump in my throat)\\b",
                "\\b(?:dolor(?:es)?|tension|cansad[oa]|agotad[oa]|mareos?|palpitaciones|taquicardia|no puedo respirar|me tiembla|temblores|nauseas|presion en el pecho)\\b"));
        CUES.put(BasicIdDomain.IMAGERY, patterns(
                "\\b(?:nightmares?|bad dreams?|flashbacks?|dreams? about)\\b",
                "\\b(?:images?|pictures?|memories|memory) (?:of|that|keep|kept|come|coming|pop|popping|in my head)\\b",
                "\\b(?:keep|kept) (?:seeing|picturing|reliving|imagining)\\b|\\brelive\\w*\\b|\\bsee (?:his|her|their|the) face\\b",
                "\\b(?:picture|imagine|see) (?:myself|my future|the future)\\b|\\bno future\\b",
                "\\b(?:pesadillas?|recuerdos?|imagenes|revivo|reviviendo|me imagino|sueno con|no veo futuro)\\b"));
        CUES.put(BasicIdDomain.COGNITION, patterns(
                "\\b(?:i'?m|i am|i feel) (?:useless|worthless|a failure|stupid|not good enough|a burden|weak|pathetic|broken)\\b",
                "\\b(?:overthink\\w*|ruminat\\w*|racing thoughts|can'?t stop thinking|keep thinking|going over|go over|second.guess\\w*)\\b",
                "\\b(?:thoughts?|believe|beliefs?|convinced|blame myself|self.critical|critic\\w* of myself|what if)\\b",
                "\\b(?:can'?t (?:concentrate|focus|think straight)|mind (?:races|racing|won'?t stop|goes blank))\\b",
                "\\b(?:pienso|pensamientos?|no paro de pensar|le doy vueltas|dar vueltas|me culpo|soy (?:un|una) (?:fracaso|inutil|carga)|no valgo|no puedo concentrarme)\\b"));
        CUES.put(BasicIdDomain.INTERPERSONAL, patterns(
                "\\b(?:relationships?|marriage|divorce\\w*|separat\\w*|break.?up|broke up|split up|dumped|cheat\\w*|affair)\\b",
                "\\b(?:argu\\w*|fights?|fighting|row(?:s|ing)?|conflict|falling out|fell out|bullied|bullying)\\b",
                "\\b(?:my|our) (?:partner|wife|husband|boyfriend|girlfriend|ex|mum|mom|mother|dad|father|parents|kids|children|son|daughter|family|friends?|boss|manager|colleagues?|coworkers?|flatmates?|sister|brother)\\b",
                "\\b(?:lonely|loneliness|isolated|alone|no friends|on my own|people|social)\\b",
                "\\b(?:mi (?:pareja|marido|esposo|mujer|esposa|novi[oa]|madre|padre|jef[ea]|familia|herman[oa]|hij[oa]|ex)|mis (?:padres|hijos|amigos|companeros)|divorcio|separacion|discusiones|discutimos|peleas|ruptura|me dejo)\\b"));
        CUES.put(BasicIdDomain.DRUGS_BIOLOGY, patterns(
                "\\b(?:sleep\\w*|insomnia|awake at night|can'?t sleep|wake up (?:at|early|in the night))\\b",
                "\\b(?:drink\\w*|alcohol|beer|wine|vodka|drunk|hungover|weed|cannabis|smok\\w*|vap\\w*|cocaine|pills|drugs?|medication|meds|antidepressants?|sertraline|fluoxetine|citalopram)\\b",
                "\\b(?:appetite|eating|weight|diet|exercise|diagnos\\w*|illness|chronic|pregnan\\w*|menopause|hormon\\w*|doctor|gp|hospital)\\b",
                "\\b(?:dormir|duermo|insomnio|sueno|bebo|beber|alcohol|porros|fumo|pastillas|medicacion|medicamentos|antidepresivos|apetito|como (?:mucho|poco)|peso|enfermedad|medico|embarazada|hormonas)\\b"));
    }

    private DomainCues() {
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    /** Salience 2 or 3 for each domain the words speak of; domains not spoken of are absent. */
    public static Map<BasicIdDomain, Integer> salience(String words) {
        String text = PlainText.of(words);
        Map<BasicIdDomain, Integer> found = new EnumMap<>(BasicIdDomain.class);
        if (text.isEmpty()) {
            return found;
        }
        CUES.forEach((domain, patterns) -> {
            int cues = 0;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (!negated(text, m.start())) {
                        cues++;
                        break;
                    }
                }
            }
            if (cues > 0) {
                found.put(domain, cues >= 3 ? 3 : 2);
            }
        });
        return found;
    }

    /** Whether an answer to a question says there is nothing to tell ("no", "not really", "nada"). */
    public static boolean saysNothing(String words) {
        String text = PlainText.of(words);
        return text.isEmpty() || text.matches("(?:no|nope|nah|none|nothing|not really|not much|not at all|no not really|n a|na|all good|i'?m fine|im fine|fine"
                + "|nothing (?:really|much|comes to mind|to add|in particular)|no nothing|not that i know of|not that i can think of|i don'?t think so|dont think so"
                + "|nada|no nada|ninguno|ninguna|no mucho|la verdad que no|creo que no|no realmente|todo bien|estoy bien)(?: (?:thanks|thank you|really|gracias))?");
    }

    /** Therapy, counselling or a named approach, in English or Spanish. */
    private static final Pattern THERAPY = Pattern.compile("\\b(?:therap\\w*|counsell?\\w*|psycholog\\w*|psychiatr\\w*|psychotherap\\w*|cbt|emdr|dbt|act"
            + "|mindfulness|psychodynamic|psychoanaly\\w*|analyst|talking (?:therapy|therapies|treatment)|iapt|terapia\\w*|terapeuta\\w*|psicolog\\w*"
            + "|psiquiatr\\w*|consejer\\w*)\\b");

    /**
     * Whether the client's words speak of therapy, counselling or a named approach ("I tried CBT before",
     * "my last counsellor"): only then does the intake ask which way of working they would rather not
     * use, a question that names approaches a client who has never had therapy cannot weigh.
     */
    public static boolean speaksOfTherapy(String words) {
        return THERAPY.matcher(PlainText.of(words)).find();
    }

    /** Words that say a domain is central for the client: the rating scale's own top. */
    private static final Pattern CENTRAL = Pattern.compile("\\b(?:(?:the|my) (?:main|biggest) (?:thing|problem|issue|part)|central|it'?s everything"
            + "|takes? over (?:my|everything)|all i (?:can )?think about|consumes? me|dominates?|lo principal|lo que mas me afecta|es lo principal"
            + "|no pienso en otra cosa)\\b");
    /** Words that say it matters a lot: how often or how much, in the scale's words ("quite a lot") or the client's. */
    private static final Pattern A_LOT = Pattern.compile("\\b(?:(?:quite )?a lot|lots|so much|really bad(?:ly)?|constant(?:ly)?|all the time|all day|every (?:single )?(?:day|night|morning|evening)"
            + "|most (?:days|nights|of the time|mornings|evenings)|mostly|always|non ?stop|24 ?7|can'?t stop|won'?t stop|never stops|terrible|terribly|awful|unbearable"
            + "|(?:keep|kept) (?:on )?\\w+ing|mucho|muchisimo|todo el (?:tiempo|dia)|todos los dias|todas las noches|siempre|constantemente|cada (?:dia|noche)|no paro de|fatal|horrible)\\b");
    /** Words that say it matters a little. */
    private static final Pattern A_LITTLE = Pattern.compile("\\b(?:a (?:little )?bit|a little|sometimes|occasionally|now and (?:then|again)|from time to time|slight(?:ly)?|mild(?:ly)?"
            + "|not (?:too|that|so) (?:bad|much)|once in a while|un poco|a veces|de vez en cuando|un poquito)\\b");
    private static final Pattern NOT_BEFORE = Pattern.compile("(?:.*\\b)?(?:not|no|never|(?:do|does|did|is|are|was|were|ca|could|wo|would|have|has)n'?t)\\s+(?:\\w+\\s+)?$");

    /**
     * How much a client's answer about a domain says it affects them, where the words say it plainly
     * (clinical reference, section 2: salience from the client's rating and from what the free text
     * says): 3 for "it's the main thing", 2 for "a lot", "all the time", "every night", "I keep
     * checking", 1 for "a bit", "sometimes". Empty when the words do not say, say both, or deny a
     * degree ("not all the time"): then the client is asked to rate it.
     */
    public static java.util.OptionalInt degree(String words) {
        String text = PlainText.of(words);
        if (text.isEmpty() || saysNothing(words)) {
            return java.util.OptionalInt.empty();
        }
        boolean central = CENTRAL.matcher(text).find();
        boolean aLot = A_LOT.matcher(text).find();
        boolean aLittle = A_LITTLE.matcher(text).find();
        if (denied(CENTRAL, text) || denied(A_LOT, text) || denied(A_LITTLE, text) || aLittle && (aLot || central)) {
            return java.util.OptionalInt.empty();
        }
        return central ? java.util.OptionalInt.of(3) : aLot ? java.util.OptionalInt.of(2) : aLittle ? java.util.OptionalInt.of(1)
                : java.util.OptionalInt.empty();
    }

    private static boolean denied(Pattern degree, String text) {
        Matcher m = degree.matcher(text);
        while (m.find()) {
            if (NOT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I don't drink", "never had nightmares", "no tengo pesadillas": a cue said only to deny it. "Not"
     * is no denial here: "I'm not sleeping" speaks of sleep.
     */
    private static boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start);
        return before.matches(".*\\b(?:never|no|don'?t|do not|didn'?t|nunca|no tengo|sin)\\s+(?:\\w+\\s+){0,1}$");
    }

}
