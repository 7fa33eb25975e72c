package org.mosaicintake.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Framing;
import org.mosaicintake.api.Lens;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.Modality;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Prerequisite;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.api.Technique;

/**
 * Deterministic synthetic plugin sets for scaling benchmarks: {@code plugins} modalities with
 * {@code perPlugin} techniques each, drawing tags, problems, domains, prerequisites and safety rules
 * from the real vocabulary with a fixed seed.
 */
public final class SyntheticCatalogs {

    private static final String[] TAGS = {"alliance", "psychoeducation", "self-regulation", "safety-planning", "exposure",
            "homework", "skills", "behavioural", "cognitive-restructuring", "relational", "insight", "past-relationships",
            "emotion-focused", "chair-work", "mindfulness-practice", "acceptance", "motivational", "values", "resource",
            "reprocessing", "trauma-processing", "relapse-prevention", "interoceptive", "worry", "relaxation",
            "response-prevention", "experiment", "attention", "stimulus-control", "sleep-restriction", "grounding"};

    private SyntheticCatalogs() {
    }

    public static List<ModalityCatalog> generate(int plugins, int perPlugin) {
        Random random = new Random(42);
        List<ModalityCatalog> catalogs = new ArrayList<>();
        for (int p = 0; p < plugins; p++) {
            String modality = "synthetic" + p;
            List<Technique> techniques = new ArrayList<>();
            for (int t = 0; t < perPlugin; t++) {
                Set<String> tags = new LinkedHashSet<>();
                for (int k = 0; k < 3; k++) {
                    tags.add(TAGS[random.nextInt(TAGS.length)]);
                }
                List<Prerequisite> prerequisites = new ArrayList<>();
                if (t > 0 && random.nextInt(4) == 0) {
                    prerequisites.add(Prerequisite.technique(modality + ".t" + random.nextInt(t)));
                }
                if (random.nextInt(5) == 0) {
                    prerequisites.add(Prerequisite.tag("self-regulation"));
                }
                List<SafetyRule> contraindications = random.nextInt(6) == 0
                        ? List.of(SafetyRule.whenFlag(pick(random, ClinicalFlag.values()), "synthetic contraindication")) : List.of();
                techniques.add(Technique.builder().id(modality + ".t" + t).name("Technique " + t)
                        .clientDescription("A synthetic technique for you.").clinicianDescription("Synthetic.")
                        .tags(tags)
                        .targets(List.of(pick(random, BasicIdDomain.values()), pick(random, BasicIdDomain.values())))
                        .problems(List.of(pick(random, ProblemCode.values()), pick(random, ProblemCode.values())))
                        .phases(List.of(pick(random, Phase.values())))
                        .stageFit(random.nextBoolean() ? Set.of() : List.of(pick(random, StageOfChange.values()), pick(random, StageOfChange.values())))
                        .copingFit(random.nextBoolean() ? Set.of() : Set.of(pick(random, CopingStyle.values())))
                        .directiveness(pick(random, Level.values())).arousal(pick(random, Level.values()))
                        .prerequisites(prerequisites).contraindications(contraindications)
                        .evidenceNote("synthetic").typicalSessions(1 + random.nextInt(8)).build());
            }
            catalogs.add(ModalityCatalog.builder()
                    .modality(new Modality(modality, "Synthetic " + p, "A synthetic modality. For benchmarks.", "1.0"))
                    .lens(new Lens("Generic synthetic framing.", List.of(new Framing("exposure", "Synthetic exposure framing."))))
                    .techniques(techniques).build());
        }
        return catalogs;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
