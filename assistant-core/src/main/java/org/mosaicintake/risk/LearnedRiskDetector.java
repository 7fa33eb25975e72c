package org.mosaicintake.risk;

import java.util.List;
import java.util.Optional;
import org.mosaicintake.understanding.Embedder;
import org.mosaicintake.understanding.Exemplar;
import org.mosaicintake.understanding.TextUnderstanding;

/**
 * Reads text for risk by meaning, with the learned {@link RiskClassifier}: each sentence (idioms and
 * denials taken out first) is embedded by the in-process model and classified; the text's reading is
 * its riskiest sentence. From {@code flagAt} it opens the screen; from {@code checkAt} (read on the
 * mean of the classifier's risk and the share of risk among the sentence's nearest development
 * sentences, {@link Neighbours}, where those ship) it asks the check question, and so it does from {@link #CUE_AT} for a sentence that speaks of death or an
 * ending, or of a means or a dangerous place, in the first person. A learned reading never escalates by itself: a plan it recognises opens the ASQ,
 * whose answers decide (stated plans and means are escalated at once by the rules).
 *
 * <p>Throws {@link DetectorUnavailableException} when the model is not ready: a caller must treat
 * that as flagged (fail closed). Thread-safe.
 */
public final class LearnedRiskDetector implements RiskDetector {

    /** How long a reading waits for a model still loading; callers bound the whole reading with their own time-out. */
    static final long READY_WAIT_MILLIS = 10_000;

    /**
     * From this similarity to one of the risk exemplars ({@code risk/exemplars.tsv}), closer than to
     * any benign one, a sentence opens the screen whatever the classifier says: a safety net for
     * phrasings the classifier's training data lacks.
     */
    public static final double SURE = 0.72;

    /**
     * Below the check band, a sentence still gets the check question when the classifier finds risk
     * more likely than not and the client speaks, in the first person, of death or an ending: two
     * weak signals that together are worth one gentle question.
     */
    static final double CUE_AT = 0.5;

    /** Words of death or of an ending, in English and Spanish (text already normalised: no accents). */
    private static final java.util.regex.Pattern DEATH_CUE = java.util.regex.Pattern.compile("\\b(?:death|dead|die|dying|funeral|grave|"
            + "suicid\\w*|kill\\w*|over for me|gone for good|not (?:be )?(?:here|around|alive)|end (?:it|things|everything|my life)|"
            + "the end|disappear\\w*|leave this|goodbye\\w*|muerte|muert[oa]s?|morir\\w*|acabar|desaparecer|despedir\\w*)\\b");
    /**
     * A means or a dangerous place, in English and Spanish (session 21: acute intent said as a scene, "I've got the cable tied to
     * the loft hatch", was read just under {@code checkAt}; out-of-fold on the development part this cue at {@link #CUE_AT} asks
     * 0.8% more of the English benign sentences and 1.0% more of the Spanish, and 1.2% and 1.1% more of the risk ones, with
     * {@link #SELF} reading Spanish first-person verbs; session 25 added dams, viaducts, weirs, canals, piers and motorways).
     */
    private static final java.util.regex.Pattern MEANS_OR_PLACE_CUE = java.util.regex.Pattern.compile("\\b(?:pills|tablets|meds|medication|box|packet|bottle|paracetamol|insulin|rope|cable|cord|belt|ligature|noose|hook|beam|loft|banister|branch|knife|blade|razor|gun|shotgun|rifle|pistol|petrol|lighter|charcoal|coals|fumes|exhaust|hose|gas|bleach|poison|bath|hairdryer|toaster|bridge|roof|ledge|edge|cliffs?|drop|tracks|trains?|platform|crossing|railway|lake|river|sea|water|reservoir|quarry|car park|window|windowsill|balcony|floors|bleed\\w*|blood|deep|railings?|fence|barrier|dam|viaduct|weir|canal|pier|harbour|flyover|overpass|motorway|lay ?by|pastillas|caja|bote|cuerda|cinturon|cuchillo|cuchilla|navaja|pistola|escopeta|gasolina|mechero|brasas|carbon|lejia|veneno|banera|secador|puente|azotea|tejado|cornisa|acantilado|vias|tren|anden|rio|mar|pantano|ventana|balcon|sangr\\w*|caida|valla|barandilla|presa|viaducto|autovia|autopista|muelle)\\b");
    /** The client as the subject: English pronouns, Spanish pronouns and the first-person verbs Spanish says it with. */
    private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile("\\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mi|yo|conmigo|estoy|toy|tengo|voy|quiero|siento|pienso|llevo|sigo)\\b");

    private record Vector(String label, float[] values) {
    }

    private final Embedder embedder;
    private final RiskClassifier classifier;
    /** The development part's sentences for the nearest-neighbour half of the check band's reading; null: the classifier alone. */
    private final Neighbours neighbours;
    private final List<Exemplar> exemplars;
    private volatile List<Vector> vectors;

    /** The classifier alone (its thresholds must have been chosen for it alone). */
    public LearnedRiskDetector(Embedder embedder, RiskClassifier classifier) {
        this(embedder, classifier, null);
    }

