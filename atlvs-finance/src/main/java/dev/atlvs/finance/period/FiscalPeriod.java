package dev.atlvs.finance.period;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface FiscalPeriod extends TenantEntity {

    Table<FiscalPeriod, ImmutableFiscalPeriod.Builder> TABLE = Table
            .tenant("fiscal_periods", FiscalPeriod.class, ImmutableFiscalPeriod::builder, ImmutableFiscalPeriod.Builder::build)
            .column("name", ColumnType.TEXT, FiscalPeriod::name, ImmutableFiscalPeriod.Builder::name).sortable()
            .column("starts_on", ColumnType.DATE, FiscalPeriod::startsOn, ImmutableFiscalPeriod.Builder::startsOn).sortable()
            .column("ends_on", ColumnType.DATE, FiscalPeriod::endsOn, ImmutableFiscalPeriod.Builder::endsOn).sortable()
            .column("status", ColumnType.enumeration(FiscalPeriodStatus.class), FiscalPeriod::status, ImmutableFiscalPeriod.Builder::status)
            .build();

    static ImmutableFiscalPeriod.Builder builder() {
        return ImmutableFiscalPeriod.builder();
    }

    /** The name, unique in the organization ({@code FY2026-07}). */
    @NotBlank
    @Size(max = 100)
    String name();

    @NotNull
    LocalDate startsOn();

    /** The last day of the period, included. */
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
