package org.mosaicintake.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The JSON documents kept in the database (intake state, formulation, plan, summary, plan versions,
 * turn receipts): each is written with a {@code schemaVersion} and read strictly.
 * <ul>
 *   <li>A field the type does not know is an error that names it: a document is never half read.</li>
 *   <li>An older document is brought up to date by explicit upgrade steps, one per version, before it
 *       is read ({@link #UPGRADES}). Version 0 is every document written before versions existed
 *       (before 2026-12): its format is version 1's, without the field.</li>
 *   <li>A document from a newer Mosaic than this one is refused rather than guessed at.</li>
 * </ul>
 * A document that cannot be written or read is a bug or a corrupted row, never a client's error.
 *
 * <p>The columns stay text in the entities and every read and write goes through here, rather than
 * through JPA attribute converters: the intake state is mutable, and Hibernate would compare a
 * converted value by identity, rewriting (and so re-versioning) an intake on every read.
 */
@ApplicationScoped
public class StoredJson {

    /** The field every document carries. */
    public static final String VERSION_FIELD = "schemaVersion";

    /**
     * Upgrade steps: the step at index {@code i} turns a version {@code i} document into version
     * {@code i + 1}, so the current version is the number of steps. Add a step (never edit one) when
     * a stored type changes in a way old documents do not fit.
     */
    static final List<UnaryOperator<ObjectNode>> UPGRADES = List.of(
            // 0 -> 1: the format is unchanged; only the version field is new
            document -> document);

    /** The version this build writes. */
    public static final int CURRENT = UPGRADES.size();

    private final ObjectMapper json;

    public StoredJson(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(Object value) {
        try {
            JsonNode tree = json.valueToTree(value);
            if (!tree.isObject()) {
                throw new IllegalStateException("a stored document is a JSON object, not " + tree.getNodeType());
            }
            ObjectNode document = json.createObjectNode().put(VERSION_FIELD, CURRENT);
            document.setAll((ObjectNode) tree);
            return json.writeValueAsString(document);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * @throws IllegalStateException naming the field when the document has one the type does not
     *                               know, or when it was written by a newer version
     */
    public <T> T read(String value, Class<T> type) {
        String name = type.getSimpleName();
        try {
            JsonNode tree = json.readTree(value);
            if (tree == null || !tree.isObject()) {
                throw new IllegalStateException("stored " + name + " is not a JSON object");
            }
            ObjectNode document = (ObjectNode) tree;
            JsonNode versionNode = document.remove(VERSION_FIELD);
            int version = versionNode == null ? 0 : versionNode.asInt(-1);
            if (version < 0 || version > CURRENT) {
                throw new IllegalStateException("stored " + name + " has schemaVersion " + versionNode
                        + ", which this version of Mosaic (" + CURRENT + ") cannot read");
            }
            for (int v = version; v < CURRENT; v++) {
                document = UPGRADES.get(v).apply(document);
            }
            return json.treeToValue(document, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalStateException("stored " + name + " has an unknown field '" + path(e) + "'", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + name + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String path(UnrecognizedPropertyException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
