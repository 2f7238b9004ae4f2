package dev.atlvs.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleTest {

    private enum Code implements ErrorCode {
        INVALID(4000, ErrorCategory.VALIDATION), FROZEN(4001, ErrorCategory.CONFLICT), OVERLAPS(4002, ErrorCategory.SCHEDULE_CONFLICT),
        SELF_APPROVAL(4003, ErrorCategory.ACCESS_DENIED), GONE(4004, ErrorCategory.NOT_FOUND);

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

    @Test
    void aValidationRuleIsAValidationExceptionWithItsOneViolation() {
        Rule rule = Rule.of("widgets_size_check", Code.INVALID, "widgets", "size", "is small or medium");

        assertThat(rule.exception()).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID);
            assertThat(e.violations()).containsExactly(new FieldViolation("size", "widgets_size_check", "is small or medium"));
        });
    }

    @Test
    void aConflictRuleNamesItsFieldAndItsName() {
        Rule rule = Rule.of("widgets_owner_fixed", Code.FROZEN, "widgets", "ownerId", "keeps its owner");

        assertThat(rule.exception()).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.FROZEN);
            assertThat(e.field()).contains("ownerId");
            assertThat(e.rule()).contains("widgets_owner_fixed");
        });
    }

    @Test
    void aScheduleConflictRuleIsAScheduleConflictExceptionNamingTheRule() {
        Rule rule = Rule.of("widgets_booking_overlap", Code.OVERLAPS, "widgets", "startsAt", "bookings do not overlap");

        assertThat(rule.exception()).isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
            assertThat(e.field()).contains("startsAt");
            assertThat(e.rule()).contains("widgets_booking_overlap");
        });
    }

    @Test
    void anAccessDeniedRuleNamesTheRuleAndNoPermission() {
        Rule rule = Rule.of("widgets_approver_not_owner", Code.SELF_APPROVAL, "widgets", "approvedBy", "the owner does not approve");

        assertThat(rule.exception()).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.rule()).contains("widgets_approver_not_owner");
            assertThat(e.field()).contains("approvedBy");
            assertThat(e.permission()).isEmpty();
        });
    }

    @Test
    void aRuleIsNamedLikeADatabaseConstraint() {
        assertThatThrownBy(() -> Rule.of("Widgets Size", Code.INVALID, "widgets", "size", "is small or medium"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named like a database constraint");
    }

    @Test
    void aRuleCannotBeOfCategoryNotFound() {
        assertThatThrownBy(() -> Rule.of("widgets_gone", Code.GONE, "widgets", "id", "is gone"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category NOT_FOUND");
    }

    @Test
    void aRuleIsKnownByTheMessagesTheDatabaseRaisesItWith() {
        Rule plain = Rule.of("widgets_size_check", Code.INVALID, "widgets", "size", "is small or medium");
        Rule raised = plain.raisedAs("a widget does not move from % to %", "a widget starts small");

        assertThat(plain.raises("is small or medium")).isTrue();
        assertThat(raised.raises("a widget does not move from small to huge (really)")).isTrue();
        assertThat(raised.raises("a widget starts small")).isTrue();
        assertThat(raised.raises("is small or medium")).isFalse();
        assertThat(raised.raises("a widget does not move")).isFalse();
        assertThat(raised.raises(null)).isFalse();
        assertThat(raised.message()).isEqualTo("is small or medium");
    }
}
