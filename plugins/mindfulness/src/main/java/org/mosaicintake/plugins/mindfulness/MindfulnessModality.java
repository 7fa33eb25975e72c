package org.mosaicintake.plugins.mindfulness;

import org.mosaicintake.api.ModalityProvider;
import org.pf4j.Extension;

/**
 * The mindfulness-based therapy modality. Its techniques, lens and intake steps are data, in
 * {@code catalog.json} at the root of this plugin's jar; the host validates them when it loads the
 * plugin.
 */
@Extension
public class MindfulnessModality implements ModalityProvider {
}
