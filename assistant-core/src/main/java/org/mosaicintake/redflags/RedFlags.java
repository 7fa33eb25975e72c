package org.mosaicintake.redflags;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mosaicintake.api.ClinicalFlag;

/**
 * Signs in the client's own words of what an intake must not miss (clinical reference, section 10):
 * psychosis, mania or a bipolar disorder, an eating disorder, substance dependence, and pregnancy or
 * the time after a birth. Read from every answer in the client's words, always, whatever a screen
 * said (screens miss people). English and Spanish. Stateless and thread-safe.
 */
public final class RedFlags {

    private static final Map<ClinicalFlag, List<Pattern>> SIGNS = new EnumMap<>(ClinicalFlag.class);

    static {
        SIGNS.put(ClinicalFlag.PSYCHOSIS, patterns(
                "\\b(?:hear|hearing|heard|hears) (?:a |the )?voices?\\b|\\bvoices? (?:in my head |that )?(?:tell|told|telling|talk|say|says|command)",
                "\\b(?:see|seeing|saw) (?:things|people|shapes|figures) (?:that )?(?:other people|others|no one|nobody) (?:can'?t|don'?t|cannot|do not)",
                "\\b(?:people|they|someone|neighbou?rs?|the government|my family) (?:are|is) (?:plotting|conspiring|watching|following|spying|poisoning|controlling)",
                "\\b(?:putting|put|inserting|stealing|taking|controlling|reading|broadcasting) (?:thoughts (?:into|in|from) my (?:head|mind)|my thoughts)\\b",
                "\\bcameras? (?:in|watching) (?:my|the) (?:house|flat|walls|home)\\b|\\bmessages? (?:for|to) me (?:on|from|in) the (?:tv|television|radio|news)\\b",
                "\\b(?:psychosis|psychotic|schizophreni\\w*|hallucinat\\w*|delusion\\w*|paranoid schizo\\w*)\\b",
                "\\boigo voces\\b|\\bescucho voces\\b|\\bvoces que me (?:dicen|hablan|mandan)\\b|\\bme (?:vigilan|espian|persiguen|controlan (?:la|el) (?:mente|pensamiento))\\b|\\bpsicosis\\b|\\besquizofreni\\w*|\\balucinacion\\w*"));
        SIGNS.put(ClinicalFlag.BIPOLAR, patterns(
                "\\bbipolar\\b|\\bmanic (?:depression|episode|phase|episodes)\\b|\\b(?:mania|hypomania|hypomanic)\\b|\\bi (?:was|get|go|become|am) manic\\b",
                "\\b(?:lithium|mood stabili[sz]ers?|lamotrigine|valproate|depakote|quetiapine for (?:my )?mood)\\b",
                "\\b(?:days|nights) (?:without|with no|with hardly any) sleep\\b.{0,60}\\b(?:energy|high|racing|spent|spending|invincible|euphoric|ideas)\\b",
                "\\b(?:don'?t|didn'?t) need (?:to )?sleep (?:for days|at all)\\b|\\bracing thoughts\\b.{0,60}\\b(?:spent|spending|no sleep|energy|high)\\b|\\bspent (?:all|thousands|my savings)\\b.{0,40}\\b(?:high|manic|couldn'?t stop|in a few days)\\b",
                "\\btrastorno bipolar\\b|\\bbipolar\\b|\\bmania\\b|\\bhipomania\\b|\\blitio\\b|\\bestabilizador(?:es)? del (?:animo|estado de animo)\\b|\\bdias sin dormir\\b"));
        SIGNS.put(ClinicalFlag.EATING_DISORDER, patterns(
                "\\b(?:anorexia|anorexic|bulimi\\w*|binge eating disorder|eating disorder|arfid)\\b",
                "\\b(?:make|made|making) myself (?:sick|throw up|vomit)\\b|\\bthrow(?:ing)? up after (?:eating|meals|i eat)\\b|\\bpurg\\w+\\b|\\blaxatives?\\b",
                "\\b(?:lost|losing) (?:\\w+ ){0,2}(?:stone|kilos|kg|pounds|lbs)\\b.{0,30}\\b(?:weeks?|months?|without trying|not eating)\\b",
                "\\b(?:not eaten|haven'?t eaten|stopped eating|barely eating|starv\\w+ myself|skip(?:ping)? (?:all )?meals)\\b.{0,40}\\b(?:days|weight|fat|thin|body)\\b|\\b(?:terrified|afraid|scared) of (?:gaining weight|getting fat|food)\\b",
                "\\banorexia\\b|\\bbulimia\\b|\\btrastorno (?:de la )?(?:conducta )?alimentari\\w*|\\bme (?:provoco|hago) (?:el )?vomit\\w*|\\blaxantes\\b|\\bdejado de comer\\b"));
        SIGNS.put(ClinicalFlag.SUBSTANCE_DEPENDENCE, patterns(
                "\\b(?:drink|drinking|a drink) (?:first thing )?in the morning\\b|\\bmorning drink\\w*\\b|\\b(?:the )?shakes\\b.{0,40}\\b(?:drink|morning|without)\\b",
                "\\bwithdrawals?\\b(?! from (?:friends|people|social|family))|\\b(?:can'?t|cannot) (?:stop|go a day without) (?:drinking|using|taking)\\b|\\baddicted to\\b|\\baddiction to\\b",
                "\\b(?:heroin|crack|cocaine|coke|meth|ketamine|mdma|spice|benzos?|opioids?|fentanyl)\\b.{0,40}\\b(?:every ?day|daily|most days|all the time|can'?t stop|need)\\b",
                "\\b(?:alcoholic|alcoholism|detox|rehab)\\b",
                "\\bbebo (?:por|en) la manana\\b|\\bno puedo dejar de (?:beber|consumir)\\b|\\bsindrome de abstinencia\\b|\\badicto\\b|\\badiccion\\b|\\balcoholic[oa]\\b"));
        SIGNS.put(ClinicalFlag.PERINATAL, patterns(
                "\\b(?:i'?m|i am|we'?re) (?:\\d+ (?:weeks|months) )?pregnant\\b|\\bmy pregnancy\\b|\\bexpecting (?:a baby|our first|my first)\\b",
                "\\b(?:my|our) (?:baby|newborn|new baby)\\b|\\bsince (?:the birth|i gave birth|my (?:son|daughter|baby) was born|the baby (?:was born|came|arrived))\\b|\\bgave birth\\b|\\bnew (?:mum|mom|mother|dad|father|parent)\\b",
                "\\b(?:postnatal|postpartum|post natal|post partum|perinatal|antenatal|maternity leave)\\b",
                "\\bembarazada\\b|\\bmi embarazo\\b|\\bmi bebe\\b|\\bdesde el parto\\b|\\bdi a luz\\b|\\bposparto\\b|\\bpuerperio\\b|\\bdesde que nacio\\b"));
    }

    private RedFlags() {
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    /** The red flags whose signs the words show. */
    public static java.util.Set<ClinicalFlag> in(String words) {
        String text = org.mosaicintake.understanding.PlainText.of(words);
        java.util.Set<ClinicalFlag> found = java.util.EnumSet.noneOf(ClinicalFlag.class);
        SIGNS.forEach((flag, patterns) -> {
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text);
                if (m.find() && !negated(text, m.start())) {
                    found.add(flag);
                    return;
                }
            }
        });
        return found;
    }

    /** Whether the words mention pregnancy or a recent birth (the perinatal question is asked only then). */
    public static boolean perinatal(String words) {
        return in(words).contains(ClinicalFlag.PERINATAL);
    }

    /** "I have never heard voices", "no he dejado de comer": a sign said only to deny it. */
    private static boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start);
        return before.matches(".*\\b(?:never|not|no|don'?t|do not|haven'?t|isn'?t|wasn'?t|nunca|no he|no)\\s+(?:\\w+\\s+){0,2}$");
    }

}
