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
            // validation batch 10 (2026-12-03): a trivial grievance, overdoses talked about at work, ending things with a partner
            Pattern.compile("\\b(?:kill|murder|strangle|throttle) (?:him|her|you|them|my \\w+|the \\w+) (?:for|if (?:he|she|they|you)) (?:\\w+ ){0,2}?(?:eating|eats?|ate|forgetting|forgets?|forgot|spoiling|spoils?|spoiled|being late|borrowing|taking my|leaving (?:the|his|her)|using my|losing my|breaking my|finishing|drinking my|telling (?:mum|mom|dad|everyone))\\b"),
            Pattern.compile("\\b(?:talk|talking|talked|teach|teaching|taught|discuss\\w*|dispens\\w*|handl\\w*|work\\w* with|deal\\w* with|see|seeing|treat\\w*) (?:about )?(?:a lot of |lots of |many |so many )?(?:overdos\\w*|overdose cases|self harm cases|suicide risk)\\b"),
            Pattern.compile("\\bend(?:ing)? things (?:with|between) (?:my|him|her|them|us|the)\\b|\\bend(?:ing)? it with (?:my|him|her|them)\\b"),
            // validation batch 9 (2026-12-03): goodbyes to habits, and a date picked for an event
            Pattern.compile("\\b(?:say|saying|said|bid|bidding) goodbye to (?:my |those |these |the |some |all (?:my |those |the )?)?(?:old|bad|unhealthy|toxic|negative|former|comfort)\\b|\\bgoodbye to (?:\\w+ )?(?:habits|ways|patterns|routines|summer|winter)\\b"),
            Pattern.compile("\\b(?:party|wedding|holiday|trip|move|birthday|celebration|surprise|launch|meeting|appointment|surgery|operation|exam|race|marathon|gig|concert|christening|reunion|barbecue|bbq|hen do|stag do|leaving do|venue|caterers?|invitations|guests|booked)\\b.{0,60}\\b(?:picked|chosen|set|chose|booked) (?:a|the) (?:date|day|time|venue|place)\\b"),
            Pattern.compile("\\bkilling myself laughing\\b|\\boverdos\\w* on (?:chocolate|sugar|coffee|caffeine|sun|netflix|tv|screen time|carbs)\\b|\\bgoing to die (?:if (?:this|the|i have to)|of (?:embarrassment|boredom|shame))\\b|\\bshoot(?:ing)? my shot\\b|\\b(?:be|is|was) the (?:end|death) of me\\b"),
            Pattern.compile("\\boverdose (?:protocols?|training|kits?|awareness|prevention|response|reversal|guidelines|calls)\\b"),
            Pattern.compile("\\b(?:kill|murder|strangle|throttle) (?:him|her|you|them|my \\w+|the \\w+)\\b(?= (?:if|for|when) (?:he|she|you|they|it)\\b.{0,30}\\b(?:late|forgets?|forgot|borrows?|borrowed|eats? my|ate my|knocks?|spoil\\w*|socks|dishes|washing up|mess\\w*|snor\\w*|tells? (?:anyone|you)|spoiler)\\b)|\\bbeat(?:ing)? myself up\\b|\\bcarry(?:ing)? (?:a )?(?:pepper spray|personal alarm|rape alarm)\\b|\\b(?:a |the )?(?:customer|client|patient|passenger|stranger|pupil|student|member of the public) (?:\\w+ )?threatened me\\b"),
            Pattern.compile("\\b(?:film|movie|book|show|series|episode|documentary|play|novel|song|game) (?:\\w+ ){0,3}?(?:had|has|with|about|featur\\w*|shows?|showed|depict\\w*) (?:a |an )?(?:suicide|self harm|overdose|murder|stabbing)\\b"),
            Pattern.compile("\\bkill (?:the|that|this|my) (?:\\w+ )?(?:habit|idea|vibe|conversation|bug|process|engine|lights?|buzz)\\b|\\bsuicide (?:prevention|awareness)\\b|\\b(?:covered|studying|learned|learning|training|course|lecture|module|volunteer\\w*) (?:\\w+ ){0,4}?(?:suicide|self harm\\w*)\\b"),
            Pattern.compile("\\b(?:my|the|our) (?:cat|dog|toddler|puppy|kitten|hamster|parrot|horse|baby|little one) (?:\\w+ ){0,2}?(?:bites|hits|scratches|kicks|scratched|bit|hit|kicked) me\\b"),
            Pattern.compile("\\bhurt (?:my|his|her|their) (?:\\w+'s )?feelings\\b|\\bhurt (?:my|his|her) \\w+ by \\w+ing\\b|\\b(?:hurt|injured|pulled|twisted|sprained|broke|cut|burned|burnt) my (?:back|knee|knees|ankle|shoulder|neck|foot|hip|leg|wrist|hand|finger|thumb|toe)\\b(?! (?:on purpose|deliberately|to (?:feel|punish|cope)))"),
            Pattern.compile("\\b(?:it|this|that|work|the \\w+|my \\w+|they|he|she|you) (?:is|are|was|were|s) (?:literally )?killing me\\b"),
            Pattern.compile("\\b(?:nearly |almost )?kill(?:ing|ed)? myself (?:laughing|trying to|to (?:get|finish|make|meet|keep)|working|studying|at (?:work|the gym))\\b|\\b(?:see|treat|deal with|attend\\w*|nurse|look after) (?:a lot of |lots of |many |so many )?(?:overdos\\w*|suicides|suicide attempts|self harm|stabbings)(?: (?:and|or) (?:overdos\\w*|suicides|suicide attempts|self harm|stabbings))?\\b"),
            Pattern.compile("\\bkilling (?:it|time)\\b|\\bkilling my (?:soul|spirit|motivation|vibe|buzz|mood|brain|brain cells|back|feet|knees|ears|eyes)\\b"),
            // someone else's death by suicide, told as grief or history: the client is alive and telling it
            Pattern.compile("(?<!nearly |almost )\\b(?:died|dying|death|deaths|lost (?:\\w+ ){0,3}?)(?: by| to| from) suicide\\b|\\b(?:committed|completed) suicide\\b"), Pattern.compile("\\bkill(?:ed)? (?:it|time|the mood|two birds)\\b"),
            Pattern.compile("\\bdying (?:to|for) \\w+"), Pattern.compile("\\b(?:i'?m|i am) dying of (?:laughter|boredom|embarrassment)\\b"),
            Pattern.compile("\\bdead (?:tired|on|end|line|lines)\\b"), Pattern.compile("\\bdeadlines?\\b"),
            Pattern.compile("\\b(?:laughed|bored|scared) to death\\b"), Pattern.compile("\\bcould murder an? \\w+"),
            Pattern.compile("\\bover my dead body\\b"), Pattern.compile("\\bkills? me when\\b"),
            Pattern.compile("\\b(?:strangle|murder|kill|shoot|smash) (?:my|the|this) (?:printer|computer|laptop|phone|alarm|tv|router|car)\\b"),
            Pattern.compile("\\b(?:hurt|injured|pulled|twisted|sprained|broke) my (?:back|knee|knees|ankle|shoulder|neck|foot|hip|leg|arm|wrist) (?=lifting|playing|running|at|on|in|when|while|doing|during)"));

    private static final List<Rule> RULES = List.of(
            rule(RiskCategory.PLAN_MEANS, "\\b(?:saving|saved|stockpil\\w*|hoard\\w*) (?:up )?(?:my |some |the )?(?:pills|tablets|meds|medication)(?!.{0,40}\\b(?:trip|holiday|abroad|travel\\w*|supply|while i'?m away)\\b)"),
            rule(RiskCategory.PLAN_MEANS, "\\bhow many (?:pills|tablets)\\b.*\\b(?:take|kill|die|enough)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:goodbye|suicide) (?:letter|note)s?\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:bought|got|have|found) (?:a |the )?(?:rope|noose|gun)\\b(?! (?:ladder|licen[cs]e|club|for (?:the |my )?(?:tent|kids|garden|boat|swing|farm|foxes|vermin|work|hunting|shooting|climbing|climbing wall|washing|washing line|dog|camping|skipping|gym)))(?!.{0,40}\\blocked (?:away|up|in)\\b)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:bridge|building|cliff|roof)\\b.*\\b(?:jump|jumping)\\b|\\bjump (?:off|from|in front)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bgiv(?:e|ing) (?:away )?(?:all )?my (?:things|stuff|belongings)(?: away)?\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:plan|planned|planning|decided|going|gonna|ready) (?:to|on) (?:kill|end|take) (?:myself|my (?:own )?life|my life)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bwhen i (?:kill|end) (?:myself|it)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning) (?:my ?self|myself)\\b"),
            rule(RiskCategory.EXPLICIT, "\\bkms\\b|\\bkys\\b|\\bunalive\\b|\\bsuicid\\w*|\\bsuicdal\\b|\\bsucidal\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:end|ending|take|taking|took) (?:my (?:own )?life|it all)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:want|wanted|wanting|wish|going|need) (?:to )?die\\b|\\bwant to be dead\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:don'?t|do not|dont) want to (?:be alive|exist|live\\b(?! (?:in|with|at|near|on|like this in|anymore in|any more in|there|here in))|be here\\b(?! (?:at|for|in) (?:this|the|my|another))|wake up\\b(?! (?:early|so early|before|at \\d)))|\\bnot wanting to (?:wake up|be alive|live|be here|exist)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:better off|be better) (?:without me|if i (?:was|were)(?:n'?t| not) (?:here|around|alive)|dead)\\b"),
            rule(RiskCategory.PASSIVE, "\\bwish(?:ed)? (?:i (?:was|were) dead|i (?:was|were)(?:n'?t| not) (?:here|alive|born)|i could (?:disappear\\b(?! (?:when|in|at|during|from|for a|into|under))|sleep forever)|i (?:would|could) (?:not|never) wake up)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\\b|\\bnever wake up\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\\b.{0,20}\\b(?:won't|will not|wont|don't|do not|never|not) wake up\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:no|what'?s the|what is the|don'?t see the|cannot see the|can'?t see the) (?:point|reason) (?:in |of |to )?(?:living|life|going on|carrying on|being alive|anymore|any more)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:easier|better) if i (?:just )?(?:was|were)(?:n'?t| not) (?:here|around|alive)\\b|\\bdisappear (?:forever|for good)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:wouldn'?t|would not) (?:mind|care) if (?:a car hit me|i died|i didn'?t wake up|i was gone)\\b|\\bhit by a (?:car|bus|train)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:can'?t|cannot|can not) (?:go on|do this anymore|take it anymore|cope anymore|keep going)\\b(?! (?:dates?|holiday|a |the |trips?|stage|with|at|in this))|\\bno way out\\b|\\bbetter off dead\\b"),
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
            rule(RiskCategory.INDIRECT, "\\bmade (?:my )?peace\\b(?! with (?:my|the|him|her|them|our))|\\bready to go\\b(?! (?:to|out|home|back|shopping|for|on|in|there|again))|\\b(?:this is|saying) (?:my )?goodbye\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:won't|will not|wont) be (?:around|here)(?: (?:much longer|for long|anymore|any more|soon))?\\b(?! (?:next|tomorrow|this|on|at|for the|until|today|tonight|later|i'm moving|we're moving|i'm going|i'm leaving|i am moving|because))|\\bsoon (?:it|nothing) (?:won't|will not|wont) matter\\b|\\b(?:it|nothing) (?:won't|will not|wont) matter (?:soon|anymore|any more|much longer)\\b"),
            // indirect warning signs: the future without them, preparations, farewells
            rule(RiskCategory.INDIRECT, "\\b(?:when|after|once) i'?m (?:gone|not (?:here|around)|dead)\\b(?! (?:for|on|to|away|abroad|travelling|in))|\\bmy last (?:week|day|night|weekend|month)\\b(?! (?:at|of|in|before|off) )|\\b(?:updated|wrote|written|made|changed|sorted) (?:out )?my will\\b(?! (?:since|because|after|when|as) (?:the baby|we|my|our|i got|the kids|it))"),
            rule(RiskCategory.INDIRECT, "\\b(?:taking up|waste of) (?:space|oxygen|air)\\b|\\b(?:no|stopped seeing a|not see a|can'?t see a|cannot see a|don'?t see a|don'?t have a) future\\b|\\b(?:none of (?:this|it)|nothing) (?:will|won'?t|wont) matter\\b"),
            rule(RiskCategory.INDIRECT, "\\bdone fighting\\b|\\bfinished with (?:everything|it all|life|living)\\b|\\ba way out\\b|\\blook like an accident\\b|\\b(?:affairs|things) in order\\b(?! (?:since|because|before|as|for) )"),
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
            rule(RiskCategory.HARM_OTHERS, "\\b(?:i'?ll|i will|i'?m going to|i am going to|i'?d|i would|i could|i want to|i wanna|i swear i'?ll|gonna|(?:i )?feel like) (?:\\w+ )?(?:kill|murder|punching|hitting|killing|hurting|stabbing|strangling|slapping|smacking|murdering|hurt|stab|strangle|shoot|batter|beat|punch|smash|deck|knock out|attack|hit|slap|choke|run over) (?:\\w+ )?(?:him|her|them|his (?:face|head|neck)|her (?:face|head|neck)|that (?:guy|man|woman|bitch|bastard|idiot|prick|kid|cow|twat)|(?:my|the|our) (?:boss|husband|wife|partner|ex|neighbou?rs?|dad|mum|mom|father|mother|brother|sister|son|daughter|baby|kids?|child|children|manager|colleague|coworker|co worker|flatmate|roommate|landlord|teacher|stepdad|stepmum|stepmom|boyfriend|girlfriend|supervisor)|someone|somebody|everyone|people)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:beat|kick|knock) the (?:shit|crap|hell|living daylights) out of\\b|\\bmake (?:him|her|them) pay\\b|\\b(?:he'?ll|she'?ll|they'?ll|you'?ll) (?:regret it|be sorry)\\b|\\b(?:bring|take) a (?:gun|knife|weapon) to (?:work|school|the office)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:urges?|thoughts?|fantas\\w*|imagin\\w*|picture|dream) (?:of|about)? ?(?:hurting|killing|harming|stabbing|strangling|shooting|drowning|smothering|hitting|attacking) (?:my|the|a|him|her|them|someone|somebody|people|others)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:drown|smother|suffocate|shake|hit|throw|drop) (?:my |the )?(?:baby|newborn|son|daughter|kid|kids|child|children)\\b"));


    /**
     * Rules added with the second wave's corpus (tuned on its development part only): plans, means and
     * preparatory acts said without the word suicide, indirect farewells, past attempts, self-harm and
     * harm to others in more forms, and unwanted intrusive thoughts.
     */
    private static final List<Rule> MORE_RULES = List.of(
            rule(RiskCategory.PLAN_MEANS, "\\bgoing to do it (?:tonight|today|tomorrow|after this|when|the moment|on \\w+day|this (?:week|weekend)|soon)\\b|\\bi'?ll do it (?:tonight|today|tomorrow|when|the moment|on \\w+day|after)\\b|\\b(?:tonight|today)'?s the (?:night|day)\\b|\\bit'?s happening this (?:week|weekend)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:picked|chosen|set|chose) (?:a|the) (?:date|day|time|spot|place)\\b(?! (?:for|to) (?:the|our|my|a) )|\\bknow (?:which|what) (?:bridge|building|pills|tablets|method|way|spot|place) i'?m going to\\b|\\b(?:decided|worked out|figured out|know) (?:how and when|when and how|exactly when)\\b|\\beverything (?:ready|i need)\\b.{0,40}\\b(?:do it|choose when|end it|the right moment)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bengine running\\b.{0,25}\\bgarage\\b|\\bgarage\\b.{0,40}\\bengine running\\b|\\b(?:knife|blade|razor) (?:to|against|on) my (?:wrists?|throat|neck)\\b|\\bsitting here with (?:a|the|my) (?:knife|pills|tablets|rope|gun|blade)\\b|\\bslit(?:ting)? my wrists\\b|\\bgas myself\\b|\\bswallow (?:everything|all)\\b.{0,20}\\b(?:cabinet|pills|tablets|drawer)\\b|\\btake the whole (?:packet|box|bottle|pack)\\b|\\b(?:step|walk|throw myself) in front of (?:a|the|next) \\w+"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:on|at) the (?:edge|ledge|balcony|roof|bridge|platform|cliff)\\b.{0,30}\\b(?:looking down|look down|jump|step off|going to)\\b|\\b(?:i'?m|i am) (?:going|planning) to (?:end (?:it|things|everything|my life)|jump off|jump from|overdose|hang myself|shoot myself|drown myself|gas myself|cut my wrists)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:hidden|hid|hide|hiding|saved|saving|kept|keeping|stashed|stash|stockpile|collect\\w*)\\b.{0,30}\\b(?:pills|tablets|meds|medication|prescriptions|codeine|oxy\\w*|morphine|insulin)\\b(?!.{0,20}\\b(?:organiser|organizer|weekly)\\b)(?!.{0,40}\\b(?:trip|holiday|abroad|travel\\w*|supply|while i'?m away)\\b)|\\b(?:pills|tablets|meds|medication|prescriptions)\\b.{0,30}\\b(?:hidden away|hid away|stashed|instead of (?:taking|throwing))\\b|\\benough (?:\\w+ ){0,2}?to (?:not wake up|do it|end it|die|kill me)\\b|\\b(?:that|it) would (?:do it|be enough)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:access to|know where (?:\\w+ ){0,3}?(?:keeps?|get|is)|can get|could get|get hold of|there'?s a|i have a) (?:a |the |my \\w+'?s? |his |her )?(?:gun|rifle|shotgun|pistol|firearm)s?\\b(?! (?:licen[cs]e|club|range))|\\bkey to the gun (?:cabinet|safe)\\b|\\b(?:gun|rifle|pistol|shotgun) in the house\\b|\\b(?:charcoal|helium)\\b.{0,30}\\b(?:tent|bag|tank|car)\\b|\\b(?:bought|got|ordered|got hold of) (?:some )?(?:charcoal|helium)\\b|\\bkeep (?:a )?(?:bottle|box) of (?:pills|tablets)\\b.{0,30}\\bin case\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:googl\\w*|search\\w*|look\\w* up|research\\w*|read\\w*|check\\w*|watch\\w*|calculat\\w*|asked) (?:\\w+ ){0,4}?(?:how (?:many|much|long|deep|high|to)|which|whether|ways to|methods?|the quickest|the most painless|painless|lethal|fatal|overdos\\w*|the height)\\b.{0,50}\\b(?:die|dying|death|kill|fatal|lethal|bleed out|overdose|bridges?|reservoir|painless|hang\\w*|noose|high enough|deep|dangerous|take|quickest)\\b|\\btrains? that (?:don'?t|do not) stop\\b|\\bnoose\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:my|the) (?:last|previous|first|second|third) attempt\\b|\\battempt(?:ed|s)? (?:on my life|three times|twice|once|before)\\b|\\bi'?ve attempted\\b|\\bsurvived (?:jumping|an overdose|hanging|a suicide|my attempt|an attempt)\\b|\\btried (?:once|before|twice) before\\b|\\btried to end it\\b|\\bjumped (?:from|off) (?:a |the )?(?:window|bridge|roof|building|balcony)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:end|ending|ended) (?:it|things)\\b(?! (?:with|between|off|up|early|there|at|on|before|for now|in))|\\bhad enough of (?:living|life|being alive)\\b|\\bbetter off with the life insurance\\b"),
            rule(RiskCategory.INDIRECT, "\\bpermanent (?:rest|solution|sleep|way out|end|exit)\\b|\\bmake it permanent\\b|\\bdone with it all\\b|\\bfall asleep and be done\\b|\\bbefore i go\\b(?! (?:on|to|away|abroad|home|back|travelling|into|out))|\\btime (?:for me )?to go\\b(?! (?:home|to|back|out|on|shopping))|\\bfree of (?:all )?this\\b|\\btying up (?:loose ends|my affairs)\\b|\\bif anything happens to me\\b|\\b(?:looked after|cope|manage|be fine) without me\\b|\\bto be gone\\b|\\bnow that i'?ve decided\\b|\\bi'?ve made my decision\\b|\\bcancel\\w* (?:\\w+ ){0,2}?after the \\d+\\w*\\b|\\bclean slate before\\b|\\bmy last (?:message|letter|goodbye)\\b|\\bfor whoever (?:needs|finds)\\b|\\bdon'?t think i'?ll (?:need|be needing|be around|be here)\\b|\\b(?:won'?t|will not) (?:need|be needing|be playing|be using|be wearing) (?:\\w+ ){0,3}?(?:again|anymore|any more|this (?:year|winter|summer)|them)\\b|\\bgoes to a good home\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:sleep|stay asleep) forever\\b|\\bstay asleep\\b|\\bdisappear\\w* forever\\b|\\bhope (?:the|my) (?:plane|car|bus|train) crashes\\b|\\bdone with (?:life|living)\\b|\\btired of (?:fighting|trying) to (?:stay alive|live)\\b|\\bnothing (?:left )?(?:for me here|to live for)\\b|\\bnothing left for me\\b|\\bsomething (?:bad )?happens? to me so (?:i|that i)\\b|\\bhope something (?:bad )?happens to me\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:carve|carving|carved)\\b.{0,20}\\b(?:skin|arms?|legs?)\\b|\\b(?:slam\\w*|swallow\\w*|hit\\w*|burn\\w*|cut\\w*|scald\\w*|bang\\w*|punch\\w*|ran|crash\\w*|bruis\\w*) (?:\\w+ ){0,5}?on purpose\\b|\\b(?:fresh|new) cuts\\b|\\bwhen i cut\\b|\\bi cut (?:again|deeper|last)\\b|\\bcutting again\\b|\\bstarted cutting\\b|\\bself harming\\b"),
            rule(RiskCategory.SELF_HARM, "\\bswallow\\w* (?:a load|a handful|a bunch|loads|lots|some|a lot|a whole)\\b|\\b(?:swallowed|took|taken|take|drank|drink) (?:\\w+ ){0,4}?(?:to punish myself|to numb (?:it|out|myself)|to feel nothing|to hurt myself|to make it stop)\\b|\\b(?:paracetamol|pills|tablets) and (?:vodka|alcohol|wine|whisky)\\b|\\btight around my (?:arm|neck|wrist|leg)\\b|\\b(?:scratch\\w*|cut\\w*) (?:at )?my (?:wrists?|arms?|legs?|thighs?) (?:with|until)\\b|\\b(?:by|from|for) hitting (?:myself|them|my (?:legs?|arms?|head))\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:poison\\w*|smother\\w*) (?:my |his |her |the |him\\b|her\\b|them\\b)|\\brun\\w* (?:my \\w+ |him |her |them )over\\b|\\b(?:carrying|carry|bring\\w*|get|got|keep) (?:a |my )?(?:knife|blade|gun|baseball bat|bat|weapon)\\b.{0,40}\\b(?:in case i see|when he|for when|to use|sort|use it|at work|to work|to school)\\b|\\bshoot\\w* up (?:my|the|a) (?:old )?(?:school|office|work|college|class)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bpush\\w* (?:people|someone|him|her|my \\w+) (?:in front of|onto|off|down)\\b|\\bget back at\\b.{0,40}\\b(?:not pretty|hurt|pay|violent)\\b|\\bbeat (?:\\w+ ){0,2}?up\\b|\\bshook (?:my|the) (?:baby|son|daughter|child)\\b|\\bgrab (?:my|the) (?:son|daughter|child|kid|baby) too (?:hard|roughly)\\b|\\bregret what (?:he|she|they) did\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:thoughts?|images?|pictures?|flashes|urges?|ideas?) (?:of|about) (?:\\w+ ){0,2}?(?:dropping|throwing|pushing|drowning|smothering|stabbing|hurting|harming|killing|strangling|suffocating|shaking|attacking|hitting) (?:\\w+ ){0,3}?(?:my|the|a|him|her|them|people|someone|strangers)\\b|\\bbeing hurt by me\\b|\\b(?:can'?t|cannot|scared to|afraid to) be (?:left )?alone with (?:my|the) (?:baby|son|daughter|kids?|children|child|newborn)\\b"),
            rule(RiskCategory.SELF_HARM, "\\btook (?:a load|a handful|loads|a bunch|too many|double|too much|more than|all) (?:of )?(?:my )?(?:\\w+ )?(?:tablets|pills|insulin|dose|meds|medication|paracetamol)\\b|\\bpoisoned myself\\b|\\b(?:deliberately|purposely) took\\b|\\bcutting too deep\\b|\\bscars\\b.{0,30}\\bnew\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:death|dying) (?:sounds|seems|feels) (?:\\w+ )?(?:peaceful|like (?:rest|a relief|freedom))\\b|\\bif i died\\b.{0,40}\\b(?:relief|fine|okay|better)\\b|\\bwish(?:ing)? i (?:had|got) (?:cancer|a terminal|something)\\b|\\b(?:for )?it all to be over\\b|\\btired of waking up\\b|\\bwant out of (?:this )?life\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:stood|standing|sat|sitting|visit\\w*|went|drove|go|going) (?:\\w+ ){0,3}?(?:(?:on|to|at) )?the (?:bridge|cliffs?|edge|platform|roof|tracks|station platform)\\b.{0,50}\\b(?:how it would feel|what it (?:felt|would feel|feels) like|how (?:high|far|fast|deep)|over the edge|sat there|watching the trains|3am|see if|jump)\\b|\\brehearsing it\\b|\\bfall from\\b.{0,30}\\b(?:enough|floor)\\b|\\bbought the gas\\b|\\bbag over my head\\b|\\blooks? like an accident\\b"),
            rule(RiskCategory.INDIRECT, "\\blook after my (?:dog|cat|kids|children|pets?)\\b.{0,25}\\bin case\\b|\\b(?:sorry|goodbye) (?:and|letters?) (?:goodbye|sorry|i don'?t send)\\b|\\bletters? i don'?t send\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:i'?m|i am) going to hurt (?!myself)\\w+|\\bwant (?:them|him|her|people) (?:all )?to suffer\\b"),
            rule(RiskCategory.EXPLICIT, "\\bdeath as (?:a|the|my) (?:way out|solution|escape)\\b|\\bhow i'?d (?:kill myself|end it|do it)\\b"),
            rule(RiskCategory.DANGER, "\\b(?:don'?t|do not|never) feel safe (?:at|in my) home\\b|\\bnot feel(?:ing)? safe (?:at|in my) home\\b"),
            rule(RiskCategory.PASSIVE, "\\breason to (?:go on|live|keep going|carry on|stay)\\b|\\bbeing dead (?:sounds|seems|feels)\\b|\\b(?:happier|better|easier|lighter) (?:off )?if i (?:was|were) (?:gone|dead|not here|not around)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:won'?t|will not) have to (?:deal with|worry about|put up with|look after) me\\b|\\bdeal with me (?:for )?much longer\\b|\\blast time (?:anyone|you|they|people) (?:will )?(?:hear|hears) from me\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:bang|banging|bangs|smash|smashing) my head (?:against|on|into)\\b|\\b(?:hit|hitting|hits) my head (?:against (?:the|a) wall|on the (?:wall|floor)|until)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:death|dying) (?:doesn'?t|does not) scare me\\b|\\bsounds like rest\\b"),
            rule(RiskCategory.DANGER, "\\b(?:scared|afraid|frightened|terrified) to go home\\b|\\b(?:frightened|scared|afraid|terrified) of my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|son|ex|brother|mum|mother|stepdad|stepfather)\\b|\\bhide (?:in|from)\\b.{0,30}\\b(?:when (?:he|she)'?s angry|from him|from her)\\b|\\block(?:s|ed)? away (?:the )?(?:food|my passport|my money)\\b|\\b(?:bites|scratches) me\\b"),
            rule(RiskCategory.DANGER, "\\b(?:slapped|punched|shoved|shoves|pushed|pushes|kicked|kicks|grabbed|grabs|strangled|strangles|choked|chokes|dragged|drags|pinned|beaten|beats|beat) me\\b|\\b(?:hurting|hurt) me\\b(?! (?:to|when i) (?:see|hear|think))|\\bfrightens me\\b|\\bscared (?:of|for) my life\\b|\\bhit at home\\b|\\bviolence at home\\b|\\b(?:scared|afraid|terrified) (?:of|to go home to) my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|son|ex)\\b"),
            rule(RiskCategory.DANGER, "\\b(?:won'?t|doesn'?t|does not|will not) let me (?:have|leave|see|go|out|work)\\b|\\b(?:checks|monitors|tracks|reads) (?:my|everything)\\b.{0,20}\\b(?:phone|messages|do|go)\\b|\\btook my (?:passport|phone|money|bank card)\\b|\\bcontrols? (?:all )?(?:the|my) money\\b|\\bforced me\\b|\\bput (?:his|her) hands around my (?:neck|throat)\\b|\\b(?:broke|broken) my (?:nose|ribs|arm|jaw|wrist)\\b|\\bthrew (?:a|the) \\w+ at (?:me|my head)\\b|\\b(?:threw|pushed) me (?:against|down|into)\\b"));

    /**
     * Rules added with the validation batches of 2026-12-02 (written fresh, measured before any rule
     * was written for them, then added to the development part): concepts rather than phrasings,
     * so that words never seen still reach them. Passive wishes for death said through a hope or a
     * comparison, access to lethal means, preparations for those left behind, farewells, self-harm by
     * poisoning or by purpose, veiled threats, injuries and coercive control at home.
     */
    private static final List<Rule> CONCEPT_RULES = List.of(
            rule(RiskCategory.PASSIVE, "\\b(?:if|when|once) i(?:'m| am| was| were|'d been) (?:gone|dead|not here|not around|no longer (?:here|around|alive))\\b(?! (?:for|on|to|away|abroad|travelling|in|at|from|next|this|over))"),
            rule(RiskCategory.PASSIVE, "\\b(?:rather|sooner) (?:be dead|not exist|not be alive|not be here)\\b|\\brather die than (?:feel|live|go on|carry on|keep|spend|face|go back|be like this|wake up)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:hop|wish|pray)\\w* (?:that )?(?:my heart (?:would |will )?(?:just )?stops?|(?:the|my|a) (?:plane|car|bus|train) (?:would |will )?(?:just )?(?:crash\\w*|go(?:es)? down|hit\\w* me)|(?:the )?(?:cancer|illness|tumou?r|disease) (?:comes|would come|will come|came) back|i (?:don'?t|do not|won'?t|never) make it)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:don'?t|do not|can'?t|cannot) (?:see|picture|imagine) myself (?:getting older|growing old|being (?:here|around|alive)|making it|living (?:much )?(?:longer|past)|at (?:thirty|forty|fifty|\\d+))\\b|\\b(?:don'?t|do not) (?:bother|care about) (?:looking|checking) (?:when|before) i cross\\b"),
            rule(RiskCategory.EXPLICIT, "\\bsewer ?slide\\w*|\\bunaliv\\w*|\\bs[- ]word thoughts\\b|\\bk[- ]?m[- ]?s\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:going to|gonna|want to|will|i'?ll|thinking (?:of|about)|plan(?:ning)? to) (?:\\w+ ){0,5}?(?:walk|wade|swim) (?:out )?in(?:to)? the (?:sea|ocean|river|lake|canal|water)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:access to|get (?:hold of|at)|keys? to|where (?:[\\w']+ ){0,3}?keeps?) (?:[\\w']+ ){0,3}?(?:morphine|opioids?|oxycodone|fentanyl|methadone|insulin|gun|guns|rifle|shotgun|firearm|pistol|poison|weedkiller|pesticide|cyanide)\\b(?! (?:licen[cs]e|club|range|training))"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:beam|hook|rail|banister|bannister|pipe|door ?frame|loft|tree|branch|rafter)\\b.{0,40}\\b(?:hold|take) my weight\\b"),
            rule(RiskCategory.INDIRECT, "\\bso (?:that )?(?:nobody|no one|she|he|they|my (?:\\w+ )?\\w+) (?:gets? stuck with|has to (?:deal with|sort out|pay)|(?:can|could|will be able to) sort (?:things|everything|it all) (?:out )?after)\\b|\\b(?:sort|deal with|handle) (?:things|everything|it all) (?:out )?(?:afterwards|when i'?m gone|after i'?m gone)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:written|wrote|writing|write) (?:\\w+ )?letters? (?:to|for) (?:each of |all )?(?:my (?:kids|children|family|parents|wife|husband|partner|son|daughter|sons|daughters|mum|mom|dad|friends)|everyone)\\b(?!.{0,30}\\b(?:deploy\\w*|camp|abroad|birthday|christmas|school|therapy|homework)\\b)"),
            rule(RiskCategory.INDIRECT, "\\blast time i'?(?:ll| will) (?:ask|reach out|try|bother|call|talk)\\b|\\b(?:check|bow|clock|tap|log) out (?:for good|permanently|of (?:life|this world|everything))\\b|\\bbe gone for good\\b|\\bmy time is (?:up|nearly up|coming)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:not going to|not gonna|won'?t|will not) (?:be (?:here|around)|make it) (?:for|by|to see) (?:christmas|my birthday|the new year|new year|summer|spring|the weekend|much longer|the end of)\\b(?!.{0,30}\\b(?:visit\\w*|travel\\w*|holiday|abroad|away|moving|trip|flight|work\\w*|staying|we'?re going|parents'?|family'?s)\\b)"),
            rule(RiskCategory.INDIRECT, "\\b(?:go and be|be|join|see) (?:with )?my (?:late )?(?:mum|mom|mother|dad|father|husband|wife|son|daughter|brother|sister|gran|nan|grandma|grandad|grandmother|grandfather|partner|baby|boy|girl)\\b.{0,30}\\b(?:wherever (?:she|he|they) (?:is|are)|in heaven|again soon|on the other side|up there|where (?:she|he|they) (?:is|are) now)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:final|permanent) (?:fix|solution|exit|sleep|rest|escape)\\b(?! (?:to|for) (?:the|my|our) (?:damp|leak|roof|boiler|mould|car|problem with|parking))|\\blong (?:rest|sleep) where\\b|\\b(?:rest|sleep) for good\\b|\\btell (?:\\w+ ){1,2}(?:that )?i loved (?:him|her|them|you)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:i|been|started|stopped|relapsed|urge to|urges to) sh\\b|\\bsh(?:'d|ing|ed) (?:again|last night|yesterday|today|tonight)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:stop(?:ped)? eating|not eating|starv\\w*|hurt\\w*|bleed\\w*|burn\\w*|cut\\w*|hit\\w*)\\b.{0,30}\\bpunish\\w* myself\\b|\\bpunish\\w* myself\\b.{0,30}\\b(?:not eating|starv\\w*|hurt\\w*|pain|cut\\w*|burn\\w*|hit\\w*|bleed\\w*)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:drink|drank|drunk|swallow\\w*|ate|eat|eaten) (?:some |a bit of |a little |a mouthful of |a cup of )?(?:bleach|detergent|antifreeze|weedkiller|poison|cleaning (?:fluid|product|spray)|batteries|laundry pods?)\\b"),
            rule(RiskCategory.SELF_HARM, "\\brelaps\\w* (?:with|on|into) (?:the )?(?:blade|razor|self harm\\w*|cutting|sh)\\b|\\b(?:urges? for|picked up) the (?:blade|razor)\\b|\\bmak\\w* myself (?:bleed|bruise)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:slam|bang|smash|punch|burn|press|scald|jam)\\w* (?:\\w+ ){0,4}?(?:my|against my|on my|into my) (?:hand|hands|head|fist|arm|arms|fingers|skin|wrist|wrists|leg|legs|thigh|thighs)\\b(?: \\w+){0,5} (?:to (?:stop|calm|feel|cope|punish|get through|make it)|until (?:it|i|they)|till (?:it|i|they))\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bwant (?:him|her|them|my \\w+|that \\w+|those \\w+) to (?:suffer|die|bleed)\\b|\\bshoot (?:up )?(?:the|this|my|that) (?:place|school|office|workplace|building|class|classroom|church|mosque|synagogue|mall|club|party|bar)\\b"),
            rule(RiskCategory.DANGER, "\\b(?:he|she|they|my \\w+) (?:\\w+ ){0,2}?(?:broke|fractured|split|burned|burnt|bruised|injured|dislocated|cracked) my (?:wrist|arm|nose|ribs?|jaw|lip|finger|fingers|hand|leg|eye|cheekbone|collarbone|tooth|teeth|shoulder)\\b|\\btold (?:the )?(?:hospital|doctors?|police|gp|nurse|a&e|everyone|people|school) (?:that )?i (?:fell|walked into|tripped|had an accident)\\b"),
            rule(RiskCategory.DANGER, "\\b(?:controls?|takes?|took|keeps?) (?:all |every )?(?:of )?(?:my |the )?(?:money|penny|pennies|bank cards?|wages|salary|benefits|passport)\\b.{0,60}\\b(?:not allowed|won'?t let me|doesn'?t let me|can'?t see)\\b|\\b(?:i'?m |i am )?not allowed to (?:see|visit|call|phone|talk to|speak to|text) (?:my )?(?:friends|family|mum|mom|mother|dad|father|sister|brother|parents)\\b"),
            rule(RiskCategory.INTRUSIVE, "\\bhid\\w* (?:the |all the |our |my )?(?:knives|scissors|sharp things|razors)\\b.{0,50}\\b(?:thoughts?|scared|afraid|in case|what i might|images?)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:disappointed|gutted|upset|annoyed|angry|sad) (?:that |when |to find )?(?:i |to )(?:woke|wake|still wake|waking) up\\b|\\bwaiting (?:for (?:my life|it all|everything|this life) to (?:be over|end|finish)|to die)\\b|\\blived (?:too long|long enough)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:only|just) (?:still )?(?:here|alive|around) (?:because of|for) (?:my|the)\\b|\\bthe only (?:reason|thing) (?:i'?m|i am) still (?:here|alive|around)\\b|\\b(?:can'?t|cannot|don'?t) see (?:a way|how) i (?:survive|get through|make it|last)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:going to|gonna|want to|will|i'?ll|thinking (?:of|about)|plan(?:ning)? to) (?:deliberately |just )?(?:crash|wreck|write off) (?:my|the) (?:car|bike|motorbike)\\b"),
            rule(RiskCategory.INDIRECT, "\\blife insurance\\b.{0,40}\\b(?:pays? out|gets? the money|covers? suicide|so (?:my|they|she|he) (?:family |kids |wife |husband )?(?:gets?|are|is|will))\\b|\\b(?:going|go|gone) to a better place\\b|\\b(?:go|goes|went) dark (?:and stay dark|forever|for good)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:one|only) way out\\b(?! of (?:the|this) (?:building|car park|room|maze|debt|contract|estate|town))|\\bsoon i (?:won'?t|will not) (?:feel|hurt|be) (?:anything|here|around|a problem)\\b"),
            rule(RiskCategory.SELF_HARM, "\\bthrow\\w* myself (?:down|off|at|against|into)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:no|don'?t see the|what'?s the) point (?:in )?planning\\b|\\bplanning anything (?:past|beyond|after)\\b|\\bso (?:someone|somebody|people|they|you|everyone) (?:knows?|understands?|will know) why\\b|\\bwho (?:gets|will get|should get|is getting) my (?:things|stuff|belongings|money|house|car|cat|dog|pets?)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:i'?m|i am|i'?ve reached|i have reached|reached) (?:at )?the end of the (?:road|line)\\b|\\bthere (?:won'?t|will not) be (?:a next|another) (?:appointment|session|time) for me\\b|\\bmy last (?:winter|summer|christmas|birthday|new year|spring|autumn)\\b(?! (?:at|of|in|before|off|as|working|studying) )"),
            rule(RiskCategory.PASSIVE, "\\b(?:you'?ll|you will|they'?ll|they will|everyone will|you'?d|they'?d|everyone'?d) (?:all )?be better off\\b(?! (?:with|if you|going|taking|than|asking|calling))|\\b(?:don'?t|do not) want to (?:carry on|go on|keep) (?:living|being alive)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:bridges?|buildings?|car parks?|cliffs?|roofs?|balcon\\w+)\\b.{0,40}\\b(?:without|no|don'?t have|doesn'?t have)\\b.{0,15}\\b(?:barriers?|railings?|fences?|nets?|netting)\\b"),
            rule(RiskCategory.PASSIVE, "\\bnever (?:get|wake|come) (?:up|back) again\\b|\\bcounting (?:down )?the days\\b.{0,25}\\b(?:over|gone|done|the end)\\b|\\b(?:don'?t|do not|wouldn'?t) care if i (?:crash|die|get hurt|get killed|don'?t come back|never wake up)\\b"),
            rule(RiskCategory.EXPLICIT, "\\btak(?:e|ing) (?:all|the whole (?:box|packet|bottle|lot)(?: of)?) (?:\\w+ ){0,2}?(?:tablets|pills|meds|medication|painkillers)\\b (?:at once|together|in one go|at the same time)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:papers|documents|passwords|accounts|finances|paperwork)\\b.{0,40}\\b(?:for my (?:family|wife|husband|kids|children|partner|parents) to find|so (?:my|they|she|he) (?:\\w+ )?(?:can|will) find)\\b|\\b(?:better (?:life|off)|be fine) with the (?:life )?insurance\\b|\\binsurance (?:money|payout|pay out)\\b.{0,40}\\b(?:better|if i (?:die|died|was gone|wasn'?t here))\\b"),
            rule(RiskCategory.SELF_HARM, "\\bburn\\w* (?:my|myself) (?:\\w+ )?(?:on|with) (?:\\w+ ){0,3}?(?:when i'?m (?:anxious|upset|angry|stressed|sad|overwhelmed|low|panick\\w*|numb)|when i feel|to (?:feel|calm|cope|stop|punish))\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:might|may) as well (?:be dead|die|end it|make it official|not be here|not exist)\\b|\\b(?:how much longer|how long) (?:\\w+ ){0,3}?(?:keep living|live like this|stay alive|be alive)\\b"),
            rule(RiskCategory.EXPLICIT, "\\byeet(?:ing)? myself\\b|\\bctb\\b|\\b(?:razor|blade|knife|rope|pills|tablets)\\b.{0,30}\\bnot for (?:shaving|cooking|the garden|my (?:legs|hair|face|headaches?))\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:playlist|songs|music|plans?|arrangements?|outfit|flowers|readings?) for my (?:own )?funeral\\b|\\b(?:daydream\\w*|dream\\w*|fantasi\\w*|fantasiz\\w*|imagin\\w*) (?:about|of) my (?:own )?funeral\\b|\\b(?:planning|planned|arranged|arranging|organis\\w*|organiz\\w*) my (?:own )?funeral\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:don'?t|do not) (?:plan|intend|expect) (?:on |to )?(?:being|be) (?:around|here|alive)\\b|\\bmy decision to (?:leave|go|end it|die)\\b(?! (?:my|the|this|home|work|uni|university|school|for|to|and (?:move|start)))|\\b(?:it'?s|it is) (?:nearly|almost|all but|soon) over for me\\b"),
            // validation batch 6 (2026-12-03): stockpiling and gathering means, scouting a height, rehearsal, a night chosen,
            // leaving others' way, tired of existing, welcoming a fatal illness, taking others down too, not knowing what one will do
            rule(RiskCategory.PLAN_MEANS, "\\b(?:stock(?:ed|ing)? up on|stockpil\\w*|hoard\\w*|collect(?:ed|ing)|sav(?:ed|ing) up|built up (?:a (?:supply|stash) of)?|stash\\w*) (?:\\w+ ){0,3}?(?:tablets|pills|meds|medication|painkillers|paracetamol|codeine|sleeping pills|insulin|opioids)\\b(?!.{0,30}\\b(?:trip|holiday|travel\\w*|abroad|supply|prescription|repeat)\\b)|\\b(?:tablets|pills|paracetamol|painkillers)\\b.{0,30}\\bfrom (?:different|several|lots of|a few|various) (?:chemists|pharmacies|shops|supermarkets|places)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:hose|hosepipe|tube|pipe)\\b.{0,25}\\b(?:exhaust)\\b|\\bexhaust\\b.{0,25}\\b(?:hose|hosepipe|tube) (?:into|through)\\b|\\bcharcoal\\b.{0,30}\\b(?:sealed|tape\\w*|in the (?:car|tent|room|bedroom))\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:look(?:ed|ing)? (?:at|down at) (?:the )?(?:height|drop)|how (?:high|far (?:down)?|big the drop) (?:it|the \\w+) (?:is|was)|check(?:ed|ing)? (?:out )?(?:the )?(?:height|drop))\\b(?!.{0,30}\\b(?:view|climb\\w*|abseil\\w*|bungee|paraglid\\w*|ladder|scaffold\\w*)\\b)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:practi[cs]\\w*|rehears\\w*|dry run|trial run|test run)\\b(?! (?:of |for )?(?:my |the |a |our )?(?:\\w+ )?(?:presentation|speech|talk|lines|song|piece|interview|exam|driving|routine|test|pitch|recital|music|guitar|piano|part|answers|questions|set|performance|dance|play)).{0,40}\\b(?:(?:wouldn'?t|won'?t|don'?t|didn'?t) (?:mess (?:it )?up|get it wrong|fail|survive|botch it)|how i(?:'d| would| will|'ll) do it|so it (?:works|would work))\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:tonight|today|tomorrow)(?:'s| is) the (?:night|day)\\b.{0,40}\\b(?:made up my mind|decided|no going back|i'?m ready|it'?s time)\\b|\\b(?:made up my mind|decided|no going back)\\b.{0,40}\\b(?:tonight|today|tomorrow)(?:'s| is) the (?:night|day)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:once|when|after|with) i'?m (?:out of the picture|out of the way|off the scene|out of (?:everyone'?s|their|your) (?:hair|lives|way))\\b|\\b(?:better|fine|easier) (?:for everyone |for them )?(?:once|when|with) me out of the (?:picture|way)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:gave|giving|given|give) (?:away )?(?:all |most of )?my (?!old |spare |unwanted |outgrown |used )(?:\\w+ )?(?:things|stuff|belongings|possessions|guitar|books|jewell?ery|records|collection|cat|dog|art|paintings|medals|camera|watch|ring)\\b(?:(?: and| or|,) (?:my )?\\w+){0,3} (?:away|to (?:my |a |the )?(?:\\w+ )?(?:cousin|sister|brother|friend|friends|mum|mom|dad|niece|nephew|neighbour|neighbor|family|kids|son|daughter|people))\\b(?!.{0,40}\\b(?:charity|moving|moved|move|declutter\\w*|outgrown|birthday|christmas)\\b)"),
            rule(RiskCategory.PASSIVE, "\\b(?:tired|sick|exhausted|weary) of (?:existing|being alive|breathing|being here|life itself)\\b"),
            rule(RiskCategory.PASSIVE, "\\bif (?:i|the doctors?) (?:got|had|was given|were given|was told|were told|found out|told me)(?: (?:that )?i (?:had|have|was))? (?:a |an )?(?:terminal|fatal|incurable|cancer|\\w+ (?:months|weeks) to live)\\b.{0,40}\\b(?:relie\\w*|glad|happy|welcome|wouldn'?t mind|blessing|not (?:fight|treat) it|refuse (?:the )?treatment)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\btak(?:e|ing) (?:everyone|everybody|them all|all of them|people|the lot of them|(?:him|her|them) with me|as many)(?: \\w+){0,3}? (?:down )?with me\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:don'?t|do not) know what i'?(?:ll| will|d| would| might) do to (?:him|her|them|my \\w+|that \\w+|the \\w+)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:don'?t|do not) know what i'?(?:ll| will|d| would| might) do to myself\\b"),
            // validation batch 7 (2026-12-03): settling affairs, last-time farewells, provision for when one is not there,
            // stopping life-saving medication, ligature tests, emptied accounts, "less to clean up", not wanting to be found,
            // fading away, crossing without looking, weapon into a school, threats to take the children or burn the home
            rule(RiskCategory.INDIRECT, "\\b(?:tidy\\w*|sort\\w*|put\\w*|get\\w*|settl\\w*) (?:up |out )?(?:all )?my (?:affairs|finances|paperwork)\\b(?:.{0,40}\\b(?:nobody|no one|so (?:my|they|she|he)|in order)\\b)(?!.{0,40}\\b(?:before|since|for|because|as|ahead of)\\b.{0,30}\\b(?:emigrat\\w*|mov\\w*|travel\\w*|trip|wedding|operation|surgery|retir\\w*|baby|abroad|house|divorce|tax)\\b)|\\bmy affairs in order\\b(?!.{0,40}\\b(?:before|since|for|because|as|ahead of)\\b.{0,30}\\b(?:emigrat\\w*|mov\\w*|travel\\w*|trip|wedding|operation|surgery|retir\\w*|baby|abroad|house|divorce|tax)\\b)"),
            rule(RiskCategory.INDIRECT, "\\b(?:like|as if|as though) (?:it'?s|it was|it were|this is) the last time\\b(?!.{0,20}\\b(?:we|they) (?:met|saw|spoke))"),
            rule(RiskCategory.INDIRECT, "\\b(?:won'?t (?:struggle|have to worry)|will (?:be (?:ok|okay|fine|alright)|manage|cope)|can (?:manage|cope)|are looked after|is looked after)\\b.{0,25}\\bwhen i'?m (?:not (?:there|here|around) any ?more|gone)\\b|\\bwhen i'?m not (?:there|here|around)\\b(?=.{0,0}$)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:stop|stopped|stopping) (?:taking )?my (?:\\w+ )?(?:medication|meds|tablets|insulin|pills|inhalers?)\\b.{0,30}\\b(?:let (?:it|nature) (?:happen|take its course)|so (?:that )?i (?:die|don'?t wake up|won'?t wake up))\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:test\\w*|tried|try|see) (?:how tight|how hard|whether) (?:i could |i can |it would )?(?:pull|tie|tighten|hold)\\b|\\b(?:belt|cord|scarf|cable|ligature|tie|dressing gown cord)\\b.{0,20}\\b(?:round|around) my (?:neck|throat)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:emptied|transferred|moved|gave) (?:all (?:of )?)?my (?:bank account|savings|money)\\b.{0,20}\\b(?:to|into) my (?:sister|brother|mum|mom|dad|son|daughter|kids|children|partner|wife|husband|friend|niece|nephew)\\b(?!.{0,30}\\b(?:tax|mortgage|house|deposit|account for|isa|pension)\\b)"),
            rule(RiskCategory.INDIRECT, "\\bless (?:for (?:them|people|anyone|my \\w+) )?to (?:clean|sort|tidy|deal with) (?:up|out)?\\b(?=.{0,20}$)|\\bso (?:there'?s|there is) less (?:to|for (?:them|people|anyone))\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:found|find|finds) (?:me )?in time\\b|\\bi (?:don'?t|do not) want to be (?:found|saved|rescued|resuscitated|revived)\\b(?! (?:out|guilty|lacking|wanting))"),
            rule(RiskCategory.PASSIVE, "\\b(?:i'?d|i would|i want to|wish i could|like to|happy to|love to) (?:be happy to |love to )?(?:just )?(?:fade|slip|drift) away\\b(?! (?:from|on|in|into|with|to) )"),
            rule(RiskCategory.PASSIVE, "\\b(?:cross\\w*|step\\w*|walk\\w*) (?:\\w+ ){0,3}?without looking\\b.{0,40}\\b(?:hope|hoping|hopes|don'?t care|wouldn'?t care|part of me)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:gun|rifle|weapon|knife|knives|bomb)\\b.{0,40}\\b(?:go(?:ing)? into|walk(?:ing)? into|turn(?:ing)? up at|take (?:it|them) (?:in)?to) (?:my |the |our )?(?:old )?(?:school|work|office|college|uni|university|church|mosque|synagogue|mall|workplace)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:took|take|taken|swallowed|necked|downed) (?:a |an )?(?:big |whole |large |huge )?(?:handful|fistful|load|bunch|pile|strip|packet|box|bottle|blister) of (?:my |the |her |his |mum'?s |dad'?s )?(?:\\w+ )?(?:tablets|pills|meds|medication|painkillers|paracetamol|ibuprofen)\\b"),
            rule(RiskCategory.SELF_HARM, "\\b(?:hitting|banging|bashing|smashing) my (?:head|face|fists?)\\b(?! (?:on|off) (?:the|a) (?:cupboard|door|shelf|ceiling|beam|car))"),
            rule(RiskCategory.DANGER, "\\bthreaten\\w* to (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|burn|set fire to|torch|have me (?:sectioned|deported|locked up))\\b|\\bnot allowed (?:any |my own )?money(?: of my own)?\\b"),
            // validation batch 8 (2026-12-03, harm to others and violence at home): fear of snapping, violence done,
            // veiled "what's coming", being kept from a doctor, goodbyes unnoticed, "in case I'm not there", choosing a place
            rule(RiskCategory.HARM_OTHERS, "\\b(?:worried|scared|afraid|frightened|terrified) (?:that )?i'?(?:ll| will| might| could| am going to) (?:snap and |lose it and )?(?:hurt|harm|hit|shake|kill|attack|stab)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bi (?:pushed|shoved|punched|slapped|kicked|strangled|choked|shook|hit|attacked|bit) (?:my (?:mum|mom|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|son|daughter|kids?|child|children|baby|brother|sister|gran|nan|flatmate|ex)|him|her|them|someone|a (?:man|woman|guy|bloke|stranger))\\b(?! (?:up|back|to|a|an|the|with (?:a|the) (?:ball|question|news)))"),
            rule(RiskCategory.DANGER, "\\b(?:not allowed|won'?t let me|doesn'?t let me|never lets me) (?:to )?(?:go (?:anywhere|out|to the doctors?|to the gp|to appointments)|leave the house|have (?:a key|my own (?:phone|money|key|bank account))|see a doctor)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:don'?t|do not) (?:really )?want to be (?:around|here|alive) any ?more\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:said|saying|say) (?:my )?goodbyes?\\b.{0,40}\\b(?:didn'?t know|don'?t know|had no idea|without (?:them|anyone|people|anybody) (?:knowing|realising|realizing))\\b|\\bin case i'?m (?:not (?:there|here|around)|gone|dead)\\b(?! to )"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:railway|railway line|tracks|bridge|cliffs?|tower|car park|multi storey|river|reservoir|motorway|viaduct)\\b.{0,40}\\b(?:best|right|quietest|highest|perfect) (?:place|spot|point|part)\\b(?! to (?:eat|stay|park|sit|watch|take|swim|fish|meet|picnic|walk|photograph))"),
            // validation batch 9 (2026-12-03): no plans past a near day, making people pay
            rule(RiskCategory.INDIRECT, "\\b(?:stopped|stop|no point|not|never) (?:making|make|bother\\w* making) (?:any )?plans (?:past|beyond|after)\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:want|need|wish|just want|pray\\w* for|hope) (?:for )?(?:everything|it all|all of it|the (?:noise|pain|thoughts|voices|hurt)(?: in my (?:head|mind|brain))?|my (?:head|mind|brain|thoughts|life)) to (?:stop|end|be over|go quiet) (?:for good|forever|permanently|once and for all)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bmake (?:\\w+ ){1,6}?pay\\b(?! (?:for (?:the |my |their |his |her |our )?(?:drinks?|meals?|dinner|lunch|bill|damages?|repairs?|food|tickets?|petrol|taxi|round)|(?:the|a|his|her|their) (?:bill|fine|rent|share|way)|(?:child support|maintenance|attention|back|off|up|what (?:he|she|they) owes?)))"),
            // validation batch 10 (2026-12-03): walking into the sea at a chosen time, trains that do not stop, a phone smashed so
            // that no help can be called, bruises hidden, a fist through someone's face, hands round the neck
            rule(RiskCategory.PLAN_MEANS, "\\b(?:walk|walking|wade|wading|swim|swimming) (?:out )?(?:in(?:to)?|out into|out to) the (?:sea|ocean|river|lake|canal|water|waves)\\b(?=.{0,40}\\b(?:tonight|tomorrow|and not (?:come|coming) back|keep (?:walking|going|swimming)|until i|never come back|for good|alone)\\b)|\\b(?:tonight|tomorrow)\\b.{0,40}\\b(?:walk|walking|wade|wading|swim|swimming) (?:out )?(?:in(?:to)?|out into|out to) the (?:sea|ocean|river|lake|canal|water|waves)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\btrain\\w*\\b.{0,60}\\b(?:don'?t|do not|doesn'?t|does not|won'?t) stop (?:at|here|there|in)\\b(?!.{0,30}\\b(?:annoying|late|delay\\w*|commute|work|journey|so i (?:have|had) to)\\b)"),
            rule(RiskCategory.DANGER, "\\b(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|son|stepdad|mum|mother))\\b (?:\\w+ )?(?:smashed|broke|took|hid|threw|destroyed|stamped on) my (?:phone|mobile)\\b|\\bcouldn'?t (?:call|phone|ring) (?:for help|the police|anyone|999|911|112)\\b|\\b(?:hide|hiding|cover|covering) (?:up )?(?:my |the )?(?:bruises|black eyes?|marks on my (?:arms?|neck|face|legs?))\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:put|stick|smash|shove|ram) my (?:fist|head|foot|knee|boot) (?:through|into|in) (?:his|her|their|your|someone'?s|that \\w+'?s) (?:face|head|teeth|mouth|skull)\\b"),
            rule(RiskCategory.DANGER, "\\bput (?:his|her|their) hands? (?:a)?round my (?:neck|throat)\\b|\\b(?:hands?|fingers) (?:a)?round my (?:neck|throat)\\b"),
            // Spanish
            rule(RiskCategory.INDIRECT, "\\b(?:notas?|mensajes?) de despedida\\b|\\bno (?:estare|voy a estar) (?:aqui|por aqui) (?:mucho (?:mas|tiempo)|por mucho)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bme voy a (?:colgar|ahorcar|tirar (?:por|de|desde|al|a las vias))\\b|\\bvoy a (?:ahorcarme|colgarme|tirarme (?:por|de|desde|al|a las vias))\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:quiero|ganas de|voy a|podria) (?:pegar|pegarle|pegarles|hacer dano|hacerle dano) a (?:mis? hij[oa]s?|mi (?:pareja|marido|mujer|jefe|jefa|ex|bebe|madre|padre|hermano|hermana|vecino|vecina))\\b"),
            rule(RiskCategory.INDIRECT, "\\bmi ultim[oa] (?:invierno|verano|navidad|cumpleanos|ano|primavera|otono)\\b(?! (?:en|de|como|aqui|trabajando|estudiando))"),
            rule(RiskCategory.DANGER, "\\b(?:es|se pone|ha sido|fue) violent[oa] conmigo\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:es )?la ultima vez que (?:hablo|te escribo|escribo|hablamos|me ves|me veis|me oyes|me vais a ver)\\b"),
            rule(RiskCategory.DANGER, "\\bme dan? miedo mi (?:pareja|marido|novio|novia|mujer|padre|ex|esposo|esposa|padrastro|hijo)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:dormir(?:me)?|acostarme|quedarme dormid[oa]) y no (?:volver a )?despertar(?:me)?\\b|\\b(?:dejare de ser|ya no sere|soy) una carga\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:he comprado|compre|tengo|guardo|he conseguido|consegui) (?:una |la |un )?(?:cuerda|soga)\\b(?! (?:para|de) (?:tender|la ropa|escalar|el tendedero|atar|el barco|la tienda|el columpio|saltar))"),
            rule(RiskCategory.EXPLICIT, "\\b(?:escopeta|pistola|arma|pastillas|cuerda)\\b.{0,30}\\bpienso en (?:ella|ello|usarla|eso|ellas)\\b"),
            rule(RiskCategory.SELF_HARM, "\\bme (?:tome|he tomado) (?:una caja|un bote|un blister|una tableta|todas las|muchas|un monton|un punado) (?:de )?(?:pastillas|tabletas|pildoras|medicamentos)\\b|\\b(?:tome|tomo|me tome|he tomado|me he tomado) (?:mas|demasiadas) (?:pastillas|tabletas|pildoras)\\b|\\bhasta (?:sangrar|que sangr\\w+|hacerme sangre|hacerme heridas)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:le|les|te) voy a romper (?:la cara|las piernas|la cabeza)\\b|\\bromper(?:le|les)? la cara\\b"));

    /**
     * Threats said in the passive or about what will happen to someone ("he's getting stabbed"): the
     * client's own threat although its grammatical subject is the other person, so never dropped as
     * words about someone else.
     */
    private static final List<Rule> THREATS = List.of(
            rule(RiskCategory.HARM_OTHERS, "\\b(?:get|gets|getting|got|is going to get|'s going to get) what'?s coming to (?:him|her|them)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bif (?:\\w+ ){0,4}?(?:shows? up|comes? (?:near|round|back)|touch\\w* (?:my|me)|tries (?:it|that))\\b.{0,40}\\b(?:(?:getting|get|gets) (?:stabbed|shot|battered|beaten|killed|hurt)|(?:he'?s|she'?s|he is|she is|they'?re|they are) (?:a )?dead(?: (?:man|woman|meat))?)\\b"));

    /**
     * Spanish (clinical reference, section 9: risk detection must work on Spanish text). First-person
     * forms only where the same word names someone else's act ("suicidarme", not "suicidarse").
     */
    private static final List<Rule> RULES_ES = List.of(
            rule(RiskCategory.PLAN_MEANS, "\\b(?:voy a|pienso|he decidido|quiero) (?:tomarme (?:todas|todo|un monton|la caja|el bote)|tirarme (?:por|de|del|a|desde)|ahorcarme|colgarme|cortarme las venas|saltar (?:por|de|desde)|ahogarme|estrellar(?:me| el coche))\\b|\\b(?:esta noche|hoy|manana) lo voy a hacer\\b|\\blo (?:voy a hacer|hare) (?:esta noche|hoy|manana|el \\w+)\\b|\\bplan(?:es)? para (?:quitarme la vida|matarme|suicidarme)\\b|\\belegido el dia\\b|\\bnota de suicidio\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\bcuerda\\b.{0,25}\\bahorcar\\w*|\\bme he tomado (?:un monton|muchas|todas)\\b|\\btengo las pastillas delante\\b|\\bcortarme las venas\\b|\\b(?:azotea|puente|balcon|vias)\\b.{0,30}\\b(?:saltar|tirarme)\\b|\\bexactamente como lo voy a hacer\\b|\\b(?:guardando|acumulando|guardo|guardado|acumulado|escondido|ahorrando|guardadas?) (?:\\w+ ){0,4}?(?:pastillas|medicacion|medicamentos|insulina)\\b|\\bpastillas (?:guardadas|escondidas)\\b|\\bsuficientes? pastillas\\b|\\b(?:escopeta|pistola|arma) en casa\\b|\\bdonde guarda (?:\\w+ ){0,2}?la (?:pistola|escopeta|arma)\\b|\\bcuchilla escondida\\b|\\binsulina suficiente\\b|\\bcajas de (?:paracetamol|pastillas)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:buscado|busque|mirado|mire|leido|leyendo|calcule|calculado|investigado) (?:\\w+ ){0,4}?(?:cuantas pastillas|formas de (?:suicidarme|morir|matarme)|puentes|sobredosis|horarios de los trenes|como (?:morir|matarme|suicidarme))\\b|\\bnudo de horca\\b|\\bver si era capaz\\b|\\btrenes que no paran\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:suicidarme|suicidandome|suicidare|suicidio|suicida|suicidas|quitarme la vida|matarme|quitarme de en medio|me (?:quiero|voy a) (?:matar|suicidar|morir)|(?:quiero|quisiera|deseo) morir\\w*|(?:ganas|deseos?) de morir\\w*|acabar con (?:mi vida|todo(?: esto| ya)?)|terminar con (?:mi vida|todo)|estar muert[oa]|dejar de vivir|desaparecer para siempre|intente (?:suicidarme|matarme|ahorcarme|quitarme la vida))\\b"),
            rule(RiskCategory.EXPLICIT, "\\btirarme (?:por|de|desde|a) (?:la ventana|un puente|el puente|las vias|el balcon|la azotea)\\b|\\bintentos? de suicidio\\b|\\bintentar quitarme la vida\\b|\\bme tome una sobredosis\\b"),
            rule(RiskCategory.PASSIVE, "\\bno (?:quiero|tengo ganas de) (?:seguir )?(?:vivir|viviendo|estar aqui|existir)\\b(?! (?:mas )?(?:con|en|cerca|sol[oa]|aqui en|asi en))|\\bojala no (?:despertara|despierte|me despierte)\\b|\\b(?:estaria|estarian) mejor (?:si yo no estuviera|sin mi)\\b|\\bmejor si yo no estuviera\\b|\\bno (?:le )?veo sentido a (?:la vida|vivir|seguir)\\b|\\bpara que seguir\\b|\\b(?:cansad|hart)[oa] de vivir\\b|\\bme atropell\\w+\\b|\\bme da igual vivir o morir\\b|\\bsoy una carga\\b|\\bme siento una carga para (?:todos|mi familia|ellos)\\b|\\bno despertar(?: nunca)?\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:estaria|estariamos) (?:yo )?mejor muert[oa]s?\\b|\\bmejor muert[oa]\\b|\\b(?:cansad|hart)[oa] de (?:existir|estar viv[oa])\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:cuchillo|cuchilla|navaja|pastillas|cuerda|soga)\\b.{0,40}\\bpor si acaso\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:navaja|cuchillo|arma|pistola|escopeta)\\b.{0,30}\\b(?:usarla|usarlo) (?:con|contra) (?:alguien|el|ella|ellos|mi \\w+)\\b"),
            rule(RiskCategory.DANGER, "\\bme (?:arrastra|arrastro|escupe|escupio|tira del pelo|tiro del pelo)\\b"),
            rule(RiskCategory.SELF_HARM, "\\bme (?:abro|reabro|arranco) (?:las )?(?:heridas|costras|cortes)\\b"),
            rule(RiskCategory.PASSIVE, "\\bojala me (?:pusiera enferm[oa]|pasara algo|muriera)\\b|\\by se acabara todo\\b"),
            rule(RiskCategory.INDIRECT, "\\bpronto (?:no|nada) (?:importara|va a importar)\\b"),
            rule(RiskCategory.INDIRECT, "\\bnadie (?:tendra|va a tener|tendria) que preocuparse (?:mas )?por mi\\b|\\ba quien le tocan? (?:cada cosa|mis cosas|cada una de mis cosas)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:ganas de|quiero|voy a) (?:hacer dano|hacerle dano|hacerles dano) a (?:la gente|alguien|ellos|ellas|esos|esas|quienes|los que|las que|todos)\\b"),
            rule(RiskCategory.DANGER, "\\bme (?:rompio|rompe|ha roto) el (?:movil|telefono)\\b|\\bme (?:obliga|obligo|ha obligado) a (?:tener relaciones|acostarme)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:azotea|puente|tejado|balcon|acantilado|ultimo piso)\\b.{0,40}\\bmirando (?:hacia )?(?:abajo|la altura)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bmiedo (?:de|a) (?:pegar|pegarle|hacer dano|hacerle dano|zarandear) a (?:mis? hij[oa]s?|mi (?:bebe|pareja|marido|mujer|madre|padre))\\b"),
            rule(RiskCategory.PASSIVE, "\\bnadie me (?:echaria|extranaria) de menos\\b|\\bnadie me (?:echaria|extranaria)\\b|\\bno tengo ganas de vivir\\b|\\bpreferiria no haber nacido\\b|\\bno (?:tengo|encuentro) (?:nada|razones?) (?:por lo que|para) (?:vivir|seguir)\\b|\\bno existir\\b|\\bdios me lleve\\b|\\bme diera algo y me muriera\\b|\\bla vida no merece la pena\\b|\\bno puedo mas con (?:esta vida|la vida|vivir)\\b|\\bmejor estar muert[oa]\\b|\\bsi me muriera\\b|\\bsi me muero\\b|\\bdormir(?:me)? para siempre\\b|\\bno veo (?:ningun )?futuro\\b|\\ba que todo se acabe\\b|\\bme gustaria desaparecer\\b(?! (?:en|una|un))"),
            rule(RiskCategory.INDIRECT, "\\b(?:repartido|regalado|dado) (?:todas )?mis cosas\\b|\\bcartas? de despedida\\b|\\bnada de esto importara\\b|\\bya me he despedido\\b|\\bya no sere un problema\\b|\\bmis asuntos en orden\\b|\\bno (?:creo que )?(?:necesite|necesitare) (?:terapia|ayuda|nada) despues\\b|\\bestare en paz\\b|\\bno hay vuelta atras\\b|\\bya no podre cuidarl[oa]\\b|\\bcuando ya no este\\b|\\bdescansar para siempre\\b|\\bsolucion definitiva\\b|\\bno pienso estar aqui\\b|\\bla ultima vez que pido ayuda\\b|\\bme voy a ir con mi (?:madre|padre|hij[oa]|marido|mujer)\\b"),
            rule(RiskCategory.SELF_HARM, "\\bme (?:corto|corte|he cortado|he vuelto a cortar|hago cortes|hice cortes|quemo|queme|golpeo|arano|muerdo|pellizco|provoco heridas|hago dano|hice dano)\\b|\\bautolesi\\w*|\\bhacerme dano\\b|\\bhaciendome dano\\b|\\bcortes nuevos\\b|\\bsobredosis\\b|\\bganas de cortarme\\b|\\bcortarme\\b|\\bme tome (?:un bote|muchas pastillas|un monton)\\b|\\btome muchas pastillas\\b|\\bme pego punetazos\\b|\\bme he estado haciendo dano\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:lo|la|los|las|te) (?:mato|matare|voy a matar)\\b|\\b(?:le|les) voy a (?:partir la cara|dar una paliza|hacer dano|pegar|matar)\\b|\\bhacerle(?:s)? dano\\b|\\bpartir(?:le)? la cara\\b|\\bapunal\\w*|\\bestrangul\\w*|\\bhacer pagar\\b|\\bdar(?:le)? una paliza\\b|\\bmatar a (?:alguien|mi|mis|su|la|el|los|ese|esa|este|esta|aquel|aquella)\\b|\\bganas de matar\\b|\\bzarande\\w*|\\bpego a mis hijos\\b|\\bamenace a\\b|\\bque sufra\\b|\\ble hago algo\\b|\\ble pegue a\\b|\\bllevar un cuchillo\\b|\\bverl[oa] muert[oa]\\b|\\batropellarl[oa]\\b|\\benvenenar\\b|\\bempujar a la gente\\b|\\btengo un arma y se donde vive\\b"),
            rule(RiskCategory.DANGER, "\\b(?:me|nos) (?:pega|pegaba|pegan|golpea|golpeaba|maltrata|maltrato|amenaza|amenazo|empuja|empujo|insulta|humilla|controla|viola|violo|encerro|obligo|agarro|apreto|tiro)\\b|\\bme pego (?!punetazos)\\w+|\\bme (?:dio|ha dado) (?:una bofetada|un punetazo|una paliza|un golpe)\\b|\\bme da miedo volver a casa\\b|\\bno estoy segur[oa] en (?:casa|mi casa)\\b|\\bme matara si\\b|\\bamenaza con matarme\\b|\\bcontrola (?:todo )?el dinero\\b|\\bno me deja (?:salir|ver|trabajar|tener)\\b|\\bme revisa el movil\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:la muerte|morir(?:me)?) como (?:una |la )?(?:salida|solucion)\\b|\\bcomo me (?:mataria|suicidaria|quitaria la vida)\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:imagenes|pensamientos|ideas?) de (?:\\w+ ){0,2}?(?:tirar|empujar|ahogar|apunalar|hacer dano|hacerle dano|matar|asfixiar|estrangular|dejar caer)\\b|\\b(?:pensamientos|imagenes) (?:que tengo )?sobre (?:mis hijos|mi bebe|mi hij[oa])\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:dejado todo organizado|testamento)\\b.{0,40}\\bpor si acaso\\b"),
            rule(RiskCategory.DANGER, "\\bme quita (?:la pension|el dinero)\\b|\\bmoratones\\b|\\bles hara dano a los ninos\\b|\\bme ha amenazado\\b|\\bmaltrato\\b|\\bviolencia de genero\\b|\\babusa de mi\\b|\\btengo miedo de mi (?:marido|pareja|novio|mujer|padre|hijo|ex)\\b|\\bme pego estando\\b"),
            // validation batch 9 (2026-12-03): a god asked to take one, the last week they will put up with one, not here for
            // a season, hidden blades, a will made and everything left in order, a lethal amount looked up, wanting to disappear,
            // "I can't take any more", better not to be here, being followed and locked in, a baby shaken
            rule(RiskCategory.PASSIVE, "\\b(?:dios|la muerte|el senor|la virgen)\\b.{0,25}\\bme (?:lleve|llevara|llevase|recoja|recogiera)\\b(?! (?:por|a casa|de la mano|bien|con (?:salud|bien)))"),
            rule(RiskCategory.INDIRECT, "\\bultim[oa] (?:vez|semana|dia|noche|mes|navidad|verano|ano) que (?:me|nos) (?:vais|van|vas|va|vayais|vayan) a (?:ver|aguantar|soportar|oir|tener|leer|sufrir)\\b|\\bultim[oa] (?:vez|semana|navidad) que me (?:veis|ves|vereis|veran|aguantais|soportais|aguantan)\\b"),
            rule(RiskCategory.INDIRECT, "\\bno (?:voy a estar|estare|creo que este|creo que vaya a estar) (?:aqui |por aqui |viv[oa] |ya )?(?:para|en) (?:el verano|navidad|navidades|mi cumpleanos|fin de ano|ano nuevo|la primavera|el otono|el invierno|la boda|su cumpleanos|el ano que viene|el proximo ano)\\b(?!.{0,40}\\b(?:viaje|viajando|vacaciones|fuera|mudo|mudamos|mudanza|trabaj\\w*|de visita|con mis|en casa de|extranjero|erasmus|turno|hospital ingresad\\w*)\\b)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:cuchillas?|navajas?|cuchillos?|cuerdas?|sogas?|pistolas?|armas?|veneno|pastillas|pildoras|insulina|medicamentos|cuter|cutter)\\b (?:\\w+ ){0,2}?escondid[oa]s?\\b|\\bescond\\w* (?:\\w+ ){0,3}?(?:cuchillas?|navajas?|cuerdas?|sogas?|veneno|pastillas|pildoras|cuter|cutter)\\b(?! (?:de (?:mi|la|el) (?:abuel[oa]|madre|padre|hij[oa])|para que (?:no|el|la|los)))"),
            rule(RiskCategory.INDIRECT, "\\b(?:hecho|hice|actualizado|actualice|cambiado|cambie|redactado|escrito|firmado|firme) (?:el |mi |un )?testamento\\b(?!.{0,50}\\b(?:bebe|nacer|nacimiento|casarnos|casarme|casamos|boda|hij[oa]s?|mudanza|hipoteca|piso|casa nueva|jubila\\w*|operacion|herencia de)\\b)|\\b(?:dejado|dejar|dejo|deje) todo (?:arreglado|organizado|atado|en orden|preparado)\\b(?!.{0,40}\\b(?:vacaciones|viaje|baja|mudanza|manana|lunes|trabajo|oficina|boda|operacion|parto|reunion|examen)\\b)"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:cuant[oa]s?|que (?:dosis|cantidad))\\b (?:\\w+ ){0,4}?(?:mortal(?:es)?|letal(?:es)?|para (?:morir|no despertar|matar(?:me|se)?))\\b|\\b(?:dosis|cantidad) (?:mortal|letal)\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:quiero|quisiera|ganas de|me gustaria|ojala pudiera|solo pienso en) desaparecer\\b(?! (?:de|del|en|por|un|una|unos|unas|durante|hasta|a|al|los|las|el|la|con|y (?:volver|empezar)) )"),
            rule(RiskCategory.PASSIVE, "\\b(?:ya )?no (?:aguanto|puedo|soporto) (?:mas|ni un dia mas)\\b(?! (?:a |con |el |la |los |las |este |esta |estos |estas |esto |de |en |sin |tanto|aqui|que|comer|comida|postre|cansancio|sueno|calor|frio))"),
            rule(RiskCategory.PASSIVE, "\\b(?:seria|estaria|estarian|es) mejor (?:no estar|no existir|desaparecer|no despertar|no haber nacido|irme para siempre)\\b(?! (?:sol[oa]|en|con|cerca|tan|muy|pendiente|de|a))"),
            rule(RiskCategory.DANGER, "\\bme (?:persigue|persiguio|acosa|acoso|acecha|espia)\\b|\\bme sigue (?:a todas partes|a todos lados|por la calle|hasta (?:casa|el trabajo)|al trabajo|en (?:el )?coche)\\b|\\b(?:ex|expareja|exmarido|exmujer|exnovi[oa]|ex pareja|ex marido|ex mujer)\\b.{0,40}\\b(?:me sigue|se presenta|aparece en (?:mi|el|la) |me espera|me llama sin parar|me escribe sin parar)\\b"),
            rule(RiskCategory.DANGER, "\\bme (?:encierra|encerraba|ha encerrado|deja encerrad[oa])\\b|\\b(?:me quita|se lleva|me esconde) las llaves\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:sacud\\w*|zarande\\w*|tire|lance|golpee|pegue) (?:a |al |a la |a mi |a mis )(?:bebe|nino|nina|hij[oa]s?|crio|cria|pequen[oa])\\b"),
            // validation batch 10 (2026-12-03, Spanish from Spain and Latin America): ceasing to exist, wanting it all over for
            // oneself, death as peace, what sense in living, not wanting to wake, "in case something happens to me", when I'm no
            // longer here, resting forever, not found in time, a whole bottle swallowed, poison or a blade in one's room, access
            // to morphine, hanging words, a height checked, passwords left for the family, a beam tested, blows to oneself,
            // "lastimarme", scoring the skin, threats by message, "no respondo de mí", paying in blood, revenge planned, a child
            // slapped hard, not wanting to be alone with the baby
            rule(RiskCategory.PASSIVE, "\\bdejar de existir\\b|\\b(?:quisiera|quiero|ojala|deseo|me gustaria) que (?:todo|esto|mi vida) (?:se )?(?:termin|acab)\\w*\\b.{0,20}\\b(?:para mi|para siempre|de una vez)\\b|\\b(?:la muerte|morir(?:me)?|estar muert[oa])\\b.{0,30}\\b(?:me da (?:paz|tranquilidad|calma)|me (?:tranquiliza|calma|alivia|consuela)|seria un (?:alivio|descanso))\\b"),
            rule(RiskCategory.PASSIVE, "\\b(?:que|cual es el) sentido (?:tiene )?(?:vivir|seguir(?: viviendo| aqui| adelante)?|la vida|mi vida|estar viv[oa])\\b|\\bno (?:quiero|quisiera|deseo) (?:volver a )?despertar(?:me)?\\b(?! (?:temprano|pronto|a las|antes|tan temprano|con|al))"),
            rule(RiskCategory.INDIRECT, "\\bpor si (?:me pasa|me pasara|me ocurre|me ocurriera) algo\\b(?!.{0,30}\\b(?:montana|viaje|carretera|conduciendo|excursion|senderismo|trabajo|obra)\\b)|\\bcuando (?:yo )?(?:ya )?no este\\b(?!.{0,30}\\b(?:en casa|de viaje|trabajando|fuera|en el trabajo|de vacaciones|disponible|conectad[oa]|en la oficina)\\b)|\\b(?:dormir|descansar|irme|desaparecer)(?:me)?\\b(?: \\w+){0,3}?,? para siempre\\b"),
            rule(RiskCategory.EXPLICIT, "\\bencontrar(?:me)? a tiempo\\b|\\bno me (?:van a |vayan a )?encontr\\w* a tiempo\\b|\\b(?:colgarme|ahorcarme)\\b(?! (?:la|el|los|las|una|un|del brazo|de la) )"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:tom|trag|beb)\\w* (?:\\w+ )?(?:(?:el|un) (?:bote|frasco|blister|paquete)|la caja|una caja) (?:entero|entera|de (?:pastillas|pildoras|paracetamol|somniferos|ibuprofeno|orfidal|lorazepam|diazepam))\\b|\\b(?:tom|trag)\\w* (?:\\w+ )?(?:el bote|el frasco|la caja) entero\\b|\\btodas las pastillas (?:de golpe|de una vez|juntas|a la vez)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:veneno|matarratas|raticida|cuchillas?|cuerdas?|sogas?|pistolas?|escopetas?|armas?)\\b.{0,30}\\ben mi (?:cuarto|habitacion|mesilla|cajon|mochila|armario)\\b"),
            rule(RiskCategory.EXPLICIT, "\\b(?:acceso a|consegui\\w*|tengo a mano|me hice con|me he hecho con|se donde (?:guarda|tiene)) (?:\\w+ ){0,3}?(?:morfina|opioides?|fentanilo|metadona|insulina|pistola|escopeta|arma|veneno|barbituricos)\\b"),
            rule(RiskCategory.PLAN_MEANS, "\\b(?:puente|azotea|tejado|balcon|acantilado|ultimo piso|\\w+ piso|edificio|viaducto|parking|torre)\\b.{0,40}\\b(?:lo alt[oa] que|la altura|cuanta altura|suficientemente alt[oa]|la caida)\\b(?!.{0,30}\\b(?:vistas|fotos?|foto|fuegos|paisaje)\\b)|\\b(?:aguanta\\w*|soporta\\w*|resiste\\w*) (?:mi peso|conmigo colgad[oa])\\b"),
            rule(RiskCategory.INDIRECT, "\\b(?:contrasenas|claves|papeles|cuentas|documentos|seguros?)\\b.{0,40}\\bpara (?:mi familia|mis hijos|mi mujer|mi marido|mi pareja|mis padres|cuando (?:yo )?no este)\\b(?!.{0,30}\\b(?:vacaciones|viaje|por si se me olvida|wifi)\\b)"),
            rule(RiskCategory.SELF_HARM, "\\bme (?:doy|di|daba|estoy dando) (?:golpes|cabezazos|punetazos)\\b|\\b(?:lastimarme|lastimandome)\\b|\\bme (?:lastimo|lastime|he lastimado|estoy lastimando)\\b(?! (?:la|el|los|las|jugando|corriendo|en el|entrenando|haciendo))|\\bme (?:\\w+ )?(?:rayo|raye|rajo|raje|rasguno|rasgune|arano|arane|marco|marque|quemo|queme|corto|corte|pincho|pinche|clavo|clave) (?:\\w+ ){0,2}?(?:los brazos|las piernas|la piel|las munecas|los muslos|la tripa|el abdomen|el brazo|la pierna|la muneca|el muslo)\\b|\\bme (?:\\w+ ){0,3}?con (?:una|la) (?:cuchilla|navaja|hoja de afeitar|aguja)\\b"),
            rule(RiskCategory.DANGER, "\\bque me (?:va a|iba a|vaya a|fuera a) (?:hacer dano|matar|pegar|rajar|destrozar|hacer algo|buscar)\\b|\\bsabe donde vivo\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\bno respondo de mi\\b|\\bno (?:se|sabria) (?:lo )?que (?:le|les) (?:haria|hare|voy a hacer)\\b|\\bpag\\w* con (?:sangre|su vida)\\b|\\b(?:planeando|planeo|pienso en|quiero|voy a|ganas de) (?:como )?vengarme\\b|\\ble (?:di|he dado|pegue|daba|doy) (?:una bofetada|un punetazo|una paliza|un golpe|una patada|un tortazo|un bofeton|un guantazo) a (?:mi|mis|la|el|su)\\b|\\ble deje (?:la cara|el brazo|la espalda|el ojo) (?:marcad|morad|hinchad)[oa]\\b"),
            rule(RiskCategory.HARM_OTHERS, "\\b(?:miedo (?:de|a)|me da miedo|no puedo|no quiero|me asusta) quedarme sol[oa] con (?:mi|el|la|los|mis) (?:bebe|hij[oa]s?|nin[oa]s?|pequen[oa])\\b"));

    /** Spanish idioms that mention death or harm without meaning it, and everyday injuries; removed before matching. */
    private static final List<Pattern> IDIOMS_ES = List.of(
            Pattern.compile("\\b(?:me quiero morir|me muero|quiero morirme)\\b,? (?:que|de|del) (?:verguenza|corte|oso|palo|risa)\\b|\\bme (?:he )?(?:cortado|corte|corto|cortare|cortaba) (?:el|la|las|los) (?:pelo|flequillo|puntas|unas|barba|dedo)\\b"),
            Pattern.compile("\\b(?:un|una|el|la) (?:susto|dolor|frio|calor|tarta|cena|comida|concierto|fiesta|resaca|sueno) de muerte\\b|\\b(?:esta|estaba|estar) de muerte\\b|\\bme (?:quiero|queria|quise) morir de (?:la )?(?:verguenza|risa|envidia|asco|pena|ganas|calor|frio|hambre|sueno)\\b|\\bme (?:he )?(?:cortado|corte|corto) con (?:un |una |el |la )?(?:papel|folio|hoja|lata|abrelatas|sobre|tijeras)\\b"),
            Pattern.compile("\\bme muero (?:de|por) \\w+|\\bmuert[oa]s? de (?:cansancio|sueno|miedo|risa|hambre|frio|calor|verguenza|aburrimiento)\\b|\\bme moria de \\w+"),
            Pattern.compile("\\b(?:me|te|nos) (?:va a |van a )?matan? si\\b|\\b(?:me|te) (?:esta|estan) matando\\b|\\bme mata\\b|\\bme quita la vida\\b|\\bmataria por\\b|\\bmatar el tiempo\\b|\\bme mato de un susto\\b|\\bese chiste me mato\\b"),
            Pattern.compile("\\bme (?:he )?(?:cortado|corte|corto) el (?:pelo|dedo)\\b|\\bme (?:he )?quemado con\\b|\\bme queme con\\b|\\bme (?:he hecho|hice|hize) dano en (?:la|el|los|las) \\w+|\\bmi (?:gato|perro|hijo pequeno|bebe|nino pequeno|nina pequena) (?:\\w+ ){0,2}?me (?:pega|arano|muerde|mordio|pego)\\b|\\b(?:estudio|clase|curso|charla|asociacion|voluntari[oa]) (?:\\w+ ){0,5}?(?:autolesion\\w*|suicidio)\\b|\\bprevencion del suicidio\\b|\\bme di un golpe\\b|\\bme (?:he )?(?:cortado|corte|queme|he quemado) (?:\\w+ ){0,4}?(?:cocinando|pelando|sin querer|en la cocina|abriendo|afeitandome|con el horno)\\b|\\bacabar conmigo\\b|\\bse me ha muerto el \\w+"));

    /**
     * Denials and remote history ("I'm not suicidal", "I've never self-harmed", "nobody hurts me at
     * home", "no thoughts of harming myself or anyone else"), removed before matching: the words are
     * there, the risk is not. What is said beside a denial is still read ("I'm not suicidal, I just
     * don't want to wake up" is flagged).
     */
    private static final List<Pattern> DENIALS = List.of(
            // validation batch 9 (2026-12-03)
            Pattern.compile("\\bi'?d never (?:ever )?(?:hurt|harm|hit) (?:anyone|anybody|a fly|my \\w+|them|him|her)\\b(?!.{0,40}\\b(?:but|though|unless|except|if)\\b)|\\bno (?:quiero|voy a|pienso|pretendo) hacer(?:le|les)? dano a nadie\\b|\\bnadie me (?:trata mal|maltrata|pega|amenaza|hace dano|ha hecho dano)\\b|\\bpregunt\\w*\\b.{0,40}\\b(?:ideas suicidas|suicid\\w*|hacerme dano|autolesion\\w*|quitarme la vida|matarme)\\b.{0,30}\\b(?:y no (?:las )?(?:tenia|tengo)|no (?:las )?tenia|ninguna)\\b"),
            Pattern.compile("\\b(?:he|she|they|my \\w+)(?:'s| has|'ve| have)? never (?:once )?(?:actually )?(?:hurt|hit|touched|harmed|laid a (?:hand|finger) on|been violent (?:to|with|towards)) me\\b"),
            Pattern.compile("\\bno tengo (?:ningun[oa]? )?(?:ideas?|pensamientos?|intencion(?:es)?|planes?|deseos?) (?:suicidas?|de (?:suicid\\w*|morir(?:me)?|matarme|hacerme dano|quitarme la vida|autolesion\\w*|hacer(?:le)? dano a nadie))\\b(?: (?:ni|y) (?:de )?(?:\\w+ ){0,3}?(?:suicid\\w*|dano a nadie|a nadie|hacerme dano|matarme))?(?!.{0,40}\\bpero\\b)|\\bnunca (?:me he|he|me) (?:\\w+ ){0,2}?(?:hecho dano|autolesionado|intentado (?:suicidarme|matarme|quitarme la vida)|pensado en (?:suicidarme|matarme|el suicidio|quitarme la vida))\\b(?!.{0,40}\\bpero\\b)|\\b(?:pregunto|pregunta|preguntaron|preguntan|pregunto)\\b.{0,40}\\b(?:suicid\\w*|hacerme dano|autolesion\\w*|quitarme la vida|matarme|morir)\\b.{0,30}\\b(?:le dije que no|dije que no|les dije que no|conteste que no|respondi que no)\\b"),
            Pattern.compile("\\b(?:i'm|i am|i was|i've been|i have been|i feel|i'm really|i'm definitely) (?:not|never) (?:\\w+ ){0,2}?(?:suicidal|thinking (?:about|of) (?:suicide|ending (?:my life|it)|killing myself|hurting myself|harming myself)|a danger to (?:myself|anyone|others)|going to (?:hurt|harm|kill) (?:myself|anyone)|planning (?:to|on) (?:do|doing) anything(?: to myself)?|at risk|in (?:any )?danger|unsafe)\\b"),
            Pattern.compile("\\b(?:i've|i have|i) (?:honestly )?never (?:\\w+ ){0,3}?(?:suicid\\w*|self harm\\w*|killing myself|kill myself|ending my life|end my life|hurt(?:ing)? myself|harm(?:ing)? (?:myself|anyone)|hurt(?:ing)? anyone|hit (?:anyone|anybody|a woman|a man|my \\w+)|attempted suicide|tried to (?:hurt|harm|kill) myself|been violent(?: to anyone)?|wanted to (?:die|harm anyone|hurt anyone))\\b"),
            Pattern.compile("\\b(?:no|not any|(?:i'm |i am )?not having any|don't have any|do not have any|haven't had any|without any) (?:\\w+ ){0,2}?(?:thoughts?|plans?|intentions?|wish|history|desire|urges?) (?:of |to |about |for )?(?:\\w+ ){0,2}?(?:suicid\\w*|die|dying|ending (?:my life|it)|kill\\w*(?: myself)?|hurt\\w*(?: myself)?|harm\\w*(?: myself)?|self harm\\w*)(?: (?:or|and|nor) (?:\\w+ ){0,3}?(?:suicid\\w*|attempts?|anyone(?: else)?|others|myself))*\\b"),
            Pattern.compile("\\b(?:i )?(?:don't|do not|never) want to (?:die|hurt myself|harm myself|kill myself|end my life|hurt anyone|harm anyone|hurt anybody|hurt people)\\b(?!.{0,40}\\b(?:but|though|although|yet)\\b)"),
            Pattern.compile("\\bi (?:would|could) never (?:hurt|harm) (?:anyone|anybody|my \\w+|them|him|her)\\b"),
            Pattern.compile("\\b(?:would|will|could) never (?:lay a (?:hand|finger) on|hit|hurt|harm|threaten) me\\b|\\b(?:he|she|they)(?:'s| has|'ve| have) never (?:actually )?(?:hurt|hit|touched|harmed|laid a (?:hand|finger) on) me\\b|\\b(?:years|a long time|decades) ago i (?:had|used to have) (?:\\w+ ){0,2}?(?:thoughts of (?:suicide|ending (?:my life|it)|killing myself|hurting myself)|suicidal thoughts)\\b(?=.{0,20}\\bbut\\b.{0,40}\\b(?:not|hasn'?t|haven'?t|no longer|long time|since)\\b)"),
            Pattern.compile("\\b(?:\\w+ ){0,3}(?:thoughts|self harm\\w*|cut\\w*|suicid\\w*)\\b.{0,40}\\bbut not (?:for|since|in) (?:over |more than |about )?(?:\\w+ ){0,2}(?:years|decades)\\b"),
            Pattern.compile("\\bi (?:would|could|will)(?:n'?t| not| never) (?:ever )?(?:kill|hurt|harm) myself\\b(?!.{0,40}\\b(?:but|though|unless|except|if)\\b)|\\b(?:nobody|no one)(?:'s| has)(?: ever)? been (?:violent|abusive|physical) (?:to|with|towards) me\\b"),
            Pattern.compile("\\bi (?:would|could|will)(?:n'?t| not| never) (?:ever )?(?:hurt|harm) (?:anyone|anybody|a fly)\\b|\\b(?:nobody|no one)(?: \\w+){0,3} (?:has )?(?:ever )?(?:hurt|hit|harmed|threatened|abused) me\\b|\\b(?:nobody|no one)(?: \\w+){0,3}(?: is|'s) (?:hurting|hitting|harming|threatening) me\\b"),
            Pattern.compile("\\b(?:suicide|self harm|killing myself|hurting myself|ending my life)(?: is|'s|s)(?:n'?t| not| never) (?:something|an option|on the cards|for me)\\b|\\bi (?:don'?t|do not|never) (?:self harm|cut|hurt myself|harm myself)\\b(?! (?:as much|as often|anymore but|any more but|but))(?=\\s*(?:$|[,.;]|and i|i (?:go|just|prefer)))"),
            Pattern.compile("\\b(?:asked|asks|ask) (?:me )?(?:about|if i(?: was| had| have| am| ever|'d had|'d ever|'d)) (?:\\w+ ){0,3}?(?:suicid\\w*|self harm\\w*|hurting myself|thoughts of \\w+(?: myself| my life| my own life)?)\\b.{0,25}\\b(?:i said no|and i said no|i don'?t|i haven'?t|i'?m not|i told (?:her|him|them) (?:no|i'?ve never|i have never|i haven'?t|i don'?t))\\b"),
            Pattern.compile("\\b(?:suicide|self harm|killing myself|ending my life) (?:has|had) never (?:crossed|been on) my mind\\b|\\bi (?:definitely )?want to live\\b"),
            Pattern.compile("\\b(?:i'm|i am|i feel) (?:(?!not\\b)\\w+ )?safe (?:at|in my) home\\b|\\b(?:don't|do not|never) feel (?:unsafe|in danger|scared|afraid) (?:at|in my) home\\b|\\b(?:nobody|no one) (?:hurts|hits|harms|threatens) me\\b|\\b(?:has|have|had) never (?:laid a finger on|hit|hurt|harmed|been violent (?:to|with|towards)) me\\b|\\b(?:he's|she's|he is|she is|they're|they are|he has|she has) never (?:been )?(?:violent|physical|abusive)\\b|\\bnobody gets hurt\\b"),
            Pattern.compile("\\b(?:haven't|have not|not) (?:\\w+ ){0,3}?(?:self harmed|hurt myself|cut|harmed myself)(?: \\w+){0,3} (?:in|for) (?:over |more than |about )?(?:\\w+ )?(?:years?|decades?)\\b|\\b(?:clean|free) (?:from|of) (?:self harm\\w*|cutting|them|it) for (?:\\w+ )?(?:years?|months)\\b|\\b(?:don't|do not|no longer) (?:self harm|cut|hurt myself) (?:anymore|any more)\\b|\\bhad suicidal thoughts (?:\\w+ ){0,2}?years ago but not\\b|\\bused to self harm as a teenager but\\b"),
            // Spanish
            Pattern.compile("\\bnunca (?:he|me he) (?:\\w+ ){0,2}?(?:suicidarme|autolesionado|intentado (?:hacerme dano|quitarme la vida|suicidarme|matarme)|hacerme dano|pensado en (?:suicidarme|matarme|morir))\\b|\\bno tengo (?:ideas|pensamientos) (?:suicidas|de hacerme dano)(?: ni de hacer dano a nadie)?\\b|\\bno (?:quiero|tengo (?:ganas|intencion) de|pienso|estoy pensando en|pienso en|he pensado en) (?:hacerme dano|morirme|morir|matarme|suicidarme|quitarme la vida)\\b(?!.{0,40}\\bpero\\b)|\\bnunca (?:me )?(?:haria|le haria|me hare) dano\\b|\\bnadie me hace dano\\b|(?<!no )\\bestoy segur[oa] en casa\\b|\\bnunca me (?:ha puesto|pondria|puso) la mano encima\\b|\\bnunca me (?:ha pegado|pegaria|ha hecho dano)\\b|\\bnunca (?:he|le he|les he) (?:pegado|hecho dano|agredido) a nadie\\b|\\bnunca me ha hecho dano\\b|\\b(?:veo|atiendo|trato|tratamos|vemos) (?:\\w+ ){0,2}?(?:sobredosis|autolesiones|intentos de suicidio)\\b|\\bno estoy en peligro\\b"),
            Pattern.compile("\\bantes me (?:autolesionaba|cortaba|hacia dano)\\b(?=.{0,30}\\b(?:hace|ya no|pero no)\\b)|\\bhace anos tuve pensamientos suicidas pero ahora no\\b"));

    /**
     * A clause about someone else ("my friend self-harms", "my sister tried to kill herself"): its
     * subject is another person and the matched words name no first person. Their risk is not the
     * client's; words about the client ("my husband hits me") are never dropped this way.
     */
    private static final Pattern THIRD_PERSON_SUBJECT = Pattern.compile("^(?:and |but |so |then |also |now |because )?(?:(?:my|a|an|the|her|his|our|their|one of my|mi|mis|un|una|el|la|su) (?:\\w+ ){0,2}?(?:friend|friends|sister|brother|mum|mom|mother|dad|father|son|daughter|partner|husband|wife|colleague|client|uncle|aunt|cousin|grandmother|grandfather|grandad|grandma|nan|neighbour|neighbor|flatmate|boyfriend|girlfriend|teacher|therapist|boss|patient|child|kid|ex|fiance|fiancee|housemate|roommate|stepdad|stepmum|stepmom|stepfather|stepmother|niece|nephew|classmate|coworker|girl|boy|guy|woman|man|lad|bloke|student|pupil|amiga|amigo|hermana|hermano|madre|padre|hija|hijo|abuelo|abuela|companera|vecina|vecino|tio|tia|jefe|pareja)(?:'s \\w+|s)?|he(?! \\w+(?:ado|ido|ito|cho|sto|rto|so|lto)\\b)|she|they|someone|somebody|people)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i've|i'd|i'll|me|myself|mine|yo|me|mi mism[oa]|matarme|suicidarme|morirme|hacerme|\\w+(?:arme|erme|irme)|pienso|quiero|tengo|siento|estoy|voy)\\b");

    /**
     * Words that say a thought of harm is unwanted and alien ("it horrifies me", "I would never"): with
     * a harm-to-others match they make it an intrusive thought, checked gently, not a threat.
     */
    private static final Pattern ALIEN = Pattern.compile("\\b(?:horrif\\w*|terrif\\w*|disgust\\w*|ashamed|sick to my stomach|unwanted|intrusive|"
            + "would never|wouldn'?t ever|could never|never (?:would|want to|wanted to)|don'?t want to|do not want to|"
            + "pop\\w* (?:into|in) my (?:head|mind)|flash\\w* (?:into|in|through) my (?:head|mind)|out of nowhere|can'?t stop (?:the )?(?:thoughts?|thinking|images?)|"
            + "(?:scares?|scared|frighten\\w*|afraid|worried|terrified) (?:me|that i|i (?:might|will|could|would)|of myself)|what if i|"
            + "what kind of (?:mother|father|mum|mom|dad|parent|person)|i love (?:him|her|them|my baby|my son|my daughter) so much|ocd|"
            + "(?:makes? me|feel) (?:feel )?(?:sick|like a monster)|hate it|the thoughts in my head|because of (?:the|my) thoughts|"
            + "me aterra\\w*|me horroriza\\w*|me da asco|nunca lo haria|no puedo pararl\\w+|no desead\\w+|intrusiv\\w+|me dan miedo mis|me asustan los pensamientos|"
            + "me avergüenzo|me averguenzo|que clase de (?:madre|padre)|tengo miedo de|me da miedo|me asusto|me asusta)\\b");

    /** An intrusive thought is a thought: words that say so ("thoughts", "images", "what if", "pops into my head"). */
    private static final Pattern THOUGHT = Pattern.compile("\\b(?:thoughts?|thinking|images?|pictures?|picturing|flashes|flash|ideas?|what if|pops? into|popping into|intrusive|brain|mind|head|imagin\\w*|"
            + "pensamientos?|imagenes|idea|ideas|me vienen?|se me pasa)\\b");

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
        List<String> clauses = clauses(text);
        List<RiskCategory> matched = new java.util.ArrayList<>();
        for (List<Rule> rules : List.of(RULES, MORE_RULES, CONCEPT_RULES, RULES_ES, THREATS)) {
            for (Rule rule : rules) {
                java.util.regex.Matcher m = rule.pattern().matcher(normal);
                while (m.find()) {
                    if (rule.category() == RiskCategory.DANGER || rules == THREATS || !aboutSomeoneElse(m.group(), clauses)) {
                        matched.add(rule.category());
                        break;
                    }
                }
            }
        }
        if (matched.isEmpty()) {
            return RiskSignal.CLEAR;
        }
        for (RiskCategory first : List.of(RiskCategory.PLAN_MEANS, RiskCategory.DANGER, RiskCategory.SELF_HARM, RiskCategory.HARM_OTHERS)) {
            if (matched.contains(first)) {
                boolean suicidal = matched.stream().anyMatch(c -> c.pathway() == RiskPathway.SUICIDE);
                return RiskSignal.flagged(first == RiskCategory.HARM_OTHERS && !suicidal && ALIEN.matcher(normal).find()
                        && THOUGHT.matcher(normal).find() ? RiskCategory.INTRUSIVE : first);
            }
        }
        return RiskSignal.flagged(matched.get(0));
    }

    /** Whether matched words name no first person and sit in a clause whose subject is someone else. */
    private static boolean aboutSomeoneElse(String words, List<String> clauses) {
        if (FIRST_PERSON.matcher(words).find()) {
            return false;
        }
        for (String clause : clauses) {
            if (clause.contains(words.strip())) {
                return THIRD_PERSON_SUBJECT.matcher(clause).find();
            }
        }
        return false;
    }

    /** The text cut into clauses (sentences, commas, "but"), each normalised as the whole text is. */
    private static List<String> clauses(String text) {
        List<String> clauses = new java.util.ArrayList<>();
        for (String part : (text == null ? "" : text).split("[.;!?,\\n]+|\\s+but\\s+|\\s+pero\\s+")) {
            String clause = withoutIdioms(part);
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    /** The normalised text with everyday idioms ("this commute is killing me") taken out. */
    static String withoutIdioms(String text) {
        String normal = normalise(text);
        for (List<Pattern> removed : List.of(IDIOMS, IDIOMS_ES, DENIALS)) {
            for (Pattern p : removed) {
                normal = p.matcher(normal).replaceAll(" ");
            }
        }
        return normal.replaceAll("\\s+", " ").trim();
    }

    /** Lower case, no accents, shorthand and typos of risk words straightened (see {@link Spelling}). */
    static String normalise(String text) {
        return Spelling.normalise(text);
    }
}
