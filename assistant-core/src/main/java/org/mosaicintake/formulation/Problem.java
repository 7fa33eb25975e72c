package org.mosaicintake.formulation;

import java.util.Objects;
import org.mosaicintake.api.ProblemCode;

/** A presenting problem and how much it weighs. */
public record Problem(ProblemCode code, Severity severity) {
    public Problem {
        Objects.requireNonNull(code, "'code' must not be null");
        Objects.requireNonNull(severity, "'severity' must not be null");
    }
}
