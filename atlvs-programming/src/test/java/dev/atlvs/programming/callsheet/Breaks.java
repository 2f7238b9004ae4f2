package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a write is refused under a registered rule: its code, field and name, whoever caught it. */
final class Breaks {
    private Breaks() {}

    static void rule(ThrowingCallable write, Rule rule) {
        assertThatThrownBy(write).isInstanceOfSatisfying(AtlvsException.class, e -> {
            assertThat(e.code()).as("code").isEqualTo(rule.code());
            if (e instanceof ValidationException validation) {
                assertThat(validation.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                        .contains(org.assertj.core.groups.Tuple.tuple(rule.field(), rule.name()));
            } else if (e instanceof ConflictException conflict) {
                assertThat(conflict.rule()).as("rule").contains(rule.name());
                assertThat(conflict.field()).as("field").contains(rule.field());
            } else {
                assertThat(e.getMessage()).contains(rule.name());
            }
        });
    }
}
