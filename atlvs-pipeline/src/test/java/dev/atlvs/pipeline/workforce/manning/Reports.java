package dev.atlvs.pipeline.workforce.manning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;

/** Asserts that a failure carries a registered rule's identity: its code, field and name. */
final class Reports {

    private Reports() {}

    static void rule(Throwable failure, Rule rule) {
        assertThat(failure).isInstanceOf(AtlvsException.class);
        AtlvsException e = (AtlvsException) failure;
        assertThat(e.code()).as("code of %s", failure).isEqualTo(rule.code());
        if (e instanceof ValidationException validation) {
            assertThat(validation.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                    .contains(tuple(rule.field(), rule.name()));
        } else {
            assertThat(e).isInstanceOf(ConflictException.class);
            ConflictException conflict = (ConflictException) e;
            assertThat(conflict.field()).contains(rule.field());
            assertThat(conflict.rule()).contains(rule.name());
        }
    }
}
