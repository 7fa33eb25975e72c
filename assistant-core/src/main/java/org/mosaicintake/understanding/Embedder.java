package org.mosaicintake.understanding;

import java.util.Optional;

/**
 * Turns text into a vector, in process. The model may still be loading: {@link #embed(String)} is
 * empty until it is ready, and callers fall back to their deterministic path. Thread-safe.
 */
public interface Embedder {

    /** The embedding, or empty while the model is not ready (or failed to load). */
    Optional<float[]> embed(String text);

    /** Waits up to {@code millis} for the model to be ready; true when it is. */
    default boolean awaitReady(long millis) {
        return true;
    }
}
