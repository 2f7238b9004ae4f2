/**
 * Revenue and its recognition schedule: on a date, on a milestone's completion, or straight-line over a
 * service period (in whole months for a month-aligned period, otherwise in proportion to the days of
 * service; or by the mid-month convention), posted Dr deferred revenue / Cr revenue as it is earned.
 *
 * <pre>{@code
 * RevenueService revenue = new RevenueService(tx);
 * Revenue sponsorship = revenue.record(Revenue.builder().organizationId(tx.organizationId()).description("Main sponsor")
 *         .amount(new BigDecimal("60000")).currency("USD").source(RevenueSource.SPONSORSHIP)
 *         .recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(may1).serviceEnd(oct31).build());
 * revenue.recognizeThrough(LocalDate.of(2026, 7, 31));
 * }</pre>
 */
package dev.atlvs.finance.revenue;
