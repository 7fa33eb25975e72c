package org.mosaicintake.plugins.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.CatalogException;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.MosaicApi;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.plugins.BundledCatalogs;

/**
 * The catalog's JSON Schema, shipped in the api jar: every bundled catalog and the ACT example
 * validate against it at build time, its vocabularies are the api's enums, and a catalog that breaks
 * it is refused by the schema and by the host alike, both naming the field.
 */
class CatalogSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA;

    static {
        try (InputStream in = MosaicApi.class.getClassLoader().getResourceAsStream(MosaicApi.CATALOG_SCHEMA)) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static List<String> violations(JsonNode catalog) {
        return SCHEMA.validate(catalog).stream().map(Error::toString).toList();
    }

    /** The catalogs in this repository: the five bundled plugins' and the ACT example's. */
    private static List<Path> catalogs() throws IOException {
        try (Stream<Path> plugins = Files.walk(Path.of("../plugins"), 5); Stream<Path> examples = Files.walk(Path.of("../docs/examples"), 5)) {
            return Stream.concat(plugins, examples).filter(p -> p.endsWith(Path.of("src/main/resources/catalog.json")))
                    .filter(p -> !p.toString().contains("/target/")).sorted().toList();
        }
    }

    private static ObjectNode cbt() throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("../plugins/cbt/src/main/resources/catalog.json").toFile());
    }

    @Test
    void every_bundled_catalog_and_the_act_example_validate_against_the_schema() throws IOException {
        List<Path> catalogs = catalogs();
        assertThat(catalogs).hasSize(6).anyMatch(p -> p.toString().contains("act-plugin"));
        for (Path catalog : catalogs) {
            assertThat(violations(JSON.readTree(catalog.toFile()))).as(catalog.toString()).isEmpty();
        }
    }

    @Test
    void the_schemas_vocabularies_are_the_apis() throws IOException {
        JsonNode schema;
        try (InputStream in = MosaicApi.class.getClassLoader().getResourceAsStream(MosaicApi.CATALOG_SCHEMA)) {
            schema = JSON.readTree(in);
        }
        JsonNode technique = schema.at("/$defs/technique/properties");
        assertThat(names(technique.at("/problems/items/enum"))).isEqualTo(names(ProblemCode.values()));
        assertThat(names(technique.at("/targets/items/enum"))).isEqualTo(names(BasicIdDomain.values()));
        assertThat(names(schema.at("/$defs/safetyRule/properties/flag/enum"))).isEqualTo(names(ClinicalFlag.values()));
        assertThat(names(schema.at("/$defs/finding/properties/flag/enum"))).isEqualTo(names(ClinicalFlag.values()));
        assertThat(names(schema.at("/$defs/finding/properties/problem/enum"))).isEqualTo(names(ProblemCode.values()));
    }

    @Test
    void a_catalog_that_breaks_the_schema_is_refused_by_the_schema_and_the_host_naming_the_field() throws IOException {
        ObjectNode catalog = cbt();
        ((ObjectNode) catalog.get("techniques").get(3)).remove("evidenceNote");
        ((ObjectNode) catalog.get("techniques").get(5)).put("directiveness", "EXTREME");
        ((ArrayNode) catalog.get("findings")).addObject().put("id", "cbt.nothing").put("name", "Nothing").put("rule", "SOMETIMES")
                .put("problem", "PANIC").putArray("steps").add("panic.1");

        assertThat(violations(catalog)).anyMatch(v -> v.contains("/techniques/3") && v.contains("evidenceNote"))
                .anyMatch(v -> v.contains("/techniques/5/directiveness"))
                .anyMatch(v -> v.contains("/findings/2/rule"));
        byte[] bytes = JSON.writeValueAsBytes(catalog);
        assertThatThrownBy(() -> BundledCatalogs.reader().read("catalog.json", new ByteArrayInputStream(bytes), "1.0.0"))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).violations())
                        .anyMatch(v -> v.startsWith("techniques[3].evidenceNote"))
                        .anyMatch(v -> v.startsWith("techniques[5].directiveness"))
                        .anyMatch(v -> v.startsWith("findings[2].rule")));

        ObjectNode unknown = cbt();
        ((ObjectNode) unknown.get("modality")).put("colour", "blue");
        assertThat(violations(unknown)).anyMatch(v -> v.contains("colour"));
        byte[] unknownBytes = unknown.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BundledCatalogs.reader().read("catalog.json", new ByteArrayInputStream(unknownBytes), "1.0.0"))
                .hasMessageContaining("modality.colour");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
