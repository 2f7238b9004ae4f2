package dev.atlvs.finance;

import dev.atlvs.core.repository.Db;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A finance record of one amount, zero or more, in its {@link #currency()}: budgets, expenses, revenue. */
public interface MoneyAmount extends InCurrency {

    @Db.Sortable
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();
}
