package org.mosaicintake.rest;

import java.util.List;
import java.util.Set;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.api.Technique;

/** A technique as the REST API shows it: every field of the catalog entry. */
public record TechniqueView(String id, String modality, String name, String clientDescription, String clinicianDescription,
                            Set<String> tags, Set<BasicIdDomain> targets, Set<ProblemCode> problems, Set<Phase> phases,
                            Set<StageOfChange> stageFit, Set<CopingStyle> copingFit, Level directiveness, Level arousal,
                            List<String> prerequisites, List<SafetyRuleView> contraindications, List<SafetyRuleView> cautions,
                            String evidenceNote, int typicalSessions) {

    /** A contraindication or caution: a flag or a risk threshold, and the reason. */
    public record SafetyRuleView(ClinicalFlag flag, RiskLevel riskAtLeast, String reason) {
        static SafetyRuleView of(SafetyRule r) {
            return new SafetyRuleView(r.flag().orElse(null), r.riskAtLeast().orElse(null), r.reason());
        }
    }

    public static TechniqueView of(Technique t) {
        return new TechniqueView(t.id(), t.modalityId(), t.name(), t.clientDescription(), t.clinicianDescription(),
                t.tags(), t.targets(), t.problems(), t.phases(), t.stageFit(), t.copingFit(), t.directiveness(), t.arousal(),
                t.prerequisites().stream().map(Object::toString).toList(),
                t.contraindications().stream().map(SafetyRuleView::of).toList(),
                t.cautions().stream().map(SafetyRuleView::of).toList(),
                t.evidenceNote(), t.typicalSessions());
    }
}
