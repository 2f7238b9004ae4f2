package dev.atlvs.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.validation.internal.ValidationRules.Bound;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the contract check reads CHECK constraint definitions and Bean Validation annotations. */
class ValidationRulesTest {

    private static ValidationRules database(String column, boolean integral, String... definitions) {
        return ValidationRules.ofCheckConstraints(column, List.of(definitions), integral);
    }

    @Test
    void aTrimmedLengthBetweenOneAndNIsNotBlankWithAMaximumLength() {
        ValidationRules rules = database("title", false, "CHECK (((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 200)))");
        assertThat(rules.maxLength()).isEqualTo(200);
        assertThat(rules.notBlank()).isTrue();
        assertThat(rules.pattern()).isFalse();
    }

    @Test
    void aPlainLengthBoundIsAMaximumLengthOnly() {
        assertThat(database("description", false, "CHECK ((char_length(description) <= 2000))"))
                .isEqualTo(new ValidationRules(2000, false, null, null, false));
        assertThat(database("notes", false, "CHECK ((length(notes) < 4001))").maxLength()).isEqualTo(4000);
        assertThat(database("code", false, "CHECK ((length((code)::text) <= 20))").maxLength()).isEqualTo(20);
    }

    @Test
    void anUntrimmedLowerLengthBoundIsNotNotBlankButIsRemembered() {
        ValidationRules rules = database("timezone", false, "CHECK (((length(timezone) >= 1) AND (length(timezone) <= 64)))");
        assertThat(rules.maxLength()).isEqualTo(64);
        assertThat(rules.notBlank()).isFalse();
        assertThat(rules.pattern()).isTrue();
    }

    @Test
    void aJsonTypeOfObjectCheckRequiresAJsonObjectAndMirrorsJsonObject() throws NoSuchMethodException {
        ValidationRules check = database("metadata", false, "CHECK ((jsonb_typeof(metadata) = 'object'::text))");
        ValidationRules annotated = ValidationRules.ofAnnotations(List.of(JsonShapes.class.getMethod("metadata").getAnnotations()), false);

        assertThat(check).isEqualTo(new ValidationRules(null, false, null, null, false, true));
        assertThat(annotated.jsonObject()).isTrue();
        assertThat(annotated.mirroredBy(check)).isTrue();
        assertThat(annotated.mirroredBy(database("metadata", false, "CHECK ((jsonb_typeof(metadata) = 'array'::text))"))).isFalse();
    }

    @Test
    void aJsonColumnWhoseKindOnlyOneSideRequiresDisagrees() {
        ValidationRules check = database("metadata", false, "CHECK ((jsonb_typeof(metadata) = 'object'::text))");
        ValidationRules anyJson = new ValidationRules(null, false, null, null, false, false);

        assertThat(anyJson.disagreements("metadata", check)).singleElement().asString().contains("require an object");
        assertThat(check.disagreements("metadata", anyJson)).singleElement().asString().contains("allow any JSON");
        assertThat(check.disagreements("metadata", check)).isEmpty();
    }

    /** Accessors annotated as the value types annotate JSON columns. */
    interface JsonShapes {
        @dev.atlvs.core.validation.JsonObject
        String metadata();
    }

    @Test
    void otherNotBlankForms() {
        assertThat(database("name", false, "CHECK ((name ~ '\\S'::text))").notBlank()).isTrue();
        assertThat(database("name", false, "CHECK ((btrim(name) <> ''::text))").notBlank()).isTrue();
        assertThat(database("name", false, "CHECK (((length(name) <= 64) AND (name ~ '[^[:space:]]'::text)))"))
                .isEqualTo(new ValidationRules(64, true, null, null, false));
        assertThat(database("name", false, "CHECK ((length(btrim(name)) > 0))").notBlank()).isTrue();
    }

    @Test
    void aRegularExpressionIsRememberedAlongsideARecognisedLength() {
        ValidationRules rules = database("url", false, "CHECK (((url ~ '^https?://'::text) AND (length(url) <= 2048)))");
        assertThat(rules.maxLength()).isEqualTo(2048);
        assertThat(rules.pattern()).isTrue();
    }

    @Test
    void signAndRangeChecksWithTheCastsThePostgresPrints() {
        assertThat(database("amount", false, "CHECK ((amount >= (0)::numeric))").lower()).isEqualTo(new Bound(BigDecimal.ZERO, true));
        assertThat(database("rate", false, "CHECK ((rate > (0)::numeric))").lower()).isEqualTo(new Bound(BigDecimal.ZERO, false));
        ValidationRules range = database("tax_rate", false, "CHECK (((tax_rate >= (0)::numeric) AND (tax_rate <= (100)::numeric)))");
        assertThat(range.lower()).isEqualTo(new Bound(BigDecimal.ZERO, true));
        assertThat(range.upper()).isEqualTo(new Bound(new BigDecimal("100"), true));
        ValidationRules latitude = database("lat", false, "CHECK (((lat >= ('-90'::integer)::numeric) AND (lat <= (90)::numeric)))");
        assertThat(latitude.lower().value()).isEqualByComparingTo("-90");
    }

