package org.mosaicintake.dialogue;

import java.util.List;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.Modality;

/**
 * What the script needs from around it for one intake: the clinic's name, the help line to show,
 * the enabled plugins' modalities and intake steps. Immutable.
 *
 * @param helpLine  how to reach help now, e.g. "the 988 Suicide & Crisis Lifeline (call or text 988)"
 * @param emergency emergency numbers, e.g. "911"
 */
public record ScriptContext(String clinicName, String helpLine, String emergency, List<Modality> modalities,
                            List<PluginSteps> pluginSteps) {

    /** The intake steps one enabled plugin adds, in its order. */
    public record PluginSteps(String pluginId, List<IntakeStep> steps) {
    }
}
