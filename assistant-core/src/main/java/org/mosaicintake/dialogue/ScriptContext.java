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
                            List<PluginSteps> pluginSteps, boolean languageModel, org.mosaicintake.instruments.Bands bands) {

    /** With the published instrument cut-offs. */
    public ScriptContext(String clinicName, CrisisResources help, CrisisResources homeHelp, List<Modality> modalities,
                         List<PluginSteps> pluginSteps, boolean languageModel) {
        this(clinicName, help, homeHelp, modalities, pluginSteps, languageModel, org.mosaicintake.instruments.Bands.STANDARD);
    }

    /** Where to get help with a pathway's danger: domestic-abuse help for violence at home, the crisis lines otherwise. */
    public CrisisResources help(org.mosaicintake.risk.RiskPathway pathway) {
        return pathway == org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME ? homeHelp : help;
    }

    /** The intake steps one enabled plugin adds, in its order. */
    public record PluginSteps(String pluginId, List<IntakeStep> steps) {
    }
}
