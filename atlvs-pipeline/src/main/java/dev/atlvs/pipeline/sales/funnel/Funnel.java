package dev.atlvs.pipeline.sales.funnel;

import dev.atlvs.finance.currency.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The funnel of a pipeline over a range of months (of entry into a stage, UTC), with the time its figures hold for.
 *
 * @param pipelineId            the pipeline
 * @param from                  the first month
 * @param to                    the last month
 * @param stages                each stage in order
 * @param won                   deals won in the range
 * @param lost                  deals lost in the range
 * @param winRate               won / (won + lost), in percent; empty without closes
 * @param averageWonDealSize    the average value of the deals won (with a value), in the base currency at the rates of
 *                              {@code ratesOn}; empty when none
 * @param averageSalesCycleDays the average days from a won deal's first entry to its win; empty when none
 * @param source                where the figures come from
 * @param asOf                  when they were computed: the last refresh of the materialized view, or the read itself
 * @param ratesOn               the date of the exchange rates
 */
public record Funnel(UUID pipelineId, YearMonth from, YearMonth to, List<StageFunnel> stages, long won, long lost,
        Optional<BigDecimal> winRate, Optional<Money> averageWonDealSize, Optional<BigDecimal> averageSalesCycleDays,
        Freshness source, Instant asOf, LocalDate ratesOn) {

    /** The stage {@code stageId}. */
    public StageFunnel stage(UUID stageId) {
        return stages.stream().filter(stage -> stage.stageId().equals(stageId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such stage in this funnel"));
    }
}
