package org.mosaicintake.risk;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule-based risk detector: normalised text (case, accents, punctuation, common abbreviations and
 * misspellings) against patterns per category, with idioms ("this commute is killing me") removed
 * first. Deliberately wide: a false alarm costs the client a few questions, a miss can cost a life.
 * Thread-safe.
 */
public final class PhraseRiskDetector implements RiskDetector {

    private record Rule(RiskCategory category, Pattern pattern) {
    }

    /** Everyday idioms that mention death or killing without meaning harm; removed before matching. */
    private static final List<Pattern> IDIOMS = List.of(
            Pattern.compile("\\b(?:it|this|that|work|the \\w+|my \\w+|they|he|she|you) (?:is|are|was|were|s) (?:literally )?killing me\\b"),
            Pattern.compile("\\bkilling (?:it|time)\\b"), Pattern.compile("\\bkill(?:ed)? (?:it|time|the mood|two birds)\\b"),
            Pattern.compile("\\bdying (?:to|for) \\w+"), Pattern.compile("\\b(?:i'?m|i am) dying of (?:laughter|boredom|embarrassment)\\b"),
            Pattern.compile("\\bdead (?:tired|on|end|line|lines)\\b"), Pattern.compile("\\bdeadlines?\\b"),
            Pattern.compile("\\b(?:laughed|bored|scared) to death\\b"), Pattern.compile("\\bcould murder an? \\w+"),
            Pattern.compile("\\bover my dead body\\b"), Pattern.compile("\\bkills? me when\\b"),
            Pattern.compile("\\b(?:strangle|murder|kill|shoot|smash) (?:my|the|this) (?:printer|computer|laptop|phone|alarm|tv|router|car)\\b"),
            Pattern.compile("\\b(?:hurt|injured|pulled|twisted|sprained|broke) my (?:back|knee|knees|ankle|shoulder|neck|foot|hip|leg|arm|wrist) (?=lifting|playing|running|at|on|in|when|while|doing|during)"));

