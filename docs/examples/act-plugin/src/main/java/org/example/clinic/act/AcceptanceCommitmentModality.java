package org.example.clinic.act;

import org.mosaicintake.api.ModalityProvider;
import org.pf4j.Extension;

/**
 * Acceptance and Commitment Therapy for Mosaic. All content is in {@code catalog.json}; the
 * default {@link ModalityProvider#catalog} reads it.
 */
@Extension
public class AcceptanceCommitmentModality implements ModalityProvider {
}
