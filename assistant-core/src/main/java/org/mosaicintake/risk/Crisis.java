package org.mosaicintake.risk;

import java.util.List;
import org.mosaicintake.api.RiskLevel;

/**
 * The crisis block a turn carries when risk is flagged: the level, a warm message, where to get
 * help now, and the emergency number.
 */
public record Crisis(RiskLevel level, String message, List<CrisisResource> resources, String emergency) {
}
