/**
 * Fiscal periods: the non-overlapping spans the books are closed by. Nothing posts into a closed one.
 *
 * <pre>{@code
 * FiscalPeriodRepository periods = tx.repository(FiscalPeriodRepository.class);
 * FiscalPeriod july = periods.insert(FiscalPeriod.builder().organizationId(tx.organizationId())
 *         .name("FY2026-07").startsOn(LocalDate.of(2026, 7, 1)).endsOn(LocalDate.of(2026, 7, 31)).build());
 * periods.update(ImmutableFiscalPeriod.copyOf(july).withStatus(FiscalPeriodStatus.CLOSED));
 * }</pre>
 */
package dev.atlvs.finance.period;
