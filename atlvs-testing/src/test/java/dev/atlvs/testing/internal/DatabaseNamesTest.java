package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    @Test
    void camelCaseBecomesSnakeCase() {
        assertThat(DatabaseNames.sanitize("InvoiceServiceTest")).isEqualTo("invoice_service_test");
    }

    @Test
    void anythingButLettersAndDigitsBecomesOneUnderscore() {
        assertThat(DatabaseNames.sanitize("  Crew call-sheet: día 2!! ")).isEqualTo("crew_call_sheet_d_a_2");
    }

    @Test
    void aLabelWithNothingUsableBecomesDb() {
        assertThat(DatabaseNames.sanitize("!!!")).isEqualTo("db");
        assertThat(DatabaseNames.sanitize("")).isEqualTo("db");
    }

    @Test
    void longLabelsAreCutWithoutATrailingUnderscore() {
        var sanitized = DatabaseNames.sanitize("a".repeat(39) + " b" + "c".repeat(30));

        assertThat(sanitized).isEqualTo("a".repeat(39));
    }

    @Test
    void cloneNamesFitPostgresqlIdentifiersAndDifferEachTime() {
        var label = "AVeryLongTestClassNameThatGoesOnAndOnAndOnForeverAndEverTest";

        var first = DatabaseNames.clone(label);
        var second = DatabaseNames.clone(label);

        assertThat(first).matches("atlvs_[a-z0-9_]+_[a-z0-9]{8}").hasSizeLessThanOrEqualTo(63);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void templateNamesHaveTheirOwnPrefix() {
        assertThat(DatabaseNames.template()).matches("atlvs_tpl_[a-z0-9]{8}");
    }
}
