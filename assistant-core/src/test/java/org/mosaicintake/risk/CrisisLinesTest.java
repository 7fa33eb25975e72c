package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped crisis lines: by the clinic's country, in the client's language (clinical reference, section 9). */
class CrisisLinesTest {

    @ParameterizedTest(name = "{0} in {1}: {2}, emergency {3}")
    @CsvSource(delimiter = '|', value = {
            "US|en|988|911", "US|es|988|911", "GB|en|116 123|999 - if you cannot speak, dial 999, then press 55 on a mobile",
            "IE|en|116 123|112 or 999", "ES|en|024|112", "ES|es|024|112"})
    void each_country_s_own_line_and_emergency_number(String country, String locale, String phone, String emergency) {
        CrisisResources lines = CrisisLines.suicide(country, locale);
        assertThat(lines.resources().get(0).phone()).isEqualTo(phone);
        assertThat(lines.emergency()).isEqualTo(emergency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FR", "''", "XX"})
    void a_country_without_shipped_lines_gets_a_directory_and_the_local_emergency_number(String country) {
        CrisisResources lines = CrisisLines.suicide(country.isEmpty() ? null : country, "en");
        assertThat(lines.resources()).singleElement().satisfies(r -> assertThat(r.url()).isEqualTo("https://findahelpline.com"));
        assertThat(lines.emergency()).isEqualTo("your local emergency number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"US, true", "GB, true", "FR, true", "UK, false", "usa, false"})
    void countries_are_iso_3166_codes(String code, boolean valid) {
        assertThat(CrisisLines.isCountry(code)).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void a_spanish_speaking_client_of_a_us_clinic_is_told_how_to_reach_the_line_in_spanish() {
        assertThat(CrisisLines.suicide("US", "es").resources().get(0).name()).contains("marca 2 para español").contains("AYUDA");
        assertThat(CrisisLines.suicide("US", "es").helpLine()).contains("988");
    }
}
