package org.mosaicintake.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Writes a constraint violation's property path the way an API user reads it:
 * {@code problems[0].code}, {@code basicId[AFFECT]}, without the resource method and parameter.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // an element of a list or map carries its index or key on the node that follows the container
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** "path: message", or just the message for a violation of the whole object. */
    public static String describe(ConstraintViolation<?> violation, String rootName) {
        String path = of(violation);
        return (path.isEmpty() ? rootName : path) + ": " + violation.getMessage();
    }
}
