package org.mosaicintake.api;

/**
 * Stage of change in Prochaska and DiClemente's transtheoretical model.
 *
 * <p>Immutable and thread-safe. New constants may be added within a major version;
 * plugins should not rely on an exhaustive {@code switch} over them.
 *
 * @since 1.0
 */
public enum StageOfChange {
    PRECONTEMPLATION,
    CONTEMPLATION,
    PREPARATION,
    ACTION,
    MAINTENANCE
}