    private static final List<Rule> RULES = List.of(
            rule(RiskCategory.PLAN_MEANS, "\\b(?:saving|saved|stockpil\\w*|hoard\\w*) (?:up )?(?:my |some |the )?(?:pills|tablets|meds|medication)"),
            rule(RiskCategory.PLAN_MEANS, "\\bhow many (?:pills|tablets)\\b.*\\b(?:take|kill|die|enough)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:goodbye|suicide) (?:letter|note)s?\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:bought|got|have|found) (?:a |the )?(?:rope|noose|gun)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:bridge|building|cliff|roof)\\b.*\\b(?:jump|jumping)\\b|\\bjump (?:off|from|in front)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bgiv(?:e|ing) (?:away )?(?:all )?my (?:things|stuff|belongings)(?: away)?\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:plan|planned|planning|decided|going|gonna|ready) (?:to|on) (?:kill|end|take) (?:myself|my (?:own )?life|my life)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bwhen i (?:kill|end) (?:myself|it)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning) (?:my ?self|myself)\\b"),
            rule(RiskCategory.EXPLICIT, "\\bkms\\b|\\bkys\\b|\\bunalive\\b|\\bsuicid\\w*|\\bsuicdal\\b|\\bsucidal\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:end|ending|take|taking|took) (?:my (?:own )?life|it all)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:want|wanted|wanting|wish|going|need) (?:to )?die\\b|\\bwant to be dead\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:don'?t|do not|dont) want to (?:be alive|live|exist|be here|wake up)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:better off|be better) (?:without me|if i (?:was|were)(?:n'?t| not) (?:here|around|alive)|dead)\\b"),
            rule(RiskCategory.PASSIVE, "\\bwish(?:ed)? (?:i (?:was|were) dead|i (?:was|were)(?:n'?t| not) (?:here|alive|born)|i could (?:disappear|sleep forever)|i (?:would|could) (?:not|never) wake up)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\\b|\\bnever wake up\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\\b.{0,20}\\b(?:won't|will not|wont|don't|do not|never|not) wake up\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:no|what'?s the|what is the|don'?t see the|cannot see the|can'?t see the) (?:point|reason) (?:in |of |to )?(?:living|life|going on|carrying on|being alive|anymore|any more)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:easier|better) if i (?:just )?(?:was|were)(?:n'?t| not) (?:here|around|alive)\\b|\\bdisappear (?:forever|for good)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:wouldn'?t|would not) (?:mind|care) if (?:a car hit me|i died|i didn'?t wake up|i was gone)\\b|\\bhit by a (?:car|bus|train)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:can'?t|cannot|can not) (?:go on|do this anymore|take it anymore|cope anymore|keep going)\\b|\\bno way out\\b|\\bbetter off dead\\b"),
            rule(RiskCategory.PASSIVE, "\\btired of (?:living|life|being alive)\\b|\\bno reason to live\\b|\\bnot worth living\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:cut|cutting|cuts|burn|burning|burnt|scratch\\w*|hurt\\w*|harm\\w*|punch\\w*|hit\\w*|starv\\w*) (?:my ?self|myself|my (?:arms?|legs?|wrists?|skin|body))\\b"),
            rule(RiskCategory.SELF_HARM, "\\bself[- ]?harm\\w*|\\bself[- ]?injur\\w*|\\boverdos\\w*|\\btook (?:more|too many) (?:pills|tablets)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:hurt|hurting|kill|killing|harm|harming|stab|stabbing|strangl\\w*|shoot|shooting) (?:my |the |a |someone|somebody|him|her|them|people|others|my baby|my child|my partner|my wife|my husband)\\w*"),
            rule(RiskCategory.DANGER, "\\b(?:hits|hit|beats|beat|chokes|choked|kicks|kicked|threatens|threatened|hurts|rapes|raped|abuses|abused) me\\b"),
            rule(RiskCategory.DANGER, "\\b(?:not safe|unsafe|afraid|scared) (?:at|in my) home\\b|\\bdomestic (?:violence|abuse)\\b|\\b(?:he|she|they) (?:will|would|could|might) kill me\\b"),
            // threats from someone: "threatens to kill me", "said he would hurt me if I told anyone"
            rule(RiskCategory.DANGER, "\\bthreat\\w* (?:to )?(?:kill|hurt|harm|beat|hit) me\\b|\\b(?:said|says|told me|swore) (?:that )?(?:he|she|they|he'd|she'd|they'd)(?: would| will| is going to| was going to| 'd)? (?:kill|hurt|harm|beat|hit) me\\b"),
            // perceived burdensomeness and farewell: indirect warning signs
            rule(RiskCategory.PASSIVE, "\\b(?:i'm|i am|i feel like|feel like|i've become|i have become) (?:such |just |only )?a (?:burden|waste of space)\\b|\\bburden (?:to|on) (?:everyone|everybody|my family|them|you all)\\b"),
            rule(RiskCategory.INDIRECT, "\\bmade (?:my )?peace\\b|\\bready to go\\b(?! (?:to|out|home|back|shopping|for|on|in|there|again))|\\b(?:this is|saying) (?:my )?goodbye\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:won't|will not|wont) be (?:around|here)(?: (?:much longer|for long|anymore|any more|soon))?\\b(?! (?:next|tomorrow|this|on|at|for the|until|today|tonight|later))|\\bsoon (?:it|nothing) (?:won't|will not|wont) matter\\b|\\b(?:it|nothing) (?:won't|will not|wont) matter (?:soon|anymore|any more|much longer)\\b"),
            // indirect warning signs: the future without them, preparations, farewells
            rule(RiskCategory.INDIRECT, "\\b(?:when|after|once) i'?m (?:gone|not (?:here|around)|dead)\\b|\\bmy last (?:week|day|night|weekend|month)\\b|\\b(?:updated|wrote|written|made|changed|sorted) (?:out )?my will\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:taking up|waste of) (?:space|oxygen|air)\\b|\\b(?:no|stopped seeing a|not see a|can'?t see a|cannot see a|don'?t see a|don'?t have a) future\\b|\\b(?:none of (?:this|it)|nothing) (?:will|won'?t|wont) matter\\b"),
            rule(RiskCategory.INDIRECT, "\\bdone fighting\\b|\\bfinished with (?:everything|it all|life|living)\\b|\\ba way out\\b|\\blook like an accident\\b|\\b(?:affairs|things) in order\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:won'?t|will not|wont) (?:need|be needing) (?:therapy|help|this|anything|you|them)\\b.{0,20}\\b(?:after|by|from)\\b|\\b(?:won'?t|will not|don'?t plan on|do not plan on|not planning on) (?:be|being) (?:here|around|alive)\\b(?! (?:next|tomorrow|this|on|at|for the|until|today|tonight|later|because|in the))"),
            // plans and means, said without the word suicide
            rule(RiskCategory.PLAN_MEANS, "\\benough (?:pills|tablets|meds|medication|paracetamol|painkillers|insulin)\\b|\\blethal (?:dose|doses|amount)\\b|\\bnoose\\b|\\b(?:collect|saving|stockpil|hoard|stash)\\w* (?:up )?(?:my |some )?(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills|antidepressants|insulin)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:worked out|figured out|know|planned) (?:exactly )?how (?:i'?d|i would|i will|i'?ll|i'?m going to|to) do it\\b|\\bchosen a (?:date|day|time)\\b(?! for (?:the|our|my) (?:wedding|party|move|trip|holiday))"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:drive|crash|steer) (?:my )?(?:car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|lorry|truck)\\b|\\bcar running in the garage\\b|\\b(?:roof|bridge|balcony|window|cliff|building)\\b.{0,40}\\bhigh enough\\b"),
            // self-harm without the word
            rule(RiskCategory.SELF_HARM, "\\buntil (?:it|they|i|my \\w+) (?:bleeds?|bled|bruises?|bruised)\\b|\\b(?:bite|biting|bit) myself\\b|\\bpunish myself (?:physically|with pain)\\b|\\b(?:urge|urges) to (?:cut|burn|hurt|harm)\\b"),
            // harm to others without the usual verbs
            rule(RiskCategory.HARM_OTHERS, "\\brun (?:him|her|them|my \\w+) (?:over|down)\\b|\\bshake (?:the|my) (?:baby|child|son|daughter)\\b|\\bmake (?:him|her|them) suffer\\b|\\b(?:want|wanting|wanted) (?:him|her|them) dead\\b"),
            // danger: sexual abuse, stalking, confinement
            rule(RiskCategory.DANGER, "\\b(?:touches|touched|grabs|grabbed|follows|followed|stalks|stalked|locks|locked) me\\b|\\bkeeps? (?:following|stalking|watching) me\\b|\\braped\\b|\\brape\\b|\\bsexually (?:assaulted|abused)\\b|\\bwon'?t let me (?:leave|go out|see)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:hope|hoping|wish|wishing) (?:that )?i (?:get|got|have|had) (?:into )?(?:an accident|hit|sick and die)\\b|\\b(?:god|he|death) (?:would |will )?takes? me\\b"),
            // harm to others: conditional and veiled threats, urges, and harm to a child in one's care
            rule(RiskCategory.HARM_OTHERS, "\\b(?:i'?ll|i will|i'?m going to|i am going to|i'?d|i would|i could|i want to|i wanna|i swear i'?ll|gonna) (?:\\w+ )?(?:kill|hurt|stab|strangle|shoot|batter|beat|punch|smash|deck|knock out|attack|hit|slap|choke|run over) (?:\\w+ )?(?:him|her|them|his (?:face|head|neck)|her (?:face|head|neck)|that (?:guy|man|woman|bitch|bastard|idiot|prick|kid|cow|twat)|(?:my|the|our) (?:boss|husband|wife|partner|ex|neighbou?rs?|dad|mum|mom|father|mother|brother|sister|son|daughter|baby|kids?|child|children|manager|colleague|coworker|co worker|flatmate|roommate|landlord|teacher|stepdad|stepmum|stepmom|boyfriend|girlfriend|supervisor)|someone|somebody|everyone|people)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:beat|kick|knock) the (?:shit|crap|hell|living daylights) out of\\b|\\bmake (?:him|her|them) pay\\b|\\b(?:he'?ll|she'?ll|they'?ll|you'?ll) (?:regret it|be sorry)\\b|\\b(?:bring|take) a (?:gun|knife|weapon) to (?:work|school|the office)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:urges?|thoughts?|fantas\\w*|imagin\\w*|picture|dream) (?:of|about)? ?(?:hurting|killing|harming|stabbing|strangling|shooting|drowning|smothering|hitting|attacking) (?:my|the|a|him|her|them|someone|somebody|people|others)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:drown|smother|suffocate|shake|hit|throw|drop) (?:my |the )?(?:baby|newborn|son|daughter|kid|kids|child|children)\\b"));

