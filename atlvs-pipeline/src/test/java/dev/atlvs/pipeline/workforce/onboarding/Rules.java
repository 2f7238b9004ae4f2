package dev.atlvs.pipeline.workforce.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import java.util.UUID;

/** Assertions and raw SQL shared by the onboarding and advancing tests. */
public final class Rules {

    private Rules() {}

    /** Asserts that {@code failure} reports {@code rule}: its code, field and name. */
    public static void reports(Throwable failure, Rule rule) {
        assertThat(failure).isInstanceOf(AtlvsException.class);
        AtlvsException e = (AtlvsException) failure;
        assertThat(e.code()).as("code of %s", failure).isEqualTo(rule.code());
        if (e instanceof ValidationException validation) {
            assertThat(validation.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                    .contains(tuple(rule.field(), rule.name()));
        } else if (e instanceof AccessDeniedException denied) {
            assertThat(denied.rule()).contains(rule.name());
        } else {
            assertThat(e).isInstanceOf(ConflictException.class);
            ConflictException conflict = (ConflictException) e;
            assertThat(conflict.field()).contains(rule.field());
            assertThat(conflict.rule()).contains(rule.name());
        }
    }

    /** Runs {@code statement} with {@code :id} bound to {@code id}. */
    public static int sql(TenantTransaction tx, String statement, UUID id) {
        return tx.handle().createUpdate(statement).bind("id", id).execute();
    }
}
