package dev.atlvs.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    private enum Code implements ErrorCode {
        UNBALANCED(4000, ErrorCategory.VALIDATION), CLOSED(4001, ErrorCategory.CONFLICT);

        private final int number;
        private final ErrorCategory category;

        Code(int number, ErrorCategory category) {
            this.number = number;
            this.category = category;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public ErrorCategory category() {
            return category;
        }
    }

    private static final Rule BALANCED = Rule.of("entries_balanced", Code.UNBALANCED, "entries", "lines", "debits equal credits");
    private static final Rule ENDS_AFTER_START = Rule.of("entries_ends_check", CoreErrorCode.VALIDATION_FAILED, "entries", "endsOn",
            "is on or after the start");

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        assertThatThrownBy(() -> Violations.of("Entry").require(false, BALANCED).require(false, ENDS_AFTER_START)
                .require(false, "memo", "Memo", "is short").throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        BALANCED.violation(), ENDS_AFTER_START.violation(), new FieldViolation("memo", "Memo", "is short")));
    }

    @Test
    void aSingleBrokenRegisteredRuleKeepsItsCode() {
        assertThatThrownBy(() -> Violations.of("Entry").require(false, BALANCED).require(true, ENDS_AFTER_START).throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(Code.UNBALANCED));
    }

    @Test
    void rulesOfDifferentCodesAreReportedAsValidationFailed() {
        assertThatThrownBy(() -> Violations.of("Entry").require(false, BALANCED).require(false, ENDS_AFTER_START).throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
    }

    @Test
    void aCodeGivenUpFrontIsReportedWhateverRulesAreBroken() {
        assertThatThrownBy(() -> Violations.of("Entry", Code.UNBALANCED).require(false, ENDS_AFTER_START).throwIfAny())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(Code.UNBALANCED));
    }

    @Test
    void nothingIsThrownWhenEveryRuleHolds() {
        Violations violations = Violations.of("Entry").require(true, BALANCED);

        assertThat(violations.isEmpty()).isTrue();
        violations.throwIfAny();
    }

    @Test
    void aConflictRuleIsThrownNotCollected() {
        Rule closed = Rule.of("entries_period_closed", Code.CLOSED, "entries", "postingDate", "no posting into a closed period");

        assertThatThrownBy(() -> Violations.of("Entry").require(false, closed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throw rule.exception()");
    }
}