    /**
     * Words that say a thought of harm is unwanted and alien ("it horrifies me", "I would never"): with
     * a harm-to-others match they make it an intrusive thought, checked gently, not a threat.
     */
    private static final Pattern ALIEN = Pattern.compile("\\b(?:horrif\\w*|terrif\\w*|disgust\\w*|ashamed|sick to my stomach|unwanted|intrusive|"
            + "would never|wouldn'?t ever|could never|never (?:would|want to|wanted to)|don'?t want to|do not want to|"
            + "pop\\w* (?:into|in) my (?:head|mind)|flash\\w* (?:into|in|through) my (?:head|mind)|out of nowhere|can'?t stop (?:the )?(?:thoughts?|thinking|images?)|"
            + "(?:scares?|scared|frighten\\w*|afraid|worried|terrified) (?:me|that i|i (?:might|will|could|would)|of myself)|what if i|"
            + "what kind of (?:mother|father|mum|mom|dad|parent|person)|i love (?:him|her|them|my baby|my son|my daughter) so much|ocd)\\b");

    private static Rule rule(RiskCategory category, String regex) {
        return new Rule(category, Pattern.compile(regex));
    }

    /**
     * Flagged with the category of the first matching rule, except that a stated plan or means (which
     * escalates at once), danger at home, self-harm and harm to others (whose questions are followed by
     * the ASQ, so that suicidal thinking said in the same words is still screened) go before any other:
     * "he hits me and hurt my arm" is about violence at home, "I cut myself but I don't want to die"
     * about self-harm. Thoughts of harming someone said to be unwanted and alien ("it horrifies me, I
     * would never") are unwanted intrusive thoughts, unless suicidal words come with them.
     */
    @Override
    public RiskSignal assess(String text) {
        String normal = withoutIdioms(text);
        java.util.List<RiskCategory> matched = RULES.stream().filter(rule -> rule.pattern().matcher(normal).find())
                .map(Rule::category).toList();
        if (matched.isEmpty()) {
            return RiskSignal.CLEAR;
        }
        for (RiskCategory first : List.of(RiskCategory.PLAN_MEANS, RiskCategory.DANGER, RiskCategory.SELF_HARM, RiskCategory.HARM_OTHERS)) {
            if (matched.contains(first)) {
                boolean suicidal = matched.stream().anyMatch(c -> c.pathway() == RiskPathway.SUICIDE);
                return RiskSignal.flagged(first == RiskCategory.HARM_OTHERS && !suicidal && ALIEN.matcher(normal).find()
                        ? RiskCategory.INTRUSIVE : first);
            }
        }
        return RiskSignal.flagged(matched.get(0));
    }

    /** The normalised text with everyday idioms ("this commute is killing me") taken out. */
    static String withoutIdioms(String text) {
        String normal = normalise(text);
        for (Pattern idiom : IDIOMS) {
            normal = idiom.matcher(normal).replaceAll(" ");
        }
        return normal.replaceAll("\\s+", " ").trim();
    }

    /** Lower case, no accents, apostrophes unified, punctuation to spaces, common slips corrected. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
        s = s.replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").trim();
        s = s.replaceAll("\\bim\\b", "i'm").replaceAll("\\bu\\b", "you").replaceAll("\\bwanna\\b", "want to")
                .replaceAll("\\bgonna\\b", "going to").replaceAll("\\bmyslef\\b|\\bmyelf\\b|\\bmysef\\b", "myself")
                .replaceAll("\\bmy self\\b", "myself").replaceAll("\\bdont\\b", "don't").replaceAll("\\bcant\\b", "can't");
        return s;
    }
}