    /** The classifier with the neighbours its check threshold was chosen with ({@code null}: the classifier alone). */
    public LearnedRiskDetector(Embedder embedder, RiskClassifier classifier, Neighbours neighbours) {
        this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
        this.classifier = java.util.Objects.requireNonNull(classifier, "classifier");
        this.neighbours = neighbours;
        if (neighbours != null && neighbours.dimensions() != classifier.dimensions()) {
            throw new IllegalArgumentException("the neighbours hold " + neighbours.dimensions() + " dimensions, the classifier reads " + classifier.dimensions());
        }
        this.exemplars = Exemplar.read(LearnedRiskDetector.class, "exemplars.tsv");
        for (Exemplar e : exemplars) {
            if (!e.label().equals(RiskClassifier.BENIGN)) {
                RiskCategory.valueOf(e.label()); // a typo in the data fails at start-up, not at a client's turn
            }
        }
    }

    @Override
    public RiskSignal assess(String text) {
        double worst = 0;
        RiskCategory category = null;
        boolean cue = false;
        boolean check = false;
        for (String sentence : TextUnderstanding.sentences((text == null ? "" : text).replace('\n', '.'))) {
            String cleaned = PhraseRiskDetector.withoutIdioms(sentence);
            if (cleaned.isBlank()) {
                continue;
            }
            float[] v = vector(cleaned, this::embed);
            double[] p = classifier.probabilities(v, cleaned);
            double risk = classifier.risk(p);
            check |= checkReading(classifier, neighbours, v, risk) >= classifier.checkAt();
            cue |= risk >= CUE_AT && (DEATH_CUE.matcher(cleaned).find() || MEANS_OR_PLACE_CUE.matcher(cleaned).find()) && SELF.matcher(cleaned).find();
            if (risk > worst) {
                worst = risk;
                category = classifier.category(p);
            }
            Optional<RiskCategory> near = nearExemplar(v);
            if (near.isPresent()) {
                return RiskSignal.flagged(near.get() == RiskCategory.PLAN_MEANS ? RiskCategory.EXPLICIT : near.get());
            }
        }
        if (worst >= classifier.flagAt()) {
            return RiskSignal.flagged(category == RiskCategory.PLAN_MEANS ? RiskCategory.EXPLICIT : category);
        }
        return check || cue ? RiskSignal.UNSURE : RiskSignal.CLEAR;
    }

    /**
     * The reading the check band is set on: the mean of the classifier's risk and the neighbours' share of
     * risk, or the classifier's risk alone without neighbours. The neighbours are not consulted where the
     * mean could not reach {@code checkAt} whatever they say (risk below 2 x checkAt - 1): most sentences.
     */
    static double checkReading(RiskClassifier classifier, Neighbours neighbours, float[] vector, double risk) {
        if (neighbours == null || risk < 2 * classifier.checkAt() - 1) {
            return risk;
        }
        return (risk + neighbours.riskShare(vector)) / 2;
    }

    /** The risk exemplar the sentence is very close to (and closer than to any benign one), if any. */
    private Optional<RiskCategory> nearExemplar(float[] v) {
        String best = null;
        double risk = 0;
        double benign = 0;
        for (Vector e : vectors()) {
            double sim = TextUnderstanding.cosine(v, e.values());
            if (e.label().equals(RiskClassifier.BENIGN)) {
                benign = Math.max(benign, sim);
            } else if (sim > risk) {
                risk = sim;
                best = e.label();
            }
        }
        return risk >= SURE && risk > benign ? Optional.of(RiskCategory.valueOf(best)) : Optional.empty();
    }

    private List<Vector> vectors() {
        List<Vector> known = vectors;
        if (known == null) {
            synchronized (this) {
                if (vectors == null) {
                    List<Vector> computed = new java.util.ArrayList<>();
                    for (Exemplar e : exemplars) {
                        String cleaned = PhraseRiskDetector.withoutIdioms(e.text());
                        if (!cleaned.isBlank()) { // a benign exemplar may be all denial ("I'm not suicidal")
                            computed.add(new Vector(e.label(), vector(cleaned, this::embed)));
                        }
                    }
                    vectors = List.copyOf(computed);
                }
                known = vectors;
            }
        }
        return known;
    }

    /**
     * What the classifier reads of a sentence prepared for reading: its embedding, or for a Spanish
     * sentence the mean of its embedding and that of its English gloss ({@link SpanishGloss}): the
     * sentence model reads English, and the gloss brings a Spanish sentence near the English ones that
     * say the same.
     */
    static float[] vector(String cleaned, java.util.function.Function<String, float[]> embed) {
        float[] v = embed.apply(cleaned);
        if (!SpanishGloss.spanish(cleaned)) {
            return v;
        }
        float[] g = embed.apply(SpanishGloss.get().gloss(cleaned));
        float[] mean = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            mean[i] = (v[i] + g[i]) / 2;
        }
        return mean;
    }

    private float[] embed(String text) {
        Optional<float[]> v = embedder.embed(text);
        if (v.isEmpty() && embedder.awaitReady(READY_WAIT_MILLIS)) {
            v = embedder.embed(text); // the model was still loading after start-up
        }
        if (v.isEmpty()) {
            throw new DetectorUnavailableException("the embedding model is not ready");
        }
        return v.get();
    }
}
