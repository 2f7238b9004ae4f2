package dev.atlvs.finance;

import dev.atlvs.core.repository.Db;
import dev.atlvs.core.error.ValidationException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A finance record that spans days, both ends included: budgets, their lines and forecasts. */
public interface DatePeriod {

    @Db.Sortable
    @NotNull
    LocalDate periodStart();

    /** The last day of the period, included. */
    @Db.Sortable
    @NotNull
    LocalDate periodEnd();

    /**
     * Refuses a period that ends before it starts, as the database's rule {@code constraint} of the
     * table of {@code entity} does.
     */
    default void checkPeriod(String entity, String constraint) {
        if (periodEnd().isBefore(periodStart())) {
            throw ValidationException.of(entity, "periodEnd", constraint, "is on or after the period start");
        }
    }
}
