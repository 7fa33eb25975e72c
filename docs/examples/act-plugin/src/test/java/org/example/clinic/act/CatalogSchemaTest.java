package org.example.clinic.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.MosaicApi;

/**
 * Checks this plugin's catalog.json against the schema the mosaic-api jar ships, at build time, so
 * a mistake fails the plugin's build rather than its install. Copy this test into your own plugin.
 */
class CatalogSchemaTest {

    @Test
    void the_catalog_matches_the_mosaic_schema() throws Exception {
        Schema schema;
        try (InputStream in = MosaicApi.class.getClassLoader().getResourceAsStream(MosaicApi.CATALOG_SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        try (InputStream catalog = getClass().getClassLoader().getResourceAsStream("catalog.json")) {
            List<Error> errors = schema.validate(new ObjectMapper().readTree(catalog));
            assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        }
    }
}
