package dev.atlvs.pipeline.sales.funnel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The funnel of one stage over a range of months: its entries in the range and what became of them
 * ({@code entered = movedOn + lost + won + stillThere}).
 *
 * @param stageId            the stage
 * @param name               its name
 * @param stageOrder         its position
 * @param outcome            open, won or lost
 * @param entered            entries in the range
 * @param movedOn            of them, deals that moved on to another stage than the lost one
 * @param lost               of them, deals lost next (all entries of the lost stage)
 * @param won                entries of the won stage
 * @param stillThere         of them, deals still in the stage
 * @param conversionRate     for an open stage, the percentage of its entries that moved on (to a later stage or won):
 *                           the stage-to-stage conversion; empty without entries or for the won and lost stages
 * @param averageDaysInStage the average days the deals stayed, over the entries they have left; empty when none has
 */
public record StageFunnel(UUID stageId, String name, int stageOrder, Outcome outcome, long entered, long movedOn, long lost,
        long won, long stillThere, Optional<BigDecimal> conversionRate, Optional<BigDecimal> averageDaysInStage) {

    /** Whether a stage is open, the won stage or the lost stage. */
    public enum Outcome {
        OPEN, WON, LOST
    }
}
