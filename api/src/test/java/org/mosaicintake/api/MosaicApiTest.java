package org.mosaicintake.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MosaicApiTest {

    @Test
    void the_contract_version_comes_from_the_build_and_the_schema_is_in_the_jar() {
        assertThat(MosaicApi.VERSION).isEqualTo("1.1.0");
        assertThat(MosaicApi.class.getClassLoader().getResource(MosaicApi.CATALOG_SCHEMA)).isNotNull();
    }
}
