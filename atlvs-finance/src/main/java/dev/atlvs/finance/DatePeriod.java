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
     * Refuses a period that ends before it starts, as the database's registered {@code rule} of the value's table
     * does (such as {@link dev.atlvs.finance.FinanceRules#BUDGETS_PERIOD_END_CHECK}).
     *
     * @throws ValidationException the exception of {@code rule}
     */
    default void checkPeriod(dev.atlvs.core.error.Rule rule) {
        if (periodEnd().isBefore(periodStart())) {
            throw rule.exception();
        }
    }
}
