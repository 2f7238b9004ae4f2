package dev.atlvs.finance.period;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A span of days the books are kept and closed by (a month, a quarter, a year), both ends included. The
 * periods of an organization never overlap (the database refuses an overlapping one); once closed, no
 * journal entry posts on its dates.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("fiscal_periods")
public interface FiscalPeriod extends TenantEntity {

    Table<FiscalPeriod, ImmutableFiscalPeriod.Builder> TABLE = FiscalPeriodTable.TABLE;

    static ImmutableFiscalPeriod.Builder builder() {
        return ImmutableFiscalPeriod.builder();
    }

    /** The name, unique in the organization ({@code FY2026-07}). */
    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    @Db.Sortable
    @NotNull
    LocalDate startsOn();

    /** The last day of the period, included. */
    @Db.Sortable
    @NotNull
    LocalDate endsOn();

    @Value.Default
    default FiscalPeriodStatus status() {
        return FiscalPeriodStatus.OPEN;
    }

    /** Whether {@code date} falls in the period. */
    default boolean contains(LocalDate date) {
        return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
    }

    @Value.Check
    default void check() {
        if (endsOn().isBefore(startsOn())) {
            throw dev.atlvs.finance.FinanceRules.FISCAL_PERIODS_ENDS_ON_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
