package org.mosaicintake.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.api.Technique;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.formulation.Preferences;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.Severity;
import org.mosaicintake.formulation.WorkingStyle;

/** Small in-memory catalogs and formulations for the engine's rule tests. */
final class TestCatalogs {

    private TestCatalogs() {
    }

    static Technique.Builder technique(String id, String... tags) {
        return Technique.builder().id(id).name("Technique " + id).clientDescription("For you: " + id)
                .clinicianDescription("For clinicians: " + id).tags(List.of(tags)).phases(List.of(Phase.PROCESSING))
                .directiveness(Level.MODERATE).arousal(Level.LOW).evidenceNote("test").typicalSessions(2);
    }

    static ModalityCatalog catalog(String modality, Technique... techniques) {
        return ModalityCatalog.builder()
                .modality(new Modality(modality, "Modality " + modality, "Theory of " + modality + ". More.", "1.0"))
                .lens(new Lens("generic framing by " + modality,
                        List.of(new Framing("exposure", "exposure seen by " + modality))))
                .techniques(List.of(techniques)).build();
    }

    /** A formulation builder with neutral defaults. */
    static final class F {
        String clinic;
        String primary;
        List<Problem> problems = new ArrayList<>();
        Map<Instrument, Integer> scores = new EnumMap<>(Instrument.class);
        RiskLevel risk = RiskLevel.NONE;
        StageOfChange stage = StageOfChange.ACTION;
        CopingStyle coping = CopingStyle.MIXED;
        Level reactance = Level.MODERATE;
        Level impairment = Level.MODERATE;
        Level distress = Level.MODERATE;
        Map<BasicIdDomain, Integer> basicId = new EnumMap<>(BasicIdDomain.class);
        Set<ClinicalFlag> flags = Set.of();
        WorkingStyle style = WorkingStyle.NO_PREFERENCE;
        Set<String> avoid = Set.of();

        F problem(ProblemCode code, Severity severity) {
            problems.add(new Problem(code, severity));
            return this;
        }

        F salience(BasicIdDomain domain, int value) {
            basicId.put(domain, value);
            return this;
        }

        Formulation build() {
            return new Formulation(clinic, primary, problems, scores, risk, stage, coping, reactance, impairment, distress,
                    basicId, flags, new Preferences(style, avoid));
        }
    }

    static F formulation() {
        return new F();
    }

    static SafetyRule flagRule(ClinicalFlag flag) {
        return SafetyRule.whenFlag(flag, "not with " + flag);
    }

    static Prerequisite needs(String ref) {
        return Prerequisite.parse(ref);
    }
}
