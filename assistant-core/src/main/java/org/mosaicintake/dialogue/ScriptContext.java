package org.mosaicintake.dialogue;

import java.util.List;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.Modality;
import org.mosaicintake.risk.CrisisResources;

/**
 * What the script needs from around it for one intake: the clinic's name, where to get help now
 * (for the consent text, the crisis block and the closing message) and with violence at home, the enabled plugins' modalities
 * and intake steps, and whether the client's words may go to the clinic's language model (said in
 * the consent text; only then is the model asked anything). Immutable.
 */
public record ScriptContext(String clinicName, CrisisResources help, CrisisResources homeHelp, List<Modality> modalities,
                            List<PluginSteps> pluginSteps, boolean languageModel, org.mosaicintake.instruments.Bands bands,
                            java.util.Map<org.mosaicintake.risk.RiskPathway, CrisisResources> pathwayHelp) {

    public ScriptContext {
        pathwayHelp = pathwayHelp == null ? java.util.Map.of() : java.util.Map.copyOf(pathwayHelp);
    }

    /** With no help of its own for self-harm or harm to others (the crisis lines stand in). */
    public ScriptContext(String clinicName, CrisisResources help, CrisisResources homeHelp, List<Modality> modalities,
                         List<PluginSteps> pluginSteps, boolean languageModel, org.mosaicintake.instruments.Bands bands) {
        this(clinicName, help, homeHelp, modalities, pluginSteps, languageModel, bands, java.util.Map.of());
    }

    /** With the published instrument cut-offs. */
    public ScriptContext(String clinicName, CrisisResources help, CrisisResources homeHelp, List<Modality> modalities,
                         List<PluginSteps> pluginSteps, boolean languageModel) {
        this(clinicName, help, homeHelp, modalities, pluginSteps, languageModel, org.mosaicintake.instruments.Bands.STANDARD);
    }

    /**
     * Where to get help with a pathway's danger: the help set for that pathway (a clinic's own for
     * self-harm or harm to others), domestic-abuse help for violence at home, the crisis lines otherwise.
     */
    public CrisisResources help(org.mosaicintake.risk.RiskPathway pathway) {
        return pathwayHelp.getOrDefault(pathway, pathway == org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME ? homeHelp : help);
    }

    /**
     * The enabled plugins' findings over their steps' answers (the PHQ panic items, the PC-PTSD-5 ...):
     * how the script knows a plugin's screen is positive without knowing its step ids.
     */
    public org.mosaicintake.findings.PluginFindings findings() {
        org.mosaicintake.findings.PluginFindings all = org.mosaicintake.findings.PluginFindings.NONE.withBands(bands);
        for (PluginSteps plugin : pluginSteps) {
            all = all.with(plugin.steps(), plugin.findings());
        }
        return all;
    }

    /** The intake steps one enabled plugin adds, in its order, and its findings over them. */
    public record PluginSteps(String pluginId, List<IntakeStep> steps, List<org.mosaicintake.api.Finding> findings) {
        public PluginSteps {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        public PluginSteps(String pluginId, List<IntakeStep> steps) {
            this(pluginId, steps, List.of());
        }
    }
}
