package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule-based detector the dialogue uses until the evaluated detector of issue #5 replaces it:
 * it catches every risk phrase of the shared public set and leaves its benign ones alone, and it
 * generalises to phrasings that set does not list.
 */
class PhraseRiskDetectorTest {

    private final PhraseRiskDetector detector = new PhraseRiskDetector();

    @Test
    void every_public_risk_phrase_is_flagged_and_every_benign_one_is_not() {
        List<String> wrong = new ArrayList<>();
        for (LabelledPhrases.Row row : LabelledPhrases.read(LabelledPhrases.PUBLIC)) {
            if (detector.assess(row.text()).flagged() != row.risk()) {
                wrong.add((row.risk() ? "missed " : "false alarm ") + row.category() + ": " + row.text());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I feel like such a burden on my family", "honestly i'm just a burden", "He threatened to hurt me again last night",
            "she told me she'd kill me if I left", "I won't be here much longer", "this is my goodbye to you all",
            "i wanna kms", "I've been thinking of ending it all", "sometimes I cut my arms", "I keep hoping I won't wake up",
            "Everyone would be better if I wasn't around", "I've got a rope in the garage", "I'm scared I'll hurt my baby"})
    void unlisted_risk_phrasings_are_flagged(String text) {
        assertThat(detector.assess(text).flagged()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm ready to go home after work", "ready to go to the gym", "It won't matter if we reschedule",
            "I won't be around next week, I'm on holiday", "this commute is killing me", "I'm dying to see the new film",
            "my deadlines are brutal", "I could murder a pizza", "we laughed to death at the show", "my back is killing me"})
    void everyday_talk_is_not_flagged(String text) {
        assertThat(detector.assess(text).flagged()).as(text).isFalse();
    }

    /** What kind of risk the words are read as decides which questions follow (clinical reference, section 9). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a knife held to the client's throat by someone else is violence at home, not the client's means
            "she put a knife to my neck during the argument | DANGER",
            // hoping to be hurt is the client's own risk-taking
            "I walk through the rough estate at night hoping someone kills me | SELF_HARM",
            // Spanish "me pegó" loses its accent: "he hit me" unless the words say the client hits themself
            "me pegó en la cara delante de mis hijos | DANGER",
            "me pego en la cabeza cuando me equivoco | SELF_HARM",
            "I keep having thoughts of killing myself at night and nobody knows | EXPLICIT",
            "I've been saving up my tablets | PLAN_MEANS",
            // a conditional threat about what will happen to someone is the client's own threat
            "if my brother shows up again he's getting stabbed | HARM_OTHERS",
            // "vergüenza" alone is not violence over family honour (validation batch 22's rule names the family)
            "me da vergüenza, me quiero matar | EXPLICIT",
            "I feel so much shame, I want to kill myself | EXPLICIT",
            // unwanted harm thoughts since a birth stay intrusive thoughts
            "Since my son was born I get flashes of dropping him. They horrify me and I would never do it. | INTRUSIVE",
            // a blade carried with a threat is harm to others, not the client's means (validation batch 42)
            "tengo un cuchillo en casa y si mi ex se vuelve a acercar lo voy a usar | HARM_OTHERS",
            // a day chosen by someone else's absence is the client's own plan, though the clause is about them (validation batch 45)
            "The weekend my husband takes the kids camping is the day | PLAN_MEANS",
            // bruises "until they come" are the client's own (me golpeo), not someone else's blows (the second grid)
            "a veces me golpeo hasta que me salen moratones | SELF_HARM",
            "mi marido me pega y me salen moratones | DANGER",
            // an unwanted thought the client says they would never act on stays intrusive, even when the denial is read out (validation batch 46)
            "I get awful thoughts about my baby drowning in the bath, I'd never hurt her | INTRUSIVE",
            // a threat of what will happen to the client is violence at home (validation batch 47)
            "my husband says if I tell anyone he'll find out and I'll pay for it | DANGER",
            // a plan said without a method word is still a plan (validation batch 58)
            "everything is sorted now, I just have to find the nerve | PLAN_MEANS", "I know where and I know when, I just haven't told anyone | PLAN_MEANS",
            "I found out how much of my insulin it would take | PLAN_MEANS", "going up to the cliffs on Sunday, it's quiet there, nobody will stop me | PLAN_MEANS",
            "some nights I sit in the car in the garage with the engine on just to see | PLAN_MEANS",
            "ya lo tengo todo preparado, solo me falta el valor | PLAN_MEANS",
            "my dad makes us kneel on rice when we get bad marks | DANGER", "I've got a hosepipe and a roll of tape in the boot of the car | PLAN_MEANS",
            "tengo guardada la morfina de mi abuela, nadie la pidió | PLAN_MEANS", "he estado mirando qué puentes de aquí no tienen redes | PLAN_MEANS",
            "soy padre primerizo y me viene la imagen de dejar caer a la niña por las escaleras, me horroriza | INTRUSIVE",
            "si me quitan a mis hijos voy a quemar la oficina de servicios sociales | HARM_OTHERS",
            "Mi marido me tiró por las escaleras | DANGER",
            "I don't eat for days as a punishment when I've messed up | SELF_HARM", "I'm scared to go home, he said he'd make me pay | DANGER"})
    void words_are_read_on_the_pathway_they_belong_to(String text, RiskCategory expected) {
        assertThat(detector.assess(text).category()).as(text).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Since my best friend died by suicide I've been struggling with guilt", "I would never kill myself",
            "nobody's ever been violent to me", "My GP asked if I'd had thoughts of ending my life, and I haven't",
            "I'm killing myself trying to finish this project", "I'm a paramedic and I see overdoses at work",
            "no tengo ganas de hacerme daño, solo estoy cansado", "me corté con un cuchillo cocinando",
            "I got a rope for the washing line", "we had overdose training at work today", "nobody in my house is hurting me",
            "I gave my old books to my niece because I'm moving", "I rehearsed my wedding speech so I won't mess it up",
            "the documentary had a suicide in it", "my husband would never lay a hand on me", "I want to kill my doomscrolling habit",
            "I'll kill him if he eats my chips again", "I always beat myself up over exams", "a patient threatened me on the ward",
            "she's never hurt me, she just sulks", "No tengo ideas de suicidio ni de hacer daño a nadie", "la tarta estaba de muerte",
            "me quise morir de la vergüenza", "no voy a estar aquí para el verano porque me voy de viaje con mis padres",
            "hicimos testamento cuando nació nuestra hija", "I said goodbye to my old job on Friday", "we've booked the venue and picked the date",
            "my dad has never hit me", "I want the pain in my knee to stop for good", "I made my brother pay for dinner",
            "el médico me preguntó si pensaba en el suicidio y le dije que no", "me lastimé la rodilla jugando al fútbol",
            "I'm going to kill my sister for borrowing my car", "I'm ending things with my girlfriend",
            "llevo agua y el móvil por si me pasa algo en la montaña", "my garden shed needs a new roof", "me corté las uñas ayer",
            "I bought charcoal for the barbecue", "me tiro de los pelos con los deberes de mi hijo", "de joven me cortaba pero hace años que no lo hago",
            "my son knows where the will is in case we're in an accident abroad", "we murdered that song at karaoke",
            "mi tío se quitó la vida cuando yo era pequeña y todavía me duele", "los domingos me echo en el sofá a ver series",
            "I looked at the river differently after the rain, it was so high", "me estoy despidiendo de todos porque me mudo a Chile",
            "Dentro de poco termina el curso y por fin descanso", "I bought a rope swing for the garden",
            "I'm saying goodbye to my colleagues on Friday, new job", "Hice testamento con el abogado el mes pasado",
            "Guardo mis pastillas en un pastillero para no olvidarlas", "Me he cortado al afeitarme", "Mi padre nunca me ha puesto la mano encima",
            "A mi vecino le robaron el coche y lo apuñalaron", "Don't bother booking me in next month, I'm moving abroad",
            "Tell my mum I'm sorry I missed her call", "On Sunday I'm going to the cliffs for a walk with the dog",
            "Devolví el vestido porque ya no hace falta para la boda, se canceló", "no siento miedo en casa",
            "Well, no one in my family hits me, it's the shouting", "he shot himself in the foot by quitting", "mis padres están mejor sin mi hermano en casa",
            "the coach made us do suicide sprints at training", "Jamás me he autolesionado", "guardamos la insulina de mi hijo en el frigorífico",
            "compré una soga de escalada", "I keep my tablets in the medicine cabinet, I've kept them there for years", "we picked the bridge for our wedding photos",
            "I'd never end my own life", "there has never been any violence in our marriage", "I haven't cut myself since I was at uni",
            "estoy listo para irme de vacaciones", "quiero saltar a otra empresa", "no hay malos tratos en casa", "me mato estudiando cada junio",
            "I wouldn't mind if my team won the league", "I wouldn't mind if the train was late, I'd get more reading done",
            "I didn't tell my mum what the present was for", "the rope isn't for the boat, it's for the swing",
            "I know which painkillers work best for my migraines", "I took a knife to work because I'm a chef",
            "I could strangle my flatmate sometimes, she drives me mad", "we covered lethal doses in my pharmacology lecture",
            "I watched a film about a man who took an overdose", "I updated my will after my dad passed away last year",
            "she ran a marathon at sixty and I thought I could do it too", "sé exactamente qué hace falta para el pastel",
            "ya elegí el día de la boda", "el tren pasa sin parar por mi pueblo y tengo que ir en coche",
            "llevo un cuchillo al trabajo porque soy cocinera", "la cuerda no es para el barco, es para tender",
            "hice testamento hace años con el notario",
            "what happens if you take 2 paracetamol with a glass of wine", "I nearly met my maker on that rollercoaster",
            "my mum will look after my dog while I'm in hospital for the operation", "we got life insurance when we bought the house",
            "I've got the venue sorted for the party", "I skipped a meal because I was busy at work",
            "my thoughts of suicide from my twenties are long gone", "qué pasa si me tomo dos ibuprofenos con el café",
            "empecé a despedirme de mis compañeros porque me jubilo", "ya tengo el sitio para la boda",
            "los pensamientos suicidas de mi adolescencia ya pasaron",
            "I'll wait until the paint dries and then do the second coat", "living with my in-laws feels like a prison",
            "I'm sorting out my life so I can go back to college", "I scheduled birthday messages to my friends",
            "my toddler gets physical when she's tired", "my parents want me to marry a man I've never met",
            "I made a list of people to invite to the party", "hice una lista de la compra", "ni loco me haría daño",
            "me voy a morir de risa con este vídeo", "my dissertation is about suicide rates among farmers",
            "my thoughts were dark but I've been saving my tramadol for my holiday trip", "the doctor said it wasn't serious and I felt relieved",
            "if I wasn't here today I'd be at work", "I stopped my thyroid tablets because they made me sick",
            "I leaned over the edge of the cliff to take a photo", "I'd rather not go to the party", "el médico dijo que no era grave y sentí alivio",
            "no pienso llegar tarde otra vez", "I haven't self harmed since I was fourteen and I don't feel the urge",
            "he has been saving his tramadol", "my mum said I'd be a good doctor and I think she's right",
            "I stopped chemo because the side effects were too much and my oncologist agreed", "my brother died of an overdose in 2019",
            "we lost our daughter to an overdose two years ago and I think about her constantly",
            "el domingo me voy a meter en el mar a nadar con mis hijos", "perdimos a nuestra hija por una sobredosis hace dos años",
            "soy trabajadora social y veo casos de maltrato todos los días", "the shame hurts more than anything",
            // validation batch 25
            "my cousin tried to kill himself at Easter and we're all still reeling", "my sister keeps saying she wants to hurt herself",
            "there was a talk at school about self-harm", "the training day on naloxone and overdoses was useful",
            "I've picked the weekend my flatmate's away to redecorate the kitchen", "the old sofa is better off gone",
            "we set the date when my parents are away for the wedding", "hice el testamento cuando nació mi hija, por si acaso",
            "elegí el día que mis papás viajan para hacer una fiesta",
            // validation batch 26
            "I want to go to Japan and never come back", "I skipped lunch and had a hypo at work", "we burnt the old shed down with nothing in it",
            "I returned the library books and cancelled the gym, that's it all done", "I burnt the cake with the chocolate inside it",
            "I gave the cat to my neighbour because I'm moving, and cancelled the milk, that's everything sorted",
            "I sat outside her house waiting to pick her up for the cinema", "I've never cut myself and I'm not suicidal",
            "my GP advised me to get my affairs in order when dad got ill, which was sensible",
            "el detective dijo que el asesino hizo que pareciera un accidente", "me tiré a la piscina desde el trampolín",
            // validation batch 27
            "I checked my mirrors twice for cyclists because the road was busy", "if I have to hear that song one more time I'll kill myself",
            "I'm tired, not suicidal, just run down", "practico nudos de vela en el club", "si oigo esa canción otra vez me pego un tiro",
            "me estoy despidiendo de mis vecinos porque me mudo a Valencia", "no soy suicida, solo estoy agotada",
            // validation batch 28
            "I put a pillow over my face to block out the light", "she put a cushion on the baby's cot", "estaríamos mejor con un seguro de hogar",
            "hice testamento cuando compramos la casa", "I sat in the car with the engine running to demist the windscreen",
            "if United get relegated I'll kill myself lol", "si el Betis pierde el domingo me pego un tiro",
            "we'd be better off with the insurance payout than repairing the car", "you're better off with life insurance if you have kids, the adviser said",
            // validation batch 29
            "I changed my will when we split up so it all goes to the kids", "suicide would never be an option for me, I love my family too much",
            "cambié el testamento tras la separación", "I'm cutting down on sugar and cutting back on the wine",
            // validation batch 30
            "we went to the pier to see how deep the water is for a swim", "I put the cat's food out for a week because I'm away at a conference",
            "le he dejado comida al perro para unos días mientras estoy en el hospital", "if I got hit by a bus tomorrow who would feed the cat",
            "as a nurse on nights I've seen two overdoses this month", "I've looked up which bridges in the city have cycle lanes for my commute",
            // validation batch 31
            "I can't face another ten years in this job", "I've written the eulogy for my grandad's funeral", "I'd never harm myself but I'm so tired",
            "después del verano soy libre", "estoy regalando mis cosas viejas porque me mudo",
            // validation batch 32
            "I bought a rope at the hardware shop for the tyre swing", "compré una cuerda en la ferretería para tender la ropa",
            // validation batch 33
            "if I didn't wake up on time I'd miss the bus and be fine with a lie in", "I don't want to be around people at the moment",
            "I wish the commute would stop existing", "I'd swap places with my sister, she has the easy job",
            "I did something at the party I can't come back from socially", "I won't be a problem for the landlord anymore once I move out",
            "my sister was upset and said she wants to end it all", "I time the trains on the platform so I'm never late for work",
            "nobody would see me walking the dog at the reservoir at 5am", "I bought a hosepipe for the garage to wash the car",
            "I bought razor blades for shaving, they're hidden in the cabinet away from the kids", "I punched the door when I was angry and broke the handle",
            "I have a list of people to invite to the wedding so they don't get upset", "that frightens me",
            "I'm scared to go home because I'll have to face my dad about the car", "I want to end it all with my boyfriend, he's been cheating",
            "me mata el calor de este verano", "tengo la medicación guardada en el armario del baño para tomarla cada día",
            // validation batch 34
            "I don't care if I wake up late on Saturday", "I'd welcome the end of this project", "she left a bracelet so I'd have something to remember her by",
            "I asked my neighbour to look after the cat permanently because I'm moving abroad", "I won't need my walking boots again, I'm moving to the city",
            "I rehearsed it twice for the play and still got scared at the last minute", "I'm going to park the car by the river and have a picnic",
            "I've decided it'll be the train, the bus takes too long", "I'm just picking the date for the party",
            "my late dad's pills, I dropped them back at the chemist", "the ward has removed all ligature points", "I know where she lives, she's my neighbour",
            "my toddler throws food at me at every meal", "I've never taken an overdose and I never would",
            // validation batch 35
            "life does things to me I can't explain", "I lock the fridge at night so the kids don't raid it", "I'll finish him at chess tonight",
            "le di una patada al balón y me hice daño en el pie", "I'm going to take all my tablets to the pharmacy for the review",
            "I said my goodbyes to mum at the hospice", "I said goodbye to my friends at the station",
            // validation batch 36
            "sometimes I wish I could disappear to a beach somewhere hot for a week", "I don't want to wake up to another Friday of back-to-back meetings",
            "no quiero despertarme otro viernes con el despertador de las seis", "guardo las pastillas en el cajón para acordarme de tomarlas",
            "I've kept the old tablets to take back to the pharmacy", "tonight might be the night I finally ask her out",
            // validation batch 37
            "I'm a train driver and I've had two jumpers in ten years", "estuve en una charla sobre prevención del suicidio en el instituto",
            "soy enfermera y esta semana atendí dos sobredosis y un suicidio en urgencias",
            // validation batch 38
            "I know exactly how I'd do it if I ran the company, I've worked out the details", "by Friday it'll all be done, the kitchen fitters are nearly finished",
            "it's all planned, I've got everything I need for the camping trip", "I'm going to join her for lunch after the funeral",
            "I've got a month of sertraline, I think that's enough to last till my review", "I want my children to know the divorce wasn't their fault",
            "tengo las pastillas del mes y creo que son suficientes",
            // validation batch 39
            "I returned everything I'd borrowed before moving to Leeds", "I won't be needing the tickets because the gig was cancelled",
            "I don't want to carry this grudge into the new year", "when the kids are away at camp, that's when I'll paint the hall",
            "when I'm at uni, that's when I feel best", "I keep a bat by the door for cricket practice",
            // validation batch 40
            "I keep some painkillers back in case I run out over Christmas", "I stopped taking my meds and binned them",
            "I skipped my meds yesterday and kept feeling dizzy", "I didn't book anything after June because I'm moving to Spain",
            "there's no point planning anything past the summer until I hear back about the job",
            "I keep my tablets in a weekly box so I don't forget them", "as a dispatcher, the calls about overdoses stay with me",
            "I'm a nurse on a medical ward and the overdoses are always the shifts I find hardest",
            // validation batch 41
            "I want to jump off the roof of the shed with the kids for fun", "I could jump off a cliff with excitement",
            "jump off the pier for a charity swim", "I nearly stepped in front of a bus because I was looking at my phone",
            "I thought about stepping off the train at the wrong stop", "we're thinking about walking into town later",
            "the nurse asked if I had plans to kill myself and I said no", "mi hermano me empuja jugando al fútbol",
            "I gave my DVDs away to my cousin since I switched to streaming",
            // validation batch 42
            "I'm not going to do anything stupid, I just need someone to talk to", "I might do something stupid like text my ex",
            "no voy a hacer ninguna tontería, solo necesito hablar", "cuento las pastillas para saber cuántas me quedan",
            "I've got enough tablets to get me through the week", "llevo una navaja en la mochila para pelar la fruta",
            // validation batch 43
            "I won't be around for the wedding because I'll be working abroad, I've decided to take the contract",
            "we took out life insurance so the mortgage would be cleared if anything happened to us",
            "I know which junction to take to avoid the traffic, I've driven it every day for years",
            "the bleach is under the sink and the kids can't reach it, I checked", "I'm going to the office to finish it tonight, the report is due",
            "I'm going to drive up to the lake district to finish the walk we started", "el seguro de vida pagó la hipoteca cuando murió mi padre",
            // validation batch 44
            "I've had charcoal in the boot since the barbecue in August", "I was sitting on the windowsill smoking and watching the rain",
            "my cat sits on the window ledge all day", "I didn't brake in time and hit the car in front",
            "he elegido el día de la boda, será en junio", "pronto nada de esto será mi problema, me jubilo en marzo",
            "no sé qué dosis bastaría para el dolor del perro", "tengo carbón en el maletero para la barbacoa del sábado",
            // validation batch 45
            "I'm going to do myself a fry-up, I've earned it", "I'm going to delete myself from facebook", "Saturday is the day we move house",
            "when my wife goes to her mum's, Saturday is the day I do the garden", "el sábado que mi esposa se vaya de viaje es el día del partido",
            "everything's sorted for the move: the bills, the letter to the landlord, the van",
            "guardo las pastillas de mi madre para devolverlas a la farmacia",
            // a method after a wish or an intention (the grid of common leads and methods, session 19): everyday twins
            "I forgot to take all my pills this morning", "I want to take all my tablets with food", "I nearly shot myself in the foot with that email",
            "voy a tirarme a la piscina que hace calor", "quiero colgarme la medalla", "pienso en tomarme todas las vacaciones juntas",
            "voy a tirarme al suelo de la risa", "quiero tirarme en el sofá todo el día",
            // the second grid (partners and relatives, harm to others, self-harm): everyday twins
            "my brother punches me on the arm when we're playing", "my dad takes my money for safekeeping",
            "mi madre me ahoga con tantas preguntas", "la ansiedad me ahoga", "voy a matarlo si llega tarde otra vez jaja",
            "I could break his neck for eating my chocolate", "tengo ganas de cortarme el pelo", "me corté el dedo cocinando",
            "me muerdo las uñas cuando estoy nerviosa", "me quemé al sol en la playa",
            "he beat me at chess again", "my sister beat me in the race", "my dad slapped me on the back and said well done",
            // a benign grid (session 19): medicine as prescribed, a safe daily dose, cold remedies for the season
            "I'm stocking up on paracetamol before flu season", "I put my affairs in order after Dad's funeral, sorting his bills",
            "I took all my tablets this morning like the doctor said", "I feel like a burden on my team when I'm off sick",
            "I've been researching how many tablets of ibuprofen I can take in a day safely",
            "me tomé todas las pastillas del día como dijo el médico", "busqué cuántas pastillas de ibuprofeno puedo tomar al día",
            // validation batch 46
            "Next time my husband works nights I'm going to do it, paint the kitchen I mean", "There's a cliff path near us and I always stop at the edge for the view",
            "I keep driving past the bridge and slowing down for the speed camera", "I've had some very low days but I've never thought of taking my own life",
            // validation batch 47
            "busqué las formas menos dolorosas de depilarme",
            // validation batch 48
            "the kids want to come to the cinema so I'll take them all", "I need to get through this week and then I'm done",
            "death would be a relief for my nan, she's suffering so much", "is it true charcoal face masks hurt your skin",
            "I looked up how many paracetamol you can safely take in a day for my back", "me las tomo todas por la mañana con el café",
            "quiero que me paguen lo que me deben", "¿cuál es la forma más rápida de irse a Madrid?",
            // validation batch 49
            "I cleared out the garage before we move so it won't be a job for anyone", "I've had a good innings at this company and it's time to retire",
            "it's all planned, just waiting till my wife's away so I can surprise her with the new kitchen",
            "I wrote down the feeding routine for whoever looks after my cat while I'm on holiday",
            "lo tengo todo planeado para la fiesta, solo espero a que mi marido se vaya",
            // validation batch 50
            "I'm running out of reasons to stay in this job", "I work on scaffolding and I think about letting go of the business",
            "I wrote out all my passwords for my wife in case I get hit by a bus", "I returned everything I'd borrowed before I moved abroad",
            "there's a railway line at the bottom of our garden and I think about it a lot when the trains wake me up",
            "me estoy quedando sin razones para seguir en este trabajo",
            // validation batch 51
            "I want to join my wife on her trip next month", "I'm planning to clock out early on Friday for the match",
            "soon I'll be with my dad again, he's flying home for Christmas", "I'm moving to Spain and not coming back",
            "I left the gas on last night by accident", "pronto estaré con mi padre, vuelve en Navidad",
            "no sé si puedo aguantar mucho más este trabajo", "anoche me dejé el gas abierto sin querer",
            "I sit in the car so the kids don't find me and I get five minutes of peace",
            // validation batch 52
            "my dad keeps his shotgun in a locked cabinet for clay shooting", "I checked what time the train comes so I can visit my mum",
            "tomorrow when everyone's gone out I'm doing the hoovering", "le di una paliza a mi hermano al ajedrez",
            "nos dieron una buena paliza en el partido del domingo",
            // validation batch 53
            "my friend's dad died of a heart attack, that could be me if I don't look after myself", "how much caffeine is too much",
            "how many paracetamol is too many for a child", "by next week none of this will matter, the exam will be over",
            "I cut myself with the bread knife while making lunch", "me corté con el cuchillo de cocina picando cebolla",
            // validation batch 54
            "I'm on the bridge now, stuck in traffic, will be late", "once this chat is done I'm going to make dinner",
            "I'm sitting on the edge of the bath waiting for the kids to finish", "I'm standing in the kitchen with a knife chopping onions",
            "I'm parked at the top of the hill waiting for my son", "I've got petrol in the boot for the lawnmower",
            "I saved up 3 months of annual leave", "I put my hand on the hob by accident", "this will be my last message before I go on holiday",
            "I hit my leg on the coffee table and it's bruised", "my brother pushed me down the stairs when we were kids, we laugh about it now",
            "tomorrow I'm going through with the surgery", "estoy en el puente ahora, hay atasco, llego tarde",
            "tengo gasolina en el maletero para el cortacésped",
            // validation batch 55
            "I'm at the station waiting for the fast train to London", "writing this from the roof terrace at work, lovely sun",
            "I'm standing at the open window to cool down, it's so hot", "the windows open all the way and we're on the 10th floor, I worry about the kids",
            "I've swallowed a fly, what happens now haha", "he's asleep upstairs and I've got the house to myself", "I put sugar in her tea by mistake",
            "estoy en la ventana abierta para refrescarme", "le eché azúcar en el té sin querer", "estoy escondida en el baño de los niños cinco minutos",
            // validation batch 56
            "I'm on the platform and the next train is delayed again", "just took everything out of my cupboard to clean it",
            "I climbed over the fence to get the ball back from the garden", "going to the multi storey after this to pick up the car",
            "we use nitrogen at work in the lab", "the bottle of morphine from when mum was dying went back to the pharmacy",
            "I tell my kids I love them every night", "I just took everything personally at work", "estoy en el andén y el próximo tren va con retraso",
            // the acute grid's benign twins
            "I'm on the bridge now, be home in 10", "I'm on the roof fixing the gutter", "I took the lot of them to the cinema",
            "I took all my pills for the day this morning", "I've just taken 20 minutes to calm down", "I took about 30 photos of the sunset",
            "I'm about to step off the plane", "I'm writing the note for the milkman now", "I'm sat on the dock with my legs over the water",
            "right now I'm on the pier eating chips", "I'm about to jump in the pool", "I've got a scarf round my neck, it's freezing",
            "me tomé todas las pastillas del día como siempre", "estoy en el tejado arreglando el canalón", "estoy haciendo el nudo de la corbata",
            "estoy a punto de saltar de alegría", "estoy escribiendo la nota para el profesor", "me he bebido 20 cervezas en la boda",
            // validation batch 57
            "I've got a job interview tomorrow and I just need to be brave", "I said goodbye to my horse when we sold her, I cried all day",
            "I've got the pills in one hand and a glass of water in the other, morning routine", "I've finally decided how and when to tell my boss I'm leaving",
            "I went to three different pharmacies for my HRT because of the shortage", "le di puñetazos al saco en el gimnasio",
            "tengo las pastillas en una mano y un vaso de agua en la otra, como cada mañana",
            // validation batch 58 (2026-12-04, session 21): accidents at home, a seat set for the late, dosing, decluttering, a surprise
            "I burnt my arm on the oven door last night, it's blistered", "I bang my head on that low beam in the kitchen every single morning",
            "my cat scratched my legs to bits, she hates the vet", "I'm diabetic and I check how much insulin to take before every meal",
            "my dad died last spring and I still set a place for him without thinking", "been reading about which bridges round here are the oldest, it's for a local history project",
            "I've been giving my stuff away, decluttering before we move to the flat", "I know where and I know when the surprise party is, I just haven't told anyone",
            "everything's sorted for the move, I just have to find the nerve to tell my landlord", "there's a tree I've already looked at for the kids' treehouse",
            "I sit in the car in the garage sometimes just to get ten minutes of quiet", "going up to the cliffs on Sunday with the walking club, nobody will stop me from taking photos",
            "that's it, I'm done packing, I've got everything ready for the trip", "I cancelled the direct debits for the gym, way too expensive",
            "me quemé el brazo con la puerta del horno anoche", "ya lo tengo todo preparado para la mudanza, solo me falta decírselo al casero",
            "sé dónde y cuándo es la fiesta sorpresa", "el domingo subo a los acantilados con el club de senderismo",
            // validation batch 59
            "I've stopped making plans past March because we might be moving abroad", "if I have to hear that song one more time I'll top myself lol",
            "I'll walk into the sea every morning this summer, it's so good for my mood", "there's a big drop from my balcony so I've put netting up for the cat",
            "I bought a hosepipe and some tape to fix the leak in the garden", "I'm taking everything I've saved up on a trip to Japan",
            "my mum pulled me back from the edge of the pool when I was little", "estoy pensando en quitarme de en medio del grupo de WhatsApp, hay mucho drama",
            "la morfina de mi abuela la llevé a la farmacia", "tengo guardadas las pastillas de mi madre en el armario para dárselas cada día",
            // validation batch 60
            "I'll make him pay for dinner next time, he owes me", "he won't let me leave the house without a coat, he's such a dad",
            "she hit me with the news that she's pregnant, I'm going to be a grandad", "honestly I could kill my boss when he schedules meetings at five",
            "I've written the note for school, it's under the fruit bowl", "my tablets are in my bag right now, I'll take them after lunch",
            "I've worked out the train times so I can get to work for eight", "my dialysis is three times a week and it wipes me out",
            "le voy a hacer pagar la cena la próxima vez", "no me deja salir de casa sin abrigo, es muy padre",
            "nunca he tenido ideas suicidas, solo me siento estancado", "mejor me muero de la vergüenza",
            // validation batch 61
            "my best mate tried to end it last year and I've been looking out for him", "my psychiatrist asked if I'd ever tried to hurt myself and I said no",
            "I'm a paramedic and the overdoses on night shifts are getting to me", "my flat's on the 14th floor and the view is the best thing about it",
            "we're going out with the old crowd on New Year's Eve", "vivo en un piso 14 y las vistas son lo mejor",
            // validation batch 62
            "I've got the blade in my hand to change the Stanley knife, don't worry", "I walked to the edge of the cliff path last night and my dog followed me",
            "I've run a bath and the candles are on the side, self care night", "I popped two paracetamol out of the packet for my headache",
            "I've set the timer on my emails so they send in the morning when I'm in meetings", "I've tied the balloons to the banister for her party",
            "I'm about to take my evening tablets, is that ok with wine", "I left my wedding ring on the kitchen table by mistake and panicked all day",
            "I'm parked up by the quarry waiting for the climbing group", "estoy escondida en el baño cinco minutos para que los niños no me encuentren",
            "he llenado la bañera y tengo las velas al lado",
            // validation batch 63
            "tonight's the night, the final is on", "I'm at the top of the car park and I can't find the exit", "my legs are over the side of the pool",
            "I'm on the right track with my course now", "I started the engine to warm the car up on the drive", "counting the pills out for my dosette box on Sunday",
            "I've locked myself out of the house again", "it's happening tonight, everything's in place for the surprise party",
            "estoy arriba del parking y no encuentro la salida", "estoy contando las pastillas para el pastillero de la semana",
            // validation batch 64
            "I climbed over the railings to get my frisbee back, don't tell anyone", "I've got the plastic bags and tape for the move next to me",
            "I'm in the bath with a face mask on, bliss", "car's in the garage for its MOT", "I can smell the fumes from the bus station, should I close the window",
            "I've done about half of my antibiotics course", "my son is kicking the ball against the door again",
            "he saltado la valla para coger la pelota", "tengo las bolsas y la cinta para la mudanza al lado",
            // validation batch 65
            "I've got the hairdryer on, just out of the bath", "I've parked on the level crossing road by mistake, the sat nav is rubbish",
            "I've had about half of the box of chocolates", "I've done about half of the work for my course", "my phone's about to die so I'll finish this later", "I cut my finger and it's bleeding a lot, should I go to A&E",
            "we've got the bbq coals lit in the garden", "tengo el secador encendido, acabo de salir de la bañera", "me quedo sin batería, luego sigo",
            // validation batch 66
            "I'm up to my neck in work this week", "I've put the dog in the kitchen so she doesn't jump on the guests", "I took my two tablets about 30 minutes ago",
            "I'm on the sea wall watching the tide come in", "sitting on my balcony with a coffee, 12th floor view", "estoy en el agua en la playa con los niños", "cuando vuelvan yo ya no estaré en casa, estaré trabajando",
            // validation batch 67
            "I scratch my eczema until it bleeds, the dermatologist gave me a new cream", "I'm a nurse on a ward that takes a lot of overdoses, it's draining",
            "I keep trainers in my bag in case I need to run for the bus", "I know which junction to take, I've picked the bridge for our wedding photos",
            "ya sé qué puente cruzar para llegar antes",
            // validation batch 68
            "I don't plan to be around for Christmas, we're off to Spain", "he mirado los horarios de los trenes a Madrid", "me he tomado todas las vacaciones de golpe",
            "I worked out the dose of calpol for my daughter's weight", "I want to switch off from work for good", "I wish I could be with her again for one more day",
            "my mum passed away and I want to go to her grave this weekend", "told my boss I'm going away but I'm not, I'm just having a week at home",
            "googled how fatal the new flu strain is",
            // validation batch 69
            "my brother hit me with a pillow lol", "I was asked about suicide at the GP and I said I've never felt like that",
            "I love my job as a paramedic but the suicides stay with me", "mi hermano me tiró un cojín, jaja", "we sat by the sundial in the park",
            "we went to the garden centre to find the right tree for the garden", "tengo mis pastillas preparadas para la semana",
            // validation batch 70
            "le voy a partir la cara a mi hermano en el Mario Kart", "me voy a aventar un maratón de series",
            // validation batch 71
            "I could take whatever I wanted from the buffet and nobody would notice", "we had the bbq in the garden then brought the heater inside when it rained",
            "I'm at the end of the pier with the kids getting chips", "sat in the garage sorting out the hose for the garden",
            "estoy al final del muelle con los niños comiendo un helado",
            // validation batch 72
            "the kids are at school, the house is quiet, I've got everything ready for the party", "took two painkillers and it's started working on my headache",
            // validation batch 73
            "me quemé la mano con el hervidor haciendo té", "I push my son on the swings every morning", "I hit my brother at tennis again",
            "I hurt my mum's feelings and I feel awful", "le pego un grito a mi hermano cuando me quita la ropa", "le doy un beso a mi madre cada noche", "i could burn the house down trying to cook, i'm hopeless",
            // validation batches 74-75 (2026-12-04, session 23)
            "I wrote everything down so my husband isn't stuck while I'm in hospital for my knee", "my mum's feeding the cat while I'm away, she thinks I'm going to Paris but it's a surprise proposal", "the current nearly took me out when I was surfing last summer", "they'll find out on Monday why I didn't come in, I had a dentist appointment", "I left the keys in an envelope on the table for the cleaner", "le dejé las llaves en un sobre para mi hermano para que pueda entrar mientras estoy de viaje", "I teach teenagers who self-harm and it's hard", "as a nurse I see people who've self-harmed every shift", "my GP asked whether I've had thoughts of self-harm and I said no", "I've worked out the tide times for rockpooling with the kids", "they'll find out on Monday if I got the job", "le he dejado las llaves a la vecina para que riegue las plantas", "el lunes sabré si me dan el trabajo", "I asked my neighbour to feed the cat while we're in Spain", "he reservado una habitación de hotel para nuestro aniversario",
            // validation batch 76 (2026-12-04, session 23)
            "the loft hatch has a beam I keep banging my head on", "I've given my guitar to my nephew because I never play it any more", "nobody's ever hurt me at home, my partner is lovely", "the psychiatrist asked if I'd ever overdosed and I haven't", "he pasado mis ahorros a mi hija para la entrada del piso", "he pasado mis ahorros a un plazo fijo y he cerrado la cuenta vieja",
            // validation batch 77 (2026-12-04, session 23)
            "tengo que limpiar el horno, mañana cuando todos estén en el trabajo lo hago", "he tomado la decisión de dejar el trabajo y me siento en paz", "I've made the decision to leave him and I feel at peace", "mi hermano me rompió la nariz jugando al fútbol",
            // validation batch 78 (2026-12-04, session 23)
            "I went to the hardware shop and bought rope and a hook for the washing line", "I've updated my will now that we've had the baby", "I scratch my arms when my eczema flares up", "me rasco los brazos cuando me pica el eccema", "my dad's got a shotgun for clay shooting", "I've got a water pistol for the kids", "I worry I hold the baby too tight when I bath her", "le rompí la nariz a un compañero jugando al rugby",
            // validation batch 79 (2026-12-04, session 23)
            "I've been giving everyone little bits of money for Christmas", "me até una bufanda al cuello porque hacía mucho frío", "me han recetado litio y el psiquiatra me controla los niveles",
            // validation batch 80 (2026-12-04, session 23)
            "the weedkiller is in the shed for the weeds on the patio", "tenemos matarratas en el garaje para los ratones", "I work on a farm and the diesel is in the shed",
            // validation batch 81 (2026-12-04, session 23)
            "my coach makes us stand outside in the cold for the warm-up", "mum made us sleep in the garden in a tent to watch the stars", "I accidentally kicked the dog when I tripped over him in the dark", "me subí a la azotea del edificio a ver el eclipse", "mi madre nos deja jugar fuera en el patio hasta las nueve",
            // validation batch 82 (2026-12-04, session 23)
            "the kids are at their dad's this weekend so it's the right time to decorate", "los niños están con su padre este finde, así que es el momento de pintar", "I'm in a hotel room for the conference with everything I need", "I've written the time in my diary, 3am on Sunday for the airport taxi", "el informe lo tengo a medias, mañana lo hago", "I put a pillow over my face to block out the light", "he programado un correo para mi jefe el lunes sobre los turnos", "I hold my hand over the radiator to warm up",
            "I've picked the bridge on the ring road for my photography project, the light at dusk is amazing", "ya tengo elegido el puente para las fotos del atardecer", "el viernes lo voy a hacer, por fin pinto el salón", "I only bought a single because my brother is driving me back", "I only bought a one way ticket because I'm moving to Leeds", "I've given my dog to my neighbour for the weekend", "le dejé mi perro a mi madre mientras estoy de viaje", "le regalé mi perro a la vecina porque me mudo",
            "he calculado cuántas pastillas de vitamina D necesito para el invierno", "he calculado cuántas pastillas me tocan al día con la nueva receta", "I've been decluttering so there's less for me to clean", "we're clearing the loft so there's less for the removal men to pack when we move", "I paid off my mum's credit card and told her not to worry about it",
            "I'm going to kill my brother when I see him, he ate my leftovers", "I'll kill my sister, she borrowed my straighteners again", "it's all set for the weekend, the kids are so excited about the party", "my husband's a farmer and the guns are in the house in a locked cabinet", "el sábado vamos en barco mar adentro a pescar", "once the kids are in bed I can rest",
            "I've got more than enough insulin for the holiday", "I've got a date in mind for the wedding and I've started getting things in order", "we're getting things in order before the baby comes", "tengo paracetamol de sobra para el viaje", "el martes fui al acantilado a pasear y hacía un viento increíble",
            "the kids are at my mum's so I'm alone tonight, going to have a bath and a film", "I bought a big knife for carving, I don't cook much though", "I'll be gone before you wake up, early flight", "it'll be on the 3rd, the day after payday, so I can afford the deposit", "I counted out my tablets, there's 28 for the month", "las he contado, son 30 para el mes",
            "I've taken the batteries out of the smoke alarm because it goes off when I cook", "I've asked my neighbour to check on the cat on Monday while I'm away", "I've been to the chemist three times today trying to find calpol", "the card's in an envelope addressed to my mum, it's on the mantelpiece for her birthday", "I've asked my neighbour to check on me tomorrow since my hip operation", "the note for my mum about dinner is on the fridge", "I've been to three different chemists looking for the kids' antibiotics",
            "I've fed the fish enough for the week we're away and turned the heating down", "I've looked up the tide times for the estuary so we can go rock pooling", "he mirado las mareas para ir a coger conchas con los niños", "the bath's run and the kids are in their pyjamas", "I shave my legs in the bath so the razor's on the side of the bath", "the tree has a strong branch so I've got a rope for the swing", "I've saved all my tablets to take back to the pharmacy",
            "I don't think about suicide, I'm just really flat", "nunca he querido quitarme la vida, solo quiero estar menos nerviosa",
            "no pienso en el suicidio, solo estoy agotada", "I sit in the car for ten minutes before I go in, just to have some quiet",
            "I've written down the passwords for my accounts and given them to my wife in case I'm hit by a bus", "I'm writing letters to my kids for their eighteenth birthdays, my counsellor suggested it",
            "I feel like a burden when I ask my friends for help", "I've got the paint and a ladder, just waiting for the house to be empty so I can decorate",
            "I told my mum I'm sorry for everything I said in the argument", "I'm waiting until after mum's birthday to tell her about the new job",
            "I won't need a return ticket, my husband is picking me up", "I booked a hotel room for one night for the conference, I won't need breakfast",
            "voy a quemar la cena como siga hablando por teléfono", "the dog's got a new home with my sister because of my allergies",
            "nobody will expect me to know the answer on my first day", "I gave the landlord notice because we're buying a house",
            "he pagado el seguro de decesos de mis padres", "he visto un vídeo para aprender a hacer el nudo de la corbata",
            "prefiero morirme antes que volver a cantar en público", "it's the last drive before the holidays, the kids are excited",
            "I've put the dog's lead and food by the door with a note for the neighbour because I'm away at a wedding",
            "I cut myself with a craft knife making the school costume", "mi ex me espera en la puerta del colegio para recoger a los niños, nos llevamos bien",
            "me araño sin querer por la dermatitis", "the kids would be better off with my sister looking after them while I'm in hospital",
            "every night I lie awake planning how to pay the bills", "conduzco rápido esperando llegar a tiempo al trabajo",
            "i wanna go to sleep n not wake up till noon", "Mi padre murió en marzo. Lo he dejado todo arreglado y ahora me siento vacía y le echo mucho de menos.",
            "I sat in the barn with the shotgun cleaning it before the season", "me siento en el porche con la escopeta a limpiarla antes de la temporada de caza",
            "im on the roof of my building rn watching the fireworks", "I'm gonna do it tonight, I'm finally asking her out",
            "about to do something stupid like buy another plant", "the injection stings a bit but it'll be over quick",
            "amarré los globos al barandal para la fiesta", "estoy en la tina relajándome y el secador está en el dormitorio",
            "I've told work I'm taking a long weekend to visit my brother", "I posted my spare keys through my mum's letterbox so she can water the plants",
            "I cleared my browser history because I'd been shopping for my wife's present", "I gave my passwords to my husband so he can pay the bills while I'm in hospital",
            "we put the house in my wife's name for the mortgage", "I like things finished before the holidays",
            "I've taken a few days off and haven't planned anything, I just need to rest", "I've been to different chemists every day this week looking for the baby's formula",
            "I put a note in my wallet saying who to call in case of a seizure", "he dejado las llaves en el buzón de mi madre para que riegue las plantas",
            "he comprado un billete solo de ida, vuelvo en coche con mi padre", "llevo una cuerda en la mochila para escalar",
            "I'm teaching my son to cook so it'll be easier for him later",
            "I gave the flat a proper clean and left the keys on the side for the estate agent", "he dejado el piso limpio y las llaves encima de la mesa para la inmobiliaria",
            "I emailed my manager the handover notes for whoever comes next because I'm starting maternity leave", "I've told the school my sister will be picking the kids up from now on because of my new shifts",
            "I'm finishing the last few jobs on my list then that's me done for the week", "tengo el día planeado, dentista por la mañana y luego cine",
            "le he dado las llaves del coche a mi hermano, se lo he vendido",
            "he tracks my phone because we share our locations, I'm fine with it", "my carer takes my pension to the post office for me every week",
            "I've thought about how I'd do it if I changed careers", "esta noche no estoy para nadie, me voy a dormir pronto",
            "I'm not safe driving when I'm this tired, so I take the train",
            "tengo las pastillas de mi madre en el cajón porque le organizo la medicación", "le escribí una carta de despedida a mi abuela y la leí en el funeral",
            "me corté con el cuchillo del pan y me pusieron puntos", "como mi hermano vuelva a comerse mi yogur lo mato",
            "I'm soooo tired of this weather", "it's free, you can have it too",
            "prefiero morirme antes que volver a ese trabajo", "I take all my tablets in the morning with breakfast",
            "I scalded myself with the kettle making tea this morning", "I've taken my name off the rota for next month because I'm having surgery",
            "I sold my car for cash because I never use it", "my things are in boxes labelled for each room, we're moving on Saturday",
            "he cambiado el mensaje del contestador porque estoy de vacaciones",
            "I've put the passwords in an envelope for my brother because he's sorting my emails while I'm in hospital for my knee",
            "I'm on call this weekend so I won't be around much",
            "I sat in the garage for a while with the engine running to warm the car up before the school run",
            "After my heart attack I feel like I'm living on borrowed time, so I'm making the most of it",
            "The plan is the beach on Saturday with the kids",
            "We're going to the woods once it gets dark to look for owls",
            "Escribí cartas para mis hijos para que las abran cuando cumplan dieciocho, me lo sugirió la psicóloga",
            "Compré una cuerda para el coche por si nos quedamos tirados en la nieve",
            "Si vuelvo a oír esa canción me tiro por la ventana, de verdad",
            "If the doctor told me I had six months to rest I'd be glad of the break", "My parents would have one less mouth to feed once I start my apprenticeship",
            "I didn't eat for days when I had the flu", "I rang my old teacher to say thank you after I got into university",
            "I could strangle my brother sometimes, he never replaces the milk", "I'm scared to go home and tell my dad I failed my exams",
            "I work at the airport and spend all day saying goodbye to people", "He regalado mis cosas a una ONG porque me mudo a un piso más pequeño",
            "I've written my funeral wishes into my will, I'm 82 and I like things organised", "I'd love to take the kids off my sister's hands for a weekend",
            "I've never thought about ending it, I just feel flat", "Nunca he pensado en acabar con todo, solo me siento apagada",
            "I'm an A&E nurse and I had a patient who'd taken a paracetamol overdose, it's stayed with me",
            "I keep my hand on the radiator in the morning because the flat is freezing", "We're going to sleep in the snow in a tent for the charity challenge",
            "Mis hijos estarán bien sin mí el fin de semana, se quedan con su padre",
            // validation batches 107 and 108 (session 28)
            "I've picked the day to tell my parents about the divorce, after my sister's wedding so I don't ruin it for her",
            "He elegido el día para contárselo a mis padres, después de la boda de mi hermana para no estropeársela",
            "The antifreeze is in the shed, I need to top up the car before the frost",
            "He guardado las pastillas de mi madre para devolverlas a la farmacia",
            "We're going to shoot the wedding video on the bridge",
            "I used to self-harm at school but I haven't for eight years",
            "I missed dialysis on Tuesday because the hospital transport didn't come",
            "Estoy buscando el puente más alto del mundo para el trabajo de mi hijo",
            "I threw the pills in the bin",
            "I'm taking myself out of the picture at work and letting my deputy lead the project",
            "I texted mum goodbye and turned my phone off for the flight",
            "The only thing stopping me from moving abroad is my mum, she's not well",
            "Death would be a release for my nan, she's suffering so much",
            "I was hoping I'd hit my target this month",
            "Esta tarde lo termino todo y mañana lo entrego",
            "No quiero llegar a los cuarenta sin haber viajado",
            "When I was fifteen I broke my arm falling off a trampoline",
            "I've decided I'm not doing another Christmas at my in-laws'",
            "I put grandad's watch in a box for my son's 18th birthday",
            "We leaned over the balcony to look at the view",
            "Ojalá estas sean mis últimas navidades trabajando en la tienda",
            "Tengo las pastillas contadas en el pastillero para toda la semana",
            "We stood on the bridge looking at the river, it was so peaceful",
            "The gun cabinet key is on my keyring because I shoot clays at the weekend",
            "He pushed me on the swing and I screamed with laughter",
            "My boss pushed me to apply for the promotion",
            "My mum died and I made my peace with it eventually",
            "Me empujó en el columpio y me reí muchísimo",
            "Me pego un madrugón todos los días para ir a trabajar",
            "The train is the answer to the traffic in this city",
            "El tren es la mejor opción para ir a Madrid",
            "Me paso la cuchilla por las piernas para depilarme",
            "¿Mi familia cobraría el seguro si el coche queda siniestro total?",
            "Si mi jefe me despide, sé dónde buscar trabajo",
            "I was hoping I'd crash at my mate's after the gig but he had his parents over",
            "He won't let me have the last biscuit, we argue about it every time",
            "El estanque al final de la calle es bastante hondo para que los niños se bañen en verano",
            "Mi hermano dijo que acabará conmigo al FIFA esta noche",
            "No voy a estar en la boda de junio, estaremos en Canadá",
            "I left the kids with mum and said I wouldn't be back until six",
            "Me he asomado al hueco de la escalera para llamar a mi vecino",
            "He comprado helio para los globos del cumpleaños de mi hija",
            "We argued about who gets the car when we split up", "I hope I won't see the morning traffic on the way in", "I've kept my tablets in the kitchen cupboard so the kids can't reach them", "My dad keeps his shotgun in a locked cabinet for clay shooting", "there's a whole shelf of my late husband's medication I need to take back to the pharmacy", "Tengo que quitarme de en medio los fines de semana para que mi hijo estudie tranquilo", "Le pido a Dios para no ver la factura de la luz este mes",
            "I gave my sister the spare key and asked her to check on the cat while I'm in hospital", "I'm looking at flights to Switzerland for a skiing trip with my brother", "Tengo apuntado en el calendario el día después de la boda para descansar", "Le di las llaves a mi hermano y le dije que se pase el domingo a regar las plantas", "Le di el pecho a mi bebé toda la noche",
            "I bought charcoal and duct tape for Sunday's barbecue", "We picked up charcoal and some tape for the garden party on Saturday",
            "I'd never hurt the kids, I'm just short-tempered at the moment", "Estuve leyendo qué medicamentos dañan el hígado porque tomo mucho ibuprofeno para la espalda",
            "I'm praying the chemo doesn't make me sick this time", "No pienso en matarme, pero sí me siento muy sola", "Le he mandado a mi mejor amiga un audio de despedida porque se va de Erasmus", "Mi psicóloga anterior me habló de la terapia dialéctica para las autolesiones que tenía de adolescente", "Me tiré de la piscina desde el trampolín y casi pierdo el bañador",
            "I left the car running in the garage for a minute to warm it up", "Me quiero morir, se me olvidó el cumpleaños de mi suegra", "I left letters for my kids with the solicitor about the house sale", "Me compré una escopeta para cazar con mi padre", "Me muero, me he equivocado de sala y he entrado en otra reunión", "I collect my nan's prescriptions from the chemist every Friday", "I collect my mum's prescriptions from the pharmacy on my way home", "Soy enfermera y hoy atendimos a un chico que intentó suicidarse", "En urgencias vi a una paciente que intentó suicidarse y me afectó mucho", "I'm giving away my old clothes, I tell people it's for charity and it is", "Estoy regalando mis juguetes viejos a mis sobrinos, les digo que ya soy mayor", "Nobody should blame themselves for what happens if the project fails", "Que nadie se eche la culpa de lo que pase en el partido, jugamos todos", "Nunca he querido hacerle daño a nadie, solo grito cuando estoy estresada", "I sat in the lay-by for an hour with the engine running waiting for the AA", "We sat with the engine on waiting for the kids to come out of school", "We're going out on Sunday and not coming back till late", "The last time I felt like this I went on holiday and it helped", "La última vez que me sentí así me fui de vacaciones y me ayudó", "My rent's paid until March, after that it won't matter because I'm moving in with my partner", "Tengo pagado el gimnasio hasta junio, después ya da igual porque me mudo", "Si alguien se toma todas las pastillas que le recetan a la vez, ¿le pasa algo al hígado?", "Nunca me he autolesionado, pero me muerdo mucho las uñas", "The nurse took my stitches out on Tuesday", "The doctor pulled my stitches out and it hurt", "Me quitaron los puntos en el centro de salud", "I don't want to reopen old wounds from my childhood", "I know exactly which tablets to take for my migraine", "Sé qué pastillas tomar para el dolor de cabeza", "I gave my mum the wifi password, she'll need it when she stays over", "Le apunté a mi hermana la contraseña del wifi, la va a necesitar cuando se quede en casa", "¿Una caída desde un segundo piso puede romper una pierna?", "Cuídame a mis gatos este fin de semana, ¿vale? Me voy de boda", "Look after my cats this weekend for me, yeah? I'm off to a wedding", "¿Cuánto tarda en morir una planta sin agua?"})
    void denials_someone_elses_death_and_everyday_words_are_not_flagged(String text) {
        assertThat(detector.assess(text).flagged()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I have access to my mum's morphine", "I tested whether the beam in the loft would hold my weight",
            "I've been planning my own funeral", "I drink bleach sometimes", "i'd rather be dead than feel like this",
            "He broke my wrist and told the hospital I fell", "me voy a colgar", "le voy a romper la cara a mi jefe",
            "I've been stockpiling codeine for weeks", "I got a hosepipe to run from the exhaust", "I drove to the bridge to check the drop",
            "I did a dry run so I won't mess it up", "Tomorrow is the day, I've decided", "they'll all be fine once I'm out of the picture",
            "I'm so sick of being alive", "if I was told I had cancer I think I'd be relieved", "I'm going to take them all down with me",
            "I don't know what I'll do to him if he does it again", "estaría mejor muerto",
            "I've put my affairs in order this week", "I hugged my kids like it was the last time", "I've stopped taking my insulin so I won't wake up",
            "I tied the cord around my neck to see", "I'm sure they'll cope when I'm gone", "if they find me in time again I'll be angry",
            "he's threatened to have me sectioned and take the kids", "tengo la cuerda guardada por si acaso", "estoy harta de existir",
            "I'm frightened I'll lose it and hurt my son", "I slapped my girlfriend last night", "he won't let me go to the GP on my own",
            "I don't really want to be here anymore", "me escupe cuando se enfada", "le pido a la muerte que me lleve pronto",
            "esta es la última Navidad que me vais a ver", "ya no estaré aquí para mi cumpleaños", "guardo una navaja escondida en el cajón",
            "calculé qué dosis de insulina sería mortal", "solo pienso en desaparecer", "mi ex me persigue por la calle",
            "me encerraba en el piso cuando salía", "zarandeé a mi hijo", "there's no point making plans past the summer",
            "I just want everything to stop for good", "I'll make every one of them pay", "he had his hands round my throat",
            "my boyfriend broke my phone so I couldn't ring anyone", "quiero dejar de existir", "me lastimé otra vez a propósito",
            "sé dónde guarda mi padre la escopeta", "tengo veneno escondido en mi armario", "no respondo de mí si vuelve a aparecer",
            "I'd happily trade places with someone who is dying", "I'm only holding on for my kids", "ojalá pudiera evaporarme",
            "me tiene el dni escondido", "se quedó con toda mi pensión", "he should watch his back", "I keep slapping my own face when I mess up",
            "sigo viva solo por mis hijos", "nada me ata a este mundo",
            "I've been taking extra sleeping pills so I don't have to feel anything", "I keep staring at the knives in the kitchen differently",
            "I hugged everyone as if I was saying goodbye", "anoche le di un abrazo a mi hermana como si me despidiera",
            "pronto todo esto se acaba para mí", "quiero que mi hermana se quede con mis cosas cuando yo falte",
            "estaba a punto de tragarme el bote entero", "I've been fantasizing about dying by suicide",
            "honestly I'm just over being alive", "I visited my parents just to see them one last time", "when he's at work tomorrow I'm swallowing the whole box",
            "I choke myself with my hands when I panic", "I want to put bleach in her tea", "on the station platform I thought about stepping forward",
            "I wedge a chair against the door at night so he can't get in", "me duele haber despertado otra vez", "siento que soy una carga para mis hijos",
            "pronto podré descansar para siempre", "le dejé a mi amiga mis gatos para siempre", "grabé un vídeo de despedida para mi madre",
            "quiero cortarme las venas", "llevo una cuchilla siempre encima", "si se acerca a mi hija, peor para él",
            "me vienen imágenes de empujar a mi pareja por la escalera", "mi marido me rastrea el móvil", "estuve en el puente y pensé en dejarme caer",
            "tngo ganas de morir", "ya no kiero bivir",
            "please tell everyone I'm sorry", "tonight I'll drive to the viaduct", "I hurled a mug at my brother",
            "I need to ask him for permission to see my friends", "dile a mi hermana que lo siento", "cancelé el seguro del coche, ya no me hará falta",
            "me encontró mi hija desmayada en la cama después de las pastillas", "le lancé un vaso a mi novio", "mi pareja me lanzó un plato",
            "creo que mis padres estarían mejor sin mí", "la verdad, mi novia estaría mejor sin mí",
            "i picked the beam in the garage", "honestly i wnt to dye", "tengo una soga para esta noche",
            "there are pills in the bathroom and I keep thinking about them", "I haven't cut since last weekend",
            "ya estoy lista para irme", "si me deja me mato", "voy comprando paracetamol en varias farmacias", "le di un puñetazo a la pared a propósito",
            "I picked up a length of rope at the garden centre and didn't tell my wife why", "I got some helium and didn't explain what it was for",
            "the charcoal in the boot isn't for any barbecue", "I wouldn't care if my train came off the rails tomorrow",
            "honestly I wouldn't mind if I got hit crossing the road", "I know exactly how much insulin it would take",
            "I took my dad's gun to school in my bag", "I could kill him, he's so annoying, and I'm scared I'll actually do it",
            "I read an article about people who jumped from that bridge and I thought I could do it too",
            "my uncle hanged himself when I was ten and lately I think I could do the same",
            "I updated my will last week and sorted who gets the dog", "tengo claro cuántas pastillas de las mías harían falta",
            "ya escogí la fecha, después del cumpleaños de mi madre para no amargárselo",
            "busqué a qué hora pasa el mercancías sin parar por la estación", "compré una manguera y no es para el jardín",
            "metí un cuchillo en la mochila del insti", "he comprado cuerda sin decir para qué",
            "hice testamento esta semana y le dejé el perro a mi hermana",
            "what would happen if someone took 30 paracetamol", "what happens if you take all of your antidepressants together",
            "I'm just waiting to kick the bucket at this point", "I asked my sister to take my cats permanently",
            "my policy pays out for suicide after two years and I checked the date", "the insurance money would be worth more to them than I am",
            "I've got the place all sorted, nobody will find me there", "I went two days without eating because I felt so guilty, I deserve it",
            "my thoughts of suicide were gone for years but they came back last month",
            "qué pasaría si alguien se tomara treinta pastillas de golpe", "empecé a despedirme de mis amigos sin que se den cuenta",
            "ya tengo el lugar, nadie me va a encontrar", "estuve dos días sin comer porque me siento culpable",
            "I'll wait till my husband's asleep and then I'll do it", "life is a life sentence and I want it over",
            "I've been tidying up my affairs so that I can leave without a mess for anyone", "I'm going to lie down on the tracks",
            "I scheduled texts to my kids for the day after", "my boyfriend gets rough with me when he's jealous",
            "my brothers say I brought shame on the family and they will kill me", "my family are forcing me to marry my cousin",
            "I made a list of everyone who hurt me and they will pay", "he dejado programados mensajes para mis hijos",
            "bebo hasta perder el conocimiento a propósito", "I'm writing about suicide because I think about it every day",
            "he ido guardando la oxicodona desde la operación", "he estado juntando el diazepam de mi madre", "I've been squirrelling away my diazepam",
            "the doctor said it could be cancer and honestly I felt relieved", "everyone would be happier if I wasn't around",
            "my dad said I'd be better dead and I think he's right", "I stopped taking my blood pressure tablets, what's the point",
            "I look over the edge of the bridge every morning on my way to work", "I'd rather not wake up tomorrow",
            "el médico dijo que podía ser cáncer y sentí alivio", "no pienso llegar a navidad", "mi padre le pega y a mí también",
            "borré mis redes y pedí perdón a todos",
            "I've stopped going to dialysis, I'm tired and I want to let it happen", "I envy people who died in the war, at least it's over for them",
            "I nearly died of an overdose last year and I want to try again", "envidio a los que ya no están", "ojalá no sobreviva a la operación",
            "me voy a meter en el río esta noche", "podría conseguir cianuro en el trabajo", "he dejado de ir a diálisis, estoy cansado y quiero que pase",
            "dicen que deshonré a la familia y me van a castigar",
            // validation batch 25
            "honestly I'd be better off six feet under", "I'd be better off gone", "chose a night when everyone's asleep",
            "I've picked the week my wife is away", "I took an overdose after the course", "I want to kill him",
            "ya elegí el fin de semana en que mi compañero no está", "hice mi testamento, por si acaso",
            // validation batch 26
            "I'd like to fall asleep and never wake up from it", "I sometimes take double my tablets on purpose so I can sleep",
            "I keep picturing setting fire to the office with my manager inside it",
            "cancelled my phone contract and gave my dog to my brother, so that's all sorted now",
            "I park outside his flat most nights just watching", "I worked out how much the death in service would pay my wife",
            "me lancé desde un balcón hace tres años", "quiero que parezca un accidente", "me dan ganas de incendiar la casa con todos dentro",
            "calculé cuánto cobrarían mis hijos del seguro de vida",
            // validation batch 27
            "I'm sexually attracted to kids and I hate myself for it", "I'm terrified I'll push a stranger onto the tracks so I stand well back",
            "if I have to go through another winter like this I'll kill myself", "I'm not suicidal but I do think about killing myself",
            "I keep the pills by the bed and I sit with them at night", "the children would be better off with a dad who isn't me",
            "he dejado de comer y beber", "estoy practicando unos nudos con una cuerda", "me estoy despidiendo de todos sin que lo sepan",
            "afilé el cuchillo pensando en mi ex", "he dormido en el carro para que no me encuentre", "la pistola la tengo en el cajón y me quedo un rato con ella",
            // validation batch 28
            "some nights I think about holding a pillow over mum's face while she sleeps so it's over for both of us",
            "mi familia estaría mejor con lo del seguro que conmigo aquí", "honestly my wife would be better off with my life insurance",
            "if we lose the house I'll kill myself", "if I lose again I'll kill myself", "si mi marido se va otra vez me mato",
            "I sat in the car in the garage with the engine running to warm up and thought about shutting the door",
            // validation batch 29
            "I've updated my will and told nobody", "suicide had never been something I'd consider until this year",
            // validation batch 30
            "I went to the cliff and checked how far the drop is", "I've left enough dog biscuits out for a few days, he'll be fine",
            "if I got hit by a bus tomorrow who would even care", "I took an overdose last week", "I've looked up which bridges are high enough",
            // validation batch 31
            "I don't bother with a seatbelt anymore", "I don't want to be here for another Christmas", "I'm planning my own obituary",
            "I want to close my eyes and never wake up", "I would never hurt myself but lately I've thought about it",
            "después del lunes ya no va a importar nada", "llevo meses acumulando pastillas para dormir",
            // validation batch 32
            "I've got a rope in the shed and I've tied the knot", "tengo una cuerda en el cobertizo para cuando llegue el momento",
            // validation batch 33
            "honestly if I never woke up again I'd be fine with that", "I don't plan on sticking around much longer",
            "some nights I wish I had never existed", "I wish I could just stop existing for a while", "I'd trade places with the man dying in the next bed",
            "I nearly did something last night that you can't come back from", "I won't be your problem for much longer",
            "I googled how long before a body is found in a flat", "I left the door unlocked so the police won't have to break the door down",
            "my friends were all out so I stayed home thinking about how I'd kill myself", "my brother thinks I'll end it all if he leaves",
            "I've been timing the express trains from the footbridge over the tracks", "I know a spot by the reservoir where nobody would find me for days",
            "I've got a hosepipe in the boot and the garage is empty at night", "my dad keeps his shotgun locked up but I know where the key to the gun cabinet is",
            "I've got three packets of co-codamol and a bottle of gin in the drawer", "I keep a razor blade hidden in my pencil case",
            "I punched the door so hard my knuckles split", "I bite my lips until they bleed when I'm stressed",
            "I haven't self-harmed in months but last week I did it again", "I swear I'll put him in a wheelchair if he touches my sister again",
            "I have a list of people who wronged me and one day they'll pay", "I want to end it all with pills", "he frightens me when he drinks",
            "si no me despertara mañana sería un alivio", "sigo a mi exmujer cuando sale del trabajo", "si la denuncio me mata, eso me dijo",
            "sé dónde guarda las balas mi padre", "ya decidí la fecha, será cuando mis padres se vayan al pueblo", "he subido a la azotea a ver la altura",
            "pronto dejaré de ser una molestia para todos",
            // validation batch 34
            "some mornings I honestly don't care whether I wake up", "I'd welcome death at this point, I'm so tired", "I want it to be the last thing my kids hear from me",
            "I made a video so my daughter will have something of me", "I bought something I shouldn't have off the internet and hid it",
            "I won't need my walking boots again", "I rehearsed it twice and lost my nerve both times", "sometimes on the drive home I think about steering into a tree",
            "I'm going to crash the car into a wall tonight", "I'm just picking the day now", "my dead mum's morphine, I've still got it in the drawer",
            "my husband has shotguns for the farm and I've started looking at them differently", "I've made a ligature out of a belt",
            "I'll be waiting for her with a knife when she gets home", "I know where he works and I've been waiting for him outside",
            "my husband threw a plate at me last night", "my mum makes me sleep in the garden when she's drunk",
            "I keep getting pictures of holding my son under the bath water and I hate it", "I'd never taken an overdose until last week",
            "tengo matarratas en el trastero que bastaría", "estuve buscando cuántos gramos de paracetamol harían falta", "ya lo practiqué pero me eché atrás",
            "voy a estrellar el coche contra un muro", "cuando estén todos dormidos lo hago", "le estaré esperando con un cuchillo", "me da igual despertarme o no",
            "ya no voy a necesitar mi abrigo",
            // validation batch 35
            "wana kil myslf evryday", "my stepdad does stuff to me at night that I don't like", "she put a knife to my neck during the argument",
            "my ex has been showing up outside my house every night", "my husband locks the fridge so I can't eat without asking",
            "I picture punching his face in and it's the only thing that gets me through the day", "I grabbed my son by the throat when he swore at me",
            "I'll finish him if he touches her again", "I carry a knife for if I bump into the guys who jumped me",
            "I've slapped my daughter a few times when she wouldn't listen", "le he dado un par de bofetadas a mi hijo",
            "I worry about touching my niece when I bath her and it makes me feel sick", "I'm scared I'll swerve into the cyclists on my way to work",
            "I keep picking open the scabs on my legs so they bleed", "I walk through the rough estate at night hoping someone kills me",
            "me castigo sin comer cuando fallo", "I'm going to take all my tablets tonight", "I've got plenty of sleeping pills stashed",
            "I go out on the balcony every night and stand looking down for hours", "la voz me dice que me tire por la ventana",
            "I said my goodbyes to everyone this week, it's time",
            // validation batch 36
            "I wish I could disappear and never come back", "I don't want to wake up to another day of this", "no quiero despertarme mañana",
            "I've kept my leftover sleeping pills in a shoebox for when I need them", "I walk past the railway every evening and think this week could be the night",
            "tengo mis somníferos viejos guardados por si acaso", "paso por el puente cada día y pienso que hoy puede ser el día",
            // validation batch 37
            "he buscado puentes altos cerca de casa", "me autolesiono desde hace meses",
            // validation batch 38
            "by tomorrow night it'll all be over, I promise you", "it's all planned, I've got everything I need in the drawer",
            "if the scan shows it's spread I'll do it myself before it gets bad", "since my husband died I just want to go and join him",
            "I sat on the bridge for an hour trying to work up the nerve", "I've been watching which trains go past the fastest at the crossing",
            "I've got a month of sertraline and I know it's more than enough", "they upped my dose and I've been saving the extra in a jar",
            "I ordered a helium tank and a bag online", "I want my children to know it wasn't their fault, whatever happens",
            "quiero que sepan que no fue culpa de nadie", "sé cómo lo haría, lo tengo claro",
            // validation batch 39
            "I returned everything I borrowed from my sister, I don't want loose ends when I'm gone", "I've stopped buying shopping, there's no point now",
            "I won't be needing my holiday next year", "the world would carry on just fine without me",
            "I wrote down all my passwords and who to ring and left them for my family", "I've thought about topping myself a few times",
            "I'm not sure I want to be alive much longer", "I wish a lorry would knock me down on the way to work",
            "I go to the level crossing after work and just stand there", "when he's at work next Tuesday, that's when",
            "the dressing gown cord is long enough, I checked", "I want to walk into the sea and never come back",
            "my mum's painkillers, she won't notice a few missing", "I've got access to the drugs trolley at work and I've been tempted",
            "I've been thinking about poisoning next door's cat", "if I can't have her, no one will", "I keep a bat by the door for the lad who threatened my son",
            "if I tell the GP he'll kill me", "me pego en la cabeza cuando me equivoco", "me pegó en la cara delante de mis hijos",
            "la próxima vez que mi marido se vaya de viaje, entonces",
            // validation batch 40
            "I've been putting aside a few of my sleeping pills every night", "I've been putting my pills by for a while now",
            "I've not been taking my antidepressants, I've been keeping them in an envelope under the bed",
            "my nan's pills, there's a stash of them growing in my room", "I haven't booked anything beyond June because I won't be around",
            "what's the point in planning anything past Christmas",
            // validation batch 41
            "thinking about jumping off the bridge", "jumping off the multistorey car park has been on my mind",
            "i keep picturing stepping in front of the train on the way home", "some days i want to walk into the sea and keep going",
            "I want to jump off the bridge, the kids would be better off without me", "mi pareja me empuja cuando se enfada",
            // validation batch 42
            "i won't do anything stupid, not tonight anyway", "I'm scared I'll do something stupid",
            "I don't trust myself not to do something stupid", "no voy a hacer ninguna locura, de momento",
            "tengo miedo de hacer una locura", "algunas noches cuento todas mis pastillas y las vuelvo a guardar",
            "I've got enough tablets, I've checked",
            // validation batch 43
            "there's weedkiller in the shed and I keep thinking about drinking it", "I could make it look like an accident on the tractor",
            "I won't be here for Christmas, I've made up my mind", "I'm telling everyone I'm going camping but really I'm going to end it",
            "I'll drive out to the cliffs to end it all", "my life insurance would pay off everything, it's the only way out",
            "I know exactly which bridge, I've walked past it every night", "he dejado la diálisis a propósito, quiero que se acabe",
            "hay matarratas en el garaje y he pensado en tomármelo", "no veo ningún futuro en el que yo siga",
            // validation batch 44
            "I keep thinking I could just drive into a tree on the way home", "I sat on the ledge of the roof for hours looking down",
            "there's charcoal in my car and some tape", "podría soltar el volante en la autopista y ya",
            "me siento en la cornisa por las noches", "tengo una semana el carbón en el coche", "la pistola la tengo cargada en el cajón",
            "busqué cuánto tarda en perder el conocimiento uno al colgarse", "sé qué dosis me mataría",
            // validation batch 45
            "I'm going to do myself in", "honestly I could just off myself", "I thought about necking myself last night",
            "the night he's on nights at the depot, that's the night", "cuando mi marido se vaya de viaje, ese será el día",
            "I sat on the cliff edge thinking about the drop", "everything's in order now, the will and the letter",
            // a method after a wish or an intention (the grid of common leads and methods, session 19)
            "I keep thinking about taking all my pills", "I'm going to set myself on fire", "sometimes I think about poisoning myself",
            "I feel like gassing myself in the car", "I want to throw myself under a bus", "I've thought about taking a whole bottle of paracetamol",
            "I've been planning jumping off a bridge", "last night I nearly shot myself",
            "pienso en pegarme un tiro", "voy a prenderme fuego", "he pensado en envenenarme", "tengo ganas de ahogarme en el mar",
            "estuve a punto de tomarme todas las pastillas", "me imagino saltar desde el balcón", "podría meter la cabeza en una bolsa",
            // the second grid
            "my girlfriend punches me when she's drunk", "my husband forces me to have sex", "my son takes all my pension",
            "mi novio me obliga a tener sexo", "mi padre me ahoga", "mi hijo me quita todo el dinero", "mi pareja me tira cosas",
            "one of these days I'll burn the house down with them inside", "I've thought about how to smash his face in",
            "voy a matarlo", "pienso en cómo matarlo", "quiero pegarles un tiro a todos", "podría romperle el cuello",
            "I stub cigarettes out on my arm", "I take extra pills to make myself ill", "me apago cigarros en el brazo",
            "no puedo dejar de quemarme", "me tomo pastillas de más para ponerme mal",
            "he beat me at home last night", "he beat me to the floor", "my husband slapped me on the face", "he beat me in front of the kids",
            "I took all my tablets at once last night", "how many pills can I take before it kills me",
            "I've been stocking up on paracetamol for when I'm ready", "I feel like a burden on my family",
            // validation batch 46
            "when my wife's away at her sister's I'm going to do it", "cuando mi mujer se vaya de viaje lo voy a hacer",
            "I've been stopping at the edge of the cliff on my runs", "I keep walking over the viaduct and looking down",
            // validation batch 47
            "I keep a list of the people at school who are going to get what's coming", "busco maneras sin dolor, ya no puedo más",
            // validation batch 48
            "I'm thinking about swallowing every tablet in the house", "I'll take the lot and never wake up",
            "after I send this message I'm taking them all", "I'm only hanging on until the wedding for my son, then I'm gone",
            "honestly I'd welcome a car crash", "would I feel anything if I used charcoal in a tent",
            "¿cuál es la manera más rápida de quitarme de en medio?", "aguanto hasta el verano por mis hijos y luego me voy",
            "me las voy a tomar todas", "quiero que me la paguen",
            // validation batch 49
            "everything's sorted, I'm only waiting until my husband is on nights", "I've written down her routine for whoever takes my cat after me",
            "I sorted all my paperwork so it won't be a burden for my kids", "I've had a long innings and I'm ready to go",
            "I work in a pharmacy and I've been tempted to use them on myself", "there's always my dad's rifle",
            "una parte de mí desea morirse", "dejé instrucciones sobre mi funeral", "lo tengo todo pensado, espero a que mi mujer se vaya de viaje",
            // validation batch 50
            "some nights I think about eating a bullet", "I'm up on roofs all day and I'm tempted to just step off",
            "I have fewer and fewer reasons to keep going", "my mum's morphine is still in the cupboard and I keep thinking about it",
            "desde el balcón me imagino dejarme caer", "ya no tengo motivos para vivir", "tengo la escopeta de mi padre y pienso en usarla",
            // validation batch 51
            "I'm closing the book on my life", "soon I'll be with my nan again, I miss her so much", "I'll be checking out for good soon",
            "I'm thinking about turning the gas on and going to sleep", "I'll go to my mum's caravan so the kids don't find me",
            "after work I'm walking to the pier and I'm not coming back", "he pensado en abrir la llave del gas",
            "nose si podré seguir mucho más", "me salto comidas para castigarme", "mi pareja ahogó al gato para que viera lo que me haría",
            // validation batch 52: a relative's gun at home is the client's means, though the clause is about the relative
            "my husband's a police officer and keeps his gun in the bedside drawer", "mi padre guarda la escopeta en el armario",
            "I know when the non-stop train goes through", "I've got some of my mum's morphine that nobody would notice",
            "once the kids are asleep I'm going to do it", "me gustaría darle una paliza a mi vecino",
            // validation batch 53
            "I saw a news story about a man who hanged himself and thought it should be me", "how many of my sertraline would be a lethal dose",
            "I cut myself with a kitchen knife when I'm upset", "leí sobre una chica que se tiró a las vías y pensé que debería ser yo",
            "¿cuántas pastillas de lorazepam serían una dosis mortal?",
            // validation batch 54: acute intent in the moment
            "I'm standing on the multi storey roof right now", "after this conversation ends I'll do it", "I'm lying in bed with all my tablets",
            "the hose is taped to the exhaust", "I've got matches and lighter fluid in my bag", "I've stockpiled two months' worth of my sertraline",
            "I held my arm against the radiator until it blistered", "I want to glass him", "my boyfriend pointed a gun at me",
            "me he tomado treinta paracetamoles", "estoy tumbada en la cama con la navaja", "en cuanto termine de escribir lo hago",
            "ahora mismo estoy en la azotea", "se dónde vive, tengo su dirección y una navaja", "mi ex me sacó una navaja",
            // validation batch 55: acute intent in the moment
            "waiting for the non-stop train", "I'm typing this from the top of the car park", "I'm sitting on the window ledge on the 8th floor",
            "I just downed the whole bottle", "I've taken them all, it's too late", "she's asleep and I've got the pillow",
            "I've slipped some pills into his drink", "te escribo desde el puente", "me he bebido un poco de salfumán",
            "estoy asomada a la ventana de un octavo piso", "me he escondido de mi marido en el armario",
            // validation batch 56: acute intent in the moment
            "I've taken all my tablets, feeling drowsy", "half my pills are down already", "I'm on the other side of the safety rail on the bridge",
            "I'm at the station and the next express won't stop", "off to the car park, top floor", "I ordered helium and looked up how to use it",
            "I still have dad's oxycodone from when he had cancer", "please tell my daughter I'm sorry", "I used a bit of glass on my wrist",
            "me he tragado la mitad de las pastillas", "estoy por fuera de la valla del puente", "me he tomado todo el botiquín",
            // the acute grid: an overdose said by its count, a ledge, a high place "now", a ligature, fumes, a count-down, legs over
            "I've just taken about 40 tablets and I feel weird", "just downed my whole month of meds", "I've swallowed all my mum's sleeping tablets",
            "I am standing on the window ledge", "as we speak I'm sat on the edge of the roof of the hospital", "ok so I'm up on the roof of the hospital now",
            "the rope is round my neck", "I'm filling the car with fumes", "the car is running in the closed garage and I'm inside",
            "I'm about to step off", "I'm counting down from ten then I'm going", "I'm writing the note now", "I'm sat on the edge with my legs over",
            "me he bebido 30 sertralinas", "acabo de tomarme la medicación de todo el mes", "estoy subida a la cornisa", "estoy haciendo el nudo ahora",
            "estoy a punto de saltar", "estoy escribiendo la nota ahora", "me he echado gasolina encima", "el coche está en marcha en el garaje cerrado",
            // validation batch 57
            "the rope's up, I'm just building up the courage", "I've got the knife in my hand and I'm shaking", "I bought paracetamol from four different shops",
            "I'm on the bridge most nights imagining jumping", "I've said my goodbyes to my parents, now I'm ready", "dad's gun safe key is in his bedside drawer",
            "tengo la cuchilla en la mano", "di un puñetazo a la pared adrede para hacerme daño", "sé dónde está la llave del armero",
            // validation batch 58 (2026-12-04, session 21): plans with no method word, letters left for afterwards, a place scouted
            "everything is sorted now, I just have to find the nerve", "it's all ready, I just need to work up the courage to go through with it",
            "I know where and I know when, I just haven't told anyone", "spent last night writing letters to each of the kids, they're in the drawer for afterwards",
            "I cancelled the direct debits so nobody gets stuck paying them after I'm gone", "I found out how much of my insulin it would take",
            "there's a tree I've already looked at in the woods behind the estate", "if the results are bad on Friday then that's it, I'm done, I've got it all ready",
            "going up to the cliffs on Sunday, it's quiet there, nobody will stop me", "some nights I sit in the car in the garage with the engine on just to see",
            "I burnt my arm on the oven door on purpose", "ya lo tengo todo preparado, solo me falta el valor", "sé dónde y sé cuándo, solo que no se lo he dicho a nadie",
            "anoche escribí cartas para mis hijos, están en el cajón para cuando yo no esté", "he estado mirando qué puentes de aquí no tienen redes",
            "el domingo subo a los acantilados, allí no hay nadie que me pare",
            // validation batch 59
            "I got sectioned after they pulled me back from the bridge", "my dad makes us kneel on rice when we get bad marks",
            "there's a big drop from my balcony, I've leaned over and looked", "I've got a hosepipe and a roll of tape in the boot of the car",
            "I've booked a hotel room for Saturday and I'm taking everything I've saved up",
            "en la casa del campo hay una escopeta y últimamente pienso mucho en ella", "tengo guardada la morfina de mi abuela, nadie la pidió",
            "me voy a llevar todo lo que he ahorrado de pastillas", "los niños están con su padre este finde, mejor, porque cuando vuelvan yo ya no estaré",
            "mi padre nos hace arrodillarnos sobre arroz cuando sacamos malas notas",
            // validation batch 60
            "I've asked them to stop my dialysis, I'm done with all of it", "the tablets are in my bag right now, all of them",
            "I've worked out the train times at the crossing near my house", "I've written the note, it's under my pillow",
            "I'll make him pay for what he did, even if I go to prison for it", "he won't let me leave the house without him and he checks my receipts",
            "tengo las pastillas en el bolso ahora mismo, todas", "ya escribí la carta, está debajo de la almohada",
            "anoche estuve mucho rato arriba del parking pensándolo", "mejor me muero y ya ni pedo", "no me deja salir de casa sin él",
            // validation batch 61
            "I've decided on New Year's Eve, it feels right to go out with the old year", "my flat's on the 14th floor and the window opens all the way, I've checked",
            "lo tengo decidido para nochevieja, irme con el año viejo", "vivo en un piso 14 y la ventana se abre entera, ya lo he comprobado",
            "en el trabajo sonrío y cumplo, y luego llego a casa y me paso horas con las pastillas delante",
            // validation batch 62: acute intent in the moment, a fourth time
            "I'm parked up by the quarry and I've made my mind up", "sorry to do this over a chat but I'm going tonight, I wanted someone to know",
            "I've run a bath and the razor blades are on the side", "the paracetamol's all popped out of the packets and in a pile on my bed",
            "I've taken the pills already, I just wanted to say thank you for trying", "I've set the timer on my emails so they send in the morning when it's done",
            "my husband's shotgun is in the cabinet and I've found where he hides the key", "I've ordered something online that's meant to be quick and painless",
            "I walked to the edge of the cliff last night and only came back because my dog followed me", "when this form is finished I'm going to go up to the roof",
            "I've had half a bottle of whisky and I'm about to take the rest of my tablets", "I've tied it to the banister, I'm sitting at the top of the stairs",
            "left my wedding ring and a letter on the kitchen table for my wife", "I'm going to drive into the people outside the pub who laughed at me",
            "estoy aparcado junto a la cantera y ya lo he decidido", "he llenado la bañera y tengo las cuchillas al lado",
            "ya me he tomado las pastillas, solo quería darte las gracias por intentarlo", "estoy en el coche con la manguera metida por la ventanilla",
            "cuando termine este formulario subo a la azotea", "voy a tomarme el resto de las pastillas", "llevo una cuerda en la mochila y ya sé qué árbol",
            "está abajo rompiendo cosas y dice que ahora sube a por mí", "estoy escondida en el baño, tiene un cuchillo, ayuda",
            // validation batch 63: acute intent in the moment, a fifth time
            "I'm at the top of the car park and the barrier's really low up here", "my legs are over the side of the bridge and the water looks so calm",
            "I'm on the track, there's a train due in ten minutes", "can't feel my fingers, injected a lot of my insulin an hour ago",
            "it's happening tonight, everything's in place", "goodbye, tell my kids I love them", "on my way to the bridge now, just wanted to say it to someone",
            "I've drunk the bleach", "I've started the engine in the garage and shut the door", "I've locked myself in the bathroom with the knife",
            "counting the pills out now", "estoy arriba del parking y la barandilla aquí es muy baja", "tengo las piernas por fuera del puente",
            "estoy en las vías, el tren pasa en diez minutos", "voy de camino al puente, solo quería decírselo a alguien", "me he bebido la lejía",
            "adiós, dile a mis hijos que los quiero", "he arrancado el coche en el garaje y he cerrado la puerta", "toy en el puente ahorita",
            // validation batch 64: acute intent as a scene
            "I climbed over the railings, I'm holding on with one hand", "the tablets are going down with the wine, I've done about half",
            "I'm in the bath and I've got the blade, I just can't feel anything", "car's in the garage, the door's down and I can smell the fumes",
            "I'm standing by the tracks waiting for the fast one", "I've cut too deep and I'm not going to call anyone",
            "it's 3am and I'm sat on my windowsill eight floors up", "he's kicking the door in right now and I'm hiding with the baby",
            "I've got the plastic bag and the tape next to me", "he saltado la barandilla y me estoy agarrando con una mano",
            "me estoy tomando las pastillas con el vino, ya voy por la mitad", "tengo la bolsa y la cinta al lado", "estoy junto a las vías esperando al rápido",
            "son las 3 y estoy sentada en la ventana de un octavo", "está dando patadas a la puerta ahora mismo y estoy escondida con el bebé",
            // validation batch 65: acute scenes a seventh time
            "got about two thirds of the box down so far", "I've got the hairdryer and I'm getting in the bath", "it's bleeding a lot and I'm just going to let it",
            "I've got the cable tied to the loft hatch", "I drove out to the lake, the car's facing the water and the engine's running",
            "my phone's about to die and so am I", "I've got petrol and I'm at his house", "I've parked on the level crossing",
            "I'm at the station end of the platform where the trains don't slow down", "I've got the bbq coals lit in the bedroom with the window taped",
            "ya me he tomado dos tercios de la caja", "tengo el secador y me estoy metiendo en la bañera", "he aparcado en el paso a nivel",
            "me quedo sin batería y yo también me apago", "he encendido las brasas en el cuarto y he tapado la ventana",
            // validation batch 66
            "I've swallowed the sleeping tablets I was saving, about forty, I'm getting drowsy", "I've put the dog in the kitchen so she doesn't see",
            "I'm in the water at the beach, it's up to my neck now", "I'm on the top floor of the hospital car park, I'm going over",
            "my car is parked across the train tracks", "I'm sitting on my balcony rail, 12th floor", "there's a knife on my lap and I'm working up to it",
            "I'm on the sea wall and the tide's coming in fast, I'm not moving", "estoy en el agua en la playa, me llega ya al cuello",
            "he encerrado al perro en la cocina para que no lo vea", "estoy en el espigón y la marea sube rápido, no me voy a mover",
            // validation batch 67
            "I sleep with my shoes on in case I need to run", "I've got a bag packed and hidden at my mum's in case he kicks off again",
            "I already know which bridge", "ya sé desde qué puente, paso por él cada día",
            // validation batch 68
            "googled 'how many storeys is fatal' at 3am lol", "spent the evening working out the dose for my weight", "how much paracetamol is lethal",
            "gave the dog to my neighbour for good, told her I'm going travelling but I'm not", "I'd like to just switch off, permanently",
            "my dad died last year and I just want to be with him again",
            // validation batch 69
            "I've been to the woods twice this week to find the right tree", "i feel sucidial", "so sooicidal tonight",
            "mamá no vuelve hasta las diez y tengo sus pastillas para dormir delante", "he ido al monte a buscar el árbol", "mi padre me tiró al suelo",
            // validation batch 70
            "me voy a aventar del edificio donde trabajo", "hace un año me tomé las pastillas de mi abuela para morirme", "le voy a partir la cara a mi ex cuando lo vea",
            // validation batch 71
            "I've taped the gap under the door and lit the barbecue inside", "sat in the garage, hose is on, windows up",
            "took the lot about an hour ago, my speech is going funny", "I work in a pharmacy, I could take whatever I wanted and nobody would know",
            "he tapado la rendija de la puerta y he encendido la barbacoa dentro", "me lo tomé todo hace una hora y hablo raro",
            "trabajo en una farmacia, podría llevarme lo que quisiera y nadie lo notaría",
            // validation batch 72
            "the kids are at school, the house is quiet, I've got everything ready upstairs", "all my antidepressants and the vodka, it's started",
            "todos los antidepresivos y el vodka, ya ha empezado",
            // validation batch 73
            "if the landlord doesn't give my deposit back I'll burn his place down", "I slap my mum when she forgets things, she has dementia, I hate myself for it",
            "agarré a mi hijastro del cuello la semana pasada", "le pego a mi madre cuando se le olvidan las cosas, tiene alzheimer",
            "he vuelto a cortarme las muñecas, pero sin querer morir",
            // validation batches 74-75 (2026-12-04, session 23)
            "I've cancelled the gym, the phone contract and the milk, so nobody's left with bills", "I've paid off the credit card and closed my accounts so my sister isn't left with anything to sort", "I've cancelled my direct debits so no one has to deal with them after", "He cancelado la luz y el móvil para que mi familia no tenga que pagar nada", "I've asked my neighbour to feed the cat from Thursday, she thinks I'm going away", "my sister's minding the dog from Saturday, she thinks I'm going on holiday", "I've booked a cabin in the woods for Sunday and I won't be coming back", "he reservado una habitación de hotel para el viernes y no pienso volver", "he reservado un hostal para el sábado y no pienso volver", "I've worked out the tide times so the current takes me out", "I've looked at when the tide turns so the current pulls me under", "they'll find out on Monday why I didn't come in", "they'll understand eventually why I couldn't carry on", "el lunes sabrán por qué no fui", "I've put my keys and bank cards in an envelope for my brother", "I left my will and bank cards on the kitchen table for my son", "he dejado las llaves y las tarjetas en un sobre para mi hermano", "he dejado el testamento y las claves en un sobre para mi hija", "he vaciado todos los blísteres en la mano, solo los estoy mirando", "tengo todas las pastillas en fila encima de la mesa", "my GP asked if I'd had any thoughts of suicide and I said no but that wasn't true",
            // validation batch 76 (2026-12-04, session 23)
            "mi compañera de piso es diabética y sé cuánta insulina haría falta", "he pasado mis ahorros a mi sobrina y he cerrado la cuenta del banco", "the psychiatrist asked if I'd ever overdosed and I said no but I lied", "I keep banging my head on the wall on purpose",
            // validation batch 77 (2026-12-04, session 23)
            "mañana cuando todos estén en el trabajo lo hago", "lo haré cuando me quede sola, ya está decidido", "ya he tomado la decisión y me siento en paz", "I've made my decision and I feel really calm about it now", "mi hijo me ha roto dos costillas de un empujón", "my son broke two of my ribs when he shoved me",
            // validation batch 78 (2026-12-04, session 23)
            "sometimes I hold the baby too tight when she won't stop crying", "lo he intentado dos veces y ahora tengo esa misma calma", "cuando bebo me pongo violento y el fin de semana le rompí la mandíbula a un tío", "I scratch my arms until they bleed when my eczema flares, but honestly I do it on purpose",
            // validation batch 79 (2026-12-04, session 23)
            "I've been giving everyone little bits of money and telling them to treat themselves", "i just want everthing to stop for gud", "anoche me até algo al cuello pero llegó mi compañera de piso", "mi marido me controla el dinero y el móvil",
            // validation batch 80 (2026-12-04, session 23)
            "lads at work think I'm fine but I've had enough of being here full stop", "I'm sick of being alive", "mi hijo adolescente hace agujeros en las paredes y anoche me empotró contra la nevera", "golpeo el radiador con los puños hasta que se me hinchan",
            // validation batch 81 (2026-12-04, session 23)
            "my dad makes us stand in the garden in the cold when he's angry", "I kicked the dog so hard it yelped and I wanted to do it again", "I pull my fingernails off when I'm anxious until the beds bleed", "mi padre nos deja fuera en el patio sin abrigo cuando se enfada",
            // validation batch 82 (2026-12-04, session 23)
            "the kids are at their dad's this weekend so it's the right time", "The kids are at their dad's this weekend. So it's the right time", "los niños están con su padre este finde, así que es el momento", "I'm in a hotel room with everything I need, I'm not going home", "my partner waits outside the bathroom when I shower so I can't text anyone", "my husband held a pillow over my face until I stopped struggling", "mi marido me puso una almohada en la cara hasta que dejé de moverme", "he programado un correo para que le llegue a mi hermana el lunes por la mañana", "pongo la mano sobre el fuego de la cocina hasta que no aguanto",
            "le regalé mi perro a la vecina y di de baja el móvil", "le he dado mi gata a mi prima y he cancelado la cuenta del banco",
            "I've been giving my clothes to charity bit by bit so there's less for mum to sort out", "I'm sorting my paperwork so nobody has to go through my things after", "I've cleared out my wardrobe so there'll be nothing for my family to deal with",
            "it's all set for the weekend, I just wanted to tell someone before", "once my son turns 18 in May my job's done and I can go", "my husband's a farmer and the guns are in the house", "my dad's rifles are kept under the bed", "me voy a meter en el mar y no volver", "voy a caminar mar adentro hasta que no pueda más", "everything's all sorted for tonight, I just needed to tell one person first",
            "I've still got the ketamine from last summer, more than enough", "todavía tengo la ketamina del verano pasado, más que suficiente", "there's a stash of diazepam in my room, easily enough", "I've started getting things in order, I have a date in mind",
            "I asked my GP for more sleeping tablets and told her I'd lost the last lot, I hadn't", "I bought a really big knife last week and I don't cook", "I'll be gone before you read this", "será el día 3, después de cobrar, así las facturas quedan pagadas", "compré un cuchillo muy grande la semana pasada y yo no cocino", "it'll be on the 3rd, the day after payday so my bills are paid", "I got some rope from the hardware shop even though I don't have a garden", "I told the pharmacist I'd dropped my tablets down the sink to get more, I didn't",
            "I've taken the batteries out of the smoke alarm and bought the barbecue coals", "I've asked my neighbour to check on me on Monday, she'll know what to do", "my dad's a vet and the drugs are in the boot of his car", "I switched off the carbon monoxide alarm and I've got two disposable barbecues in the bathroom", "my mum's a nurse and the morphine is kept in her bag",
            "the bath's run and the blade's on the side", "I've saved every sleeping tablet the doctor gave me since March", "the tree in the garden has a strong branch and I've got the washing line", "I've cleaned the flat top to bottom so it's nice for whoever has to come in", "he limpiado el piso entero para que esté bien para quien tenga que entrar", "there's a sturdy beam in the garage and I bought a tow rope",
            "booked the hotel room for one night, I won't need breakfast", "I've booked a room for one night and I won't be needing a return",
            "Got a ladder and some cord in the loft, just waiting for the house to be empty", "there's a rope in my wardrobe, I'm just waiting for everyone to go out",
            "left a voicemail for my brother saying sorry for everything, then switched my phone off", "wrote letters to each of the kids and sealed them",
            "made sure the will's signed and the dog's got a new home", "I'm just waiting until after mum's birthday so I don't ruin it",
            "I'm holding on till after Christmas so it doesn't spoil it for the kids", "he dejado el testamento firmado y el perro con mi hermana",
            "me espero a que pase la navidad para no estropearla", "si me quitan a mis hijos voy a quemar la oficina de servicios sociales",
            "I've asked for Thursday off work, nobody will expect me anywhere", "nobody would notice I'm gone until Monday",
            "I gave the landlord notice but I'm not moving anywhere", "he pagado mi propia incineración, una cosa menos",
            "he visto un vídeo para aprender a hacer el nudo",
            "i keep thinking the kids would be better off with my sister raising them", "every night I lie awake planning how",
            "a veces conduzco muy rápido esperando estrellarme", "I burned myself on purpose with the iron",
            "I cut myself with a craft knife on purpose to feel something",
            "I'm a farmer. It's been a bad year, the bank's on my back. I've been sitting in the barn with the shotgun some evenings.", "Soy agricultor, ha sido un año malo. Algunas tardes me siento en el pajar con la escopeta.",
            "i wanna go to sleep n not wake up ever",
            "the water's cold but it'll be over quick", "about to do something stupid, can't talk long",
            "estoy en la tina con la secadora enchufada", "ya amarré la cuerda al barandal de la escalera",
            "I'm gonna do it tonight, sorry", "I'm going to do it tonight, tell my mum I love her",
            "I've stopped answering my sister because it'll be easier for her later", "llevo días con la cuerda en la mochila",
            "I'm not safe with myself tonight", "esta noche no estoy a salvo conmigo misma",
            "I don't feel safe around myself at the moment",
            "tengo ganas de matarmee enserio", "I want to dieeee",
            "como mi vecino vuelva a tocar a mi perro lo mato, y lo digo en serio", "le escribí una carta de despedida a mi novia",
            "Tonight I'm swallowing every pill in the house", "prefiero morirme antes que volver a esa casa",
            "hay una cuerda en el granero que miro cada vez que entro", "I've started taking my service pistol home when I'm off shift",
            "there's a rope in the shed that I keep looking at",
            "he cambiado el mensaje del contestador para decir que ya no estoy", "I scald myself with the kettle on purpose when the memories come back",
            "I've started to feel like I'm living on borrowed time and I'm fine with it running out",
            "I'm at peace with my time running out now",
            "I sat in the garage with the engine running and the door shut",
            "I've left my passwords in an envelope for my brother because he'll need them when I'm gone",
            "Esta noche me tiro por la ventana, ya no puedo más",
            "Compré una cuerda por si acaso",
            "If the doctor told me I had six months I think I'd feel relieved", "My family would have one less mouth to feed, that's how I see it now",
            "I don't eat for days as a punishment when I've messed up", "He repartido mis cosas entre mis sobrinos, ya no me hacen falta",
            "I'm tired of being the thing everyone has to manage, I'd like to take myself off their hands",
            "I feel like I've been on the wrong side of the ground for too long", "I want to go to sleep in the snow like the old people used to",
            "I keep my hand on the hot radiator until I can't bear it", "Mis hijos crecerán bien sin mí, incluso mejor, y empiezo a creer que es lo más generoso",
            "I've never thought about ending it until this year",
            // validation batches 107 and 108 (session 28)
            "I've got the date circled, the 14th, after my sister's wedding so I don't ruin it for her",
            "Ya tengo la fecha marcada, después de la boda de mi hermana para no estropeársela",
            "I've been missing my dialysis because what's the point in dragging it out",
            "Me salto la diálisis, no tiene sentido alargar esto",
            "He buscado en google cuál es el puente más alto de la ciudad",
            "ive bin cuttin agen",
            "I used to self-harm at school but I haven't for eight years until last month",
            "My kids deserve a dad who isn't a burden, so I'm taking myself out of the picture",
            "I texted my best friend 'thanks for everything' and then turned my phone off",
            "The only thing stopping me is my mum, and she's not well",
            "Death feels like the only holiday I'll ever get",
            "Last Friday I drove home from the pub hoping I'd hit a tree",
            "Este fin de semana, cuando mi mujer esté con su hermana, lo termino todo",
            "No quiero llegar a cumplir los cuarenta",
            "Chronic pain for nine years, and I've decided I'm not doing a tenth",
            "I put my wedding ring and my watch in an envelope for my son",
            "Sometimes I lean out of my 9th floor window just to feel the pull",
            "Me asomo a la ventana del noveno piso solo para sentir el vacío",
            "Ojalá estas sean mis últimas navidades",
            "Tiene vídeos míos y dice que se los mandará a mi jefe si voy a la policía",
            "When the baby screams I've started covering his mouth until he goes quiet",
            "Cuando el bebé grita le tapo la boca hasta que se calla",
            "He broke my arm last year and I never told anyone",
            "My partner has a gun and reminds me of it whenever we argue",
            "Estoy estacionado en la cantera con una manguera, mi esposa cree que estoy trabajando",
            "Valgo más muerto, con el seguro se paga la hipoteca",
            "Nothing to live for since the farm went under, and the gun cabinet key is on my keyring",
            "He pushed me and I fell",
            "Me pego cuando se enfada",
            "My brain keeps telling me the train is the answer",
            "Mi cabeza me dice que el tren es la solución",
            "Si mi jefe me despide, sé a qué colegio van sus hijos",
            "Me paso la cuchilla por los muslos casi todas las noches desde los exámenes",
            "¿Mi familia cobraría el seguro si pareciera un accidente?",
            "Me siento una carga, y las cargas se sueltan",
            "El estanque al final de la calle es bastante hondo, lo comprobé con un palo",
            "Mi hermano dijo que acabará conmigo si le cuento a mamá lo que me hace",
            "He won't let me have money of my own",
            "I'm the reason everything goes wrong, so I'm going to fix it by removing the reason",
            "I left my dog with my neighbour and said I wouldn't be back",
            "Me he asomado al hueco de la escalera del trabajo mirando hacia abajo, pensando",
            "Le dije a mi terapeuta que estaba bien, pero he comprado el helio",
            "si no llego al lunes decidle a mi madre que lo siento",
            "I've written down who gets the cat and who gets my bike", "He apuntado en una libreta quién se queda con mi gato y quién con mi bici", "I go to bed praying I won't see the morning", "Me acuesto rezando para no ver el día siguiente", "Lo mejor es quitarme de en medio, para que mi hijo viva tranquilo",
            "I'm looking at flights to Switzerland to do it there", "Tengo apuntado en el calendario el día, después de la comunión de mi sobrina", "Ya he marcado la fecha en la agenda, cuando pase la boda de mi prima", "Le di una torta a mi hijo y me arrepiento",
            "I've been googling which tablets stop your heart", "He buscado en el móvil cuáles calmantes paran el corazón", "he estado leyendo qué pastillas destrozan el hígado",
            "I'm praying the chemo doesn't work this time", "Part of me is hoping the transplant doesn't take", "Ojalá el tratamiento no haga efecto y se acabe todo", "Me han recetado tantos antidepresivos que con los que he ahorrado tengo de sobra", "Mi hermano mayor me sigue pegando y mis padres dicen que son cosas de hermanos", "Ojalá no hubiera sobrevivido la última vez", "No pienso en matarme, pero a veces sí lo pienso", "Las autolesiones que tenía de adolescente han vuelto",
            "I wrote a letter for each of my grandchildren and left them with the solicitor", "There are notes for the kids in the bureau, to be opened when I'm gone", "Me compré un arma hace poco y no es para defenderme", "He conseguido una pistola y no la tengo para protegerme", "Me quiero morir, ya no aguanto más", "I've been collecting my prescriptions from the chemist and not taking them, they're all in a box", "Soy un chico que intentó suicidarse el año pasado y sigo pensándolo", "I've been giving away my records and books to friends, saying I'm decluttering but it's not really that", "I gave my guitar and my bike to my nephew, told everyone I'm moving, but that's not why", "Estoy regalando mis discos y libros, digo que es para hacer limpieza pero no es eso", "He regalado mis cosas favoritas a mis amigas, les digo que me mudo pero no es eso", "Que nadie se eche la culpa de lo que pase este finde", "Que nadie se sienta culpable de lo que pase mañana", "I don't want anyone blaming themselves for what happens on Friday", "I'm going to swim out as far as I can on Sunday and not swim back", "I'm going to walk out into the hills tomorrow and not come back", "The last time I felt like this I ended up in A&E having my stomach pumped", "La última vez que me sentí así acabé en urgencias con un lavado de estómago", "¿Si alguien se toma todas las pastillas de la tensión de golpe se queda dormido sin más?", "¿Qué pasaría si me tomo todo el bote de somníferos, me quedaría dormida?", "I've set up a standing order so my rent's paid until March, after that it won't matter", "He dejado pagado el alquiler hasta marzo, después ya da igual", "Nunca he querido hacerle daño a nadie, pero ahora sí", "I pull my stitches out because the pain helps me focus", "I took my own stitches out with nail scissors", "Me quito los puntos porque el dolor me ayuda a concentrarme", "I keep reopening my cuts so they don't heal", "I know exactly which of Dad's tablets to take and he's got plenty", "Sé exactamente qué pastillas de mi padre tomar y tiene muchas", "Por las noches planeo cómo le haría daño al hombre que me agredió, dónde y cuándo", "Pienso en cómo le haría pagar lo que me hizo, de verdad", "Le apunté a mi hermana las contraseñas de todo en una tarjeta, las va a necesitar", "I wrote my Spotify and Instagram passwords on a card for my sister, she'll need them", "¿Una caída desde un cuarto piso mata seguro?", "Me muerdo los brazos hasta hacerme marcas", "Cuídame a mis gatos, ¿vale? Prométemelo", "Look after my cats for me, yeah? Promise me", "Cuida de mis perros cuando ya no esté, prométemelo", "¿Cuánto tiempo tarda uno en morir si no come ni bebe?"})
    void concepts_said_without_the_usual_words_are_flagged(String text) {
        assertThat(detector.assess(text).flagged()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm at the top of the car park and it's so quiet up here", "my husband's a diabetic, there's a fridge full of insulin", "I'm sat on the bridge, it's dark",
            "last night I sat on the edge of the bridge for an hour", "I've driven up to the quarry", "I'm standing by the railway tracks",
            "estoy en la azotea del edificio", "he subido al puente",
            "I'm at the end of the pier, the water's black, I can't swim", "estoy al final del muelle, no sé nadar",
            "after the weekend none of this will be my problem anymore", "after the weekend none of it will be my problem", "on the canal bridge again, been here since midnight", "on the bridge, been here for hours",
            "I've got my grandad's old service revolver in a shoebox", "me quedó un cajón lleno de oxicodona de la operación", "I've cleared out my flat and given the keys back to the landlord early, I've got nowhere to go and I don't care", "I work on a farm and the paraquat is in the shed", "trabajo en el campo y el herbicida está en el cobertizo", "I've written the time in my diary, 3am on Sunday", "he apuntado la hora en la agenda, las tres de la madrugada del domingo", "esta noxe lo ago",
            "I've booked a cottage on the coast for one night and only bought a single ticket", "the kids are with their dad from friday and that's when", "she's at her sister's from Saturday and that's the night", "I rehomed my cat to a lady from work",
            "I paid off my sister's loan and told her not to worry about paying me back ever",
            "once my daughter turns 18 my job's done", "it's all set for tonight", "I just wanted to tell someone before",
            "I've put the kids' stuff at my mum's and I'm going back to the flat alone tonight", "I recorded a video for my daughter to watch when she's older", "las he contado en la mesa de la cocina, son 48", "hay un armario entero con las medicinas de mi difunto marido que nunca tiré", "I've counted them out on the kitchen table, there's 48",
            "I've been to the chemist three times today, different ones each time", "the note's in an envelope addressed to my mum, it's on the mantelpiece",
            "I've fed the fish enough for a week and left the heating off", "I've looked up the tide times for the estuary tonight", "he mirado las mareas de esta noche en la ría",
            "I feel like a burden when I ask my friends for help", "I left my sister a message and then switched my phone off",
            "I'm just waiting for everyone to be out",
            "I made a playlist for the drive up to the dam, it's the last drive", "I've put the dog's lead and food by the door with a note for the neighbour",
            "I've told work I'm taking a long weekend and I haven't booked anything", "I cleared my browser history and wrote my passwords on a card by the kettle",
            "I posted my house keys back through my mum's letterbox", "my pension's in my wife's name now, I sorted it last week",
            "I've been going to different chemists every day for a fortnight", "I put a note in my wallet with my sister's number saying who to call",
            "I've returned all the library books and paid the fines, I like things finished", "he devuelto las llaves de casa de mi madre por el buzón",
            "he comprado un billete solo de ida para el sábado", "he vaciado el historial y he dejado las contraseñas apuntadas junto a la cafetera",
            "I emailed my manager all my work files and the handover notes, tidy for whoever comes next", "I gave the flat a proper clean and left the keys on the side",
            "I've told the school my sister will be picking the kids up from now on", "I'm finishing the last few jobs on my list then that's me",
            "he avisado al colegio de que a partir de ahora recoge a los niños mi hermana", "tengo el día planeado, solo tengo que pasar la mañana",
            "termino las últimas cosas de la lista y ya está, se acabó",
            "I've taken my name off the rota for next month and everything after", "I sold my car for cash and gave the money to my nephew",
            "my things are in boxes labelled for each of the kids", "he vendido el coche y le he dado el dinero a mi sobrino sin explicarle nada",
            "tengo mis cosas en cajas con el nombre de cada uno de mis hijos",
            "The plan is the woods behind the golf course once it gets dark",
            "I'll go down to the river once it gets dark and nobody's about",
            "I rang my old teacher to say thank you, it felt important to do it now",
            "I've started looking at my insulin differently since the diagnosis",
            "There's a bottle of my late husband's morphine I never handed back to the chemist", "My grandad's shotgun is still up in the loft", "Mi abuelo tenía una escopeta de caza y sigue en el armario del desván", "Tengo un bote de la morfina de mi difunto marido que nunca devolví a la farmacia",
            "I gave my neighbour my house keys and asked her to check on the place on Monday", "Le he dado a mi vecina las llaves de casa y le he pedido que entre el lunes", "Anoche estuve calculando cuántos pisos tiene mi bloque", "I've been checking how many floors the multi-storey has", "I kept the sedatives the vet gave us that were left over when the dog was put down", "Me quedé con los sedantes del veterinario que sobraron cuando durmieron al perro"})
    void the_client_at_a_dangerous_place_or_beside_a_store_of_medicine_gets_the_check_question(String text) {
        // the gentle check question, not the whole screen: a roofer or a diabetic's partner says the same
        assertThat(detector.assess(text)).as(text).isEqualTo(RiskSignal.UNSURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm on the bridge now, stuck in traffic", "I'm at the top of the car park looking for my car",
            "I'm on the roof fixing the gutter", "I stood on the cliff edge to take a photo of the sunset", "I'm at the level crossing waiting for the barriers to lift",
            "my dad is on the roof fixing the aerial", "estoy en el puente, hay atasco", "estoy en la azotea tomando el sol con mis amigas",
            "I went to the bridge to meet a friend", "fui al puente a ver los fuegos artificiales",
            "I'm at the end of the pier, going for a swim", "after the handover on Friday none of this will be my problem anymore", "I'm on the pier, been here since six fishing for mackerel", "estoy en la azotea tendiendo la ropa", "I'm on the roof hanging the washing out",
            "sitting on the roof terrace typing this with a coffee",
            "I left my mum a message and switched my phone off to go to sleep", "waiting for the house to be empty so I can have a bath in peace", "Compré veneno para ratas porque tenemos una plaga en el garaje", "Tenemos veneno para ratones en el garaje porque hubo una plaga", "Estuve mirando cuántos pisos tiene el edificio porque buscamos oficina nueva", "Estuve mirando cuántos pisos tiene el edificio para la mudanza del piano", "I checked how many floors the new office has so I know where to park", "I looked up how many floors the new office has, it's huge", "The vet gave us sedatives for the dog's flight and we used them all", "Guardo las pastillas que sobraron para llevarlas al punto Sigre de la farmacia"})
    void a_place_or_a_means_with_its_everyday_reason_is_not_asked_about(String text) {
        assertThat(detector.assess(text)).as(text).isEqualTo(RiskSignal.CLEAR);
    }
}
