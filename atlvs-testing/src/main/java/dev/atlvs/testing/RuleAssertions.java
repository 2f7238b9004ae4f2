package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;

/**
 * Assertions on a refusal by a registered {@link Rule}: the failure carries the rule's code, and its field and name as
 * the exception of the code's category reports them (a violation of a {@link ValidationException}, the field and rule of
 * a {@link ConflictException} or an {@link AccessDeniedException}), whoever caught the rule, the SDK or the database.
 *
 * <pre>{@code
 * Throwable failure = catchThrowable(() -> new DealService(tx).lose(deal.id(), " "));
 * RuleAssertions.reports(failure, PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON);
 * }</pre>
 */
public final class RuleAssertions {

    private RuleAssertions() {}

    /** Asserts that {@code failure} reports {@code rule}: its code, field and name. */
    public static void reports(Throwable failure, Rule rule) {
        assertThat(failure).as("the failure").isInstanceOf(AtlvsException.class);
        AtlvsException e = (AtlvsException) failure;
        assertThat(e.code()).as("code of %s", failure).isEqualTo(rule.code());
        if (e instanceof ValidationException validation) {
            assertThat(validation.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                    .contains(tuple(rule.field(), rule.name()));
        } else if (e instanceof AccessDeniedException denied) {
            assertThat(denied.rule()).as("rule of %s", failure).contains(rule.name());
        } else {
            assertThat(e).isInstanceOf(ConflictException.class);
            ConflictException conflict = (ConflictException) e;
            assertThat(conflict.field()).as("field of %s", failure).contains(rule.field());
            assertThat(conflict.rule()).as("rule of %s", failure).contains(rule.name());
        }
    }
}