    @Test
    void integralBoundsAreNormalisedToInclusiveOnes() {
        assertThat(database("quantity", true, "CHECK ((quantity > 0))").lower()).isEqualTo(new Bound(BigDecimal.ONE, true));
        assertThat(database("year", true, "CHECK (((year >= 1900) AND (year <= 9999)))").upper())
                .isEqualTo(new Bound(new BigDecimal("9999"), true));
    }

    @Test
    void aQuotedColumnNameIsRecognised() {
        assertThat(database("position", true, "CHECK ((\"position\" >= 0))").lower()).isEqualTo(new Bound(BigDecimal.ZERO, true));
    }

    @Test
    void aBoundNamingAnotherColumnOrAConditionalConstraintIsNotABound() {
        ValidationRules rules = database("received_amount", false,
                "CHECK (((received_amount >= (0)::numeric) AND (received_amount <= amount)))");
        assertThat(rules.lower()).isEqualTo(new Bound(BigDecimal.ZERO, true));
        assertThat(rules.upper()).isNull();
        assertThat(rules.pattern()).isTrue();
        ValidationRules conditional = database("amount", false, "CHECK (((kind = 'refund'::text) OR (amount > (0)::numeric)))");
        assertThat(conditional.lower()).isNull();
        assertThat(conditional.pattern()).isTrue();
    }

    @Test
    void termsOfOtherColumnsAreIgnored() {
        ValidationRules rules = database("name", false, "CHECK (((length(btrim(name)) <= 100) AND (ends_at >= starts_at)))");
        assertThat(rules).isEqualTo(new ValidationRules(100, false, null, null, false));
    }

    @Test
    void splittingIgnoresKeywordsInsideQuotesAndParentheses() {
        assertThat(ValidationRules.terms("((a = ' AND '::text) AND ((b > 0) AND (c > 0)))"))
                .containsExactly("a = ' AND '::text", "b > 0", "c > 0");
        assertThat(ValidationRules.terms("((a > 0) OR (b > 0))")).isEmpty();
        assertThat(ValidationRules.number("('-1.5'::numeric)")).isEqualByComparingTo("-1.5");
        assertThat(ValidationRules.number("amount")).isNull();
    }

    interface Annotated {
        @NotBlank
        @Size(max = 200)
        String name();

        Optional<@Size(max = 50) String> code();

        Optional<@Pattern(regexp = "[A-Z]{3}") String> currency();

        @Positive
        int quantity();

        Optional<@PositiveOrZero @DecimalMax("100") BigDecimal> rate();

        @Min(1900)
        @Max(9999)
        Integer year();
    }

    private static ValidationRules java(String accessor, boolean integral) throws NoSuchMethodException {
        return ValidationRules.ofAccessor(Annotated.class.getMethod(accessor), integral);
    }

    @Test
    void annotationsAreReadFromTheAccessorAndInsideOptional() throws NoSuchMethodException {
        assertThat(java("name", false)).isEqualTo(new ValidationRules(200, true, null, null, false));
        assertThat(java("code", false).maxLength()).isEqualTo(50);
        assertThat(java("currency", false).pattern()).isTrue();
        assertThat(java("quantity", true).lower()).isEqualTo(new Bound(BigDecimal.ONE, true));
        assertThat(java("rate", false).lower()).isEqualTo(new Bound(BigDecimal.ZERO, true));
        assertThat(java("rate", false).upper()).isEqualTo(new Bound(new BigDecimal("100"), true));
        assertThat(java("year", true).lower()).isEqualTo(new Bound(new BigDecimal("1900"), true));
    }

    @Test
    void disagreementsAreReportedWhenExactlyOneSideHasARuleOrTheBoundsDiffer() throws NoSuchMethodException {
        ValidationRules name = java("name", false);
        assertThat(name.disagreements("name", database("name", false, "CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200)))")))
                .isEmpty();
        assertThat(name.disagreements("name", database("name", false, "CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 100)))")))
                .singleElement().asString().contains("at most 200 characters in Java", "at most 100 characters in its CHECK");
        assertThat(name.disagreements("name", database("name", false))).hasSize(2);
        assertThat(java("quantity", true).disagreements("quantity", database("quantity", true, "CHECK ((quantity >= 1))"))).isEmpty();
        assertThat(java("quantity", true).disagreements("quantity", database("quantity", true, "CHECK ((quantity >= 0))")))
                .singleElement().asString().contains("lower bound >= 1 in Java", ">= 0 in its CHECK");
    }

    @Test
    void aRuleOnOneSideIsExcusedByAnUnrecognisedRuleOnTheOther() throws NoSuchMethodException {
        assertThat(java("currency", false).disagreements("currency", database("currency", false,
                "CHECK (((currency ~ '^[A-Z]{3}$'::text) AND (length(currency) <= 3)))"))).isEmpty();
        assertThat(java("name", false).disagreements("name", database("name", false,
                "CHECK (((length(name) >= 1) AND (length(name) <= 200)))"))).isEmpty();
    }
}
