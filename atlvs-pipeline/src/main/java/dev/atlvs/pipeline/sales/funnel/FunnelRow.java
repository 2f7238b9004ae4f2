package dev.atlvs.pipeline.sales.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the funnel aggregate: the entries of one stage in one month (UTC) whose deal's value was in one currency,
 * and what became of them. {@code entered = movedOn + lost + won + stillThere}.
 *
 * @param stageId           the stage entered
 * @param month             the first day of the month of entry
 * @param currency          the currency of the deals' value at entry, empty for deals without a value
 * @param entered           entries
 * @param movedOn           entries of an open stage whose deal's next move was to another stage than the lost one
 * @param lost              entries of an open stage whose deal's next move was to the lost stage, or entries of the lost stage
 * @param won               entries of the won stage
 * @param stillThere        entries of an open stage whose deal has not moved since
 * @param daysInStageSum    the days the deals stayed, over the entries they left
 * @param daysInStageCount  the entries they left (with a duration)
 * @param valueSum          the deals' value at entry
 * @param cycleDaysSum      for entries of the won or lost stage, the days from the deal's first entry
 * @param cycleCount        the entries counted in {@code cycleDaysSum}
 */
public record FunnelRow(UUID stageId, LocalDate month, Optional<String> currency, long entered, long movedOn, long lost,
        long won, long stillThere, BigDecimal daysInStageSum, long daysInStageCount, BigDecimal valueSum,
        BigDecimal cycleDaysSum, long cycleCount) {}
