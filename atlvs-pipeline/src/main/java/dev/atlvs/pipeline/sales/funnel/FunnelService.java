package dev.atlvs.pipeline.sales.funnel;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Funnel analytics of a pipeline from its conversion facts: per stage, the entries of a range of months and what became
 * of them (moved on, lost, won, still there), the stage-to-stage conversion rate and the average days in stage; the win
 * rate, the average won deal size (in the base currency through the finance module's {@link ExchangeRates}) and the
 * average sales cycle; and the stale deals.
 *
 * <p>Figures come from the materialized view by default, as of its last refresh, or from the tables when asked
 * ({@link Freshness#LIVE}) or where the funnel is not materialized; each result carries its {@code asOf}.
 *
 * <pre>{@code
 * FunnelService funnels = new FunnelService(tx);
 * Funnel year = funnels.funnel(festivals.id(), YearMonth.of(2026, 1), YearMonth.of(2026, 12), Freshness.MATERIALIZED);
 * year.winRate();            // 37.50
 * year.asOf();               // the last refresh
 * List<StaleDeal> stale = funnels.staleDeals(festivals.id());
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#FORECASTS_READ}.
 */
public final class FunnelService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TenantTransaction tx;

    public FunnelService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private FunnelReads reads() {
        return tx.repository(FunnelReads.class);
    }

    /** Whether the funnel is materialized here, and its last refresh. */
    public ReportingState state() {
        tx.require(PipelinePermissions.FORECASTS_READ);
        return reads().state();
    }

    /** The funnel of {@code pipelineId} from {@code from} through {@code to}, values at today's exchange rates. */
    public Funnel funnel(UUID pipelineId, YearMonth from, YearMonth to, Freshness freshness) {
        return funnel(pipelineId, from, to, freshness, LocalDate.ofInstant(tx.now(), ZoneOffset.UTC));
    }

    /**
     * The funnel of {@code pipelineId} for the stage entries of months {@code from} through {@code to} (UTC), values
     * converted to the base currency at the rates of {@code ratesOn}.
     */
    public Funnel funnel(UUID pipelineId, YearMonth from, YearMonth to, Freshness freshness, LocalDate ratesOn) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        requireNonNull(pipelineId, "pipelineId is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(freshness, "freshness is null");
        requireNonNull(ratesOn, "ratesOn is null");
        if (to.isBefore(from)) {
            throw new ValidationException(PipelineErrorCode.FORECAST_RANGE_INVALID, "Funnel",
                    List.of(new FieldViolation("to", "funnel_range", "must not be before the first month")));
        }
        FunnelReads reads = reads();
        ReportingState state = reads.state();
        List<FunnelRow> rows;
        Freshness source;
        Instant asOf;
        if (freshness == Freshness.MATERIALIZED && state.materialized()) {
            rows = reads.materialized(pipelineId, from.atDay(1), to.atDay(1));
            source = Freshness.MATERIALIZED;
            asOf = state.refreshedAt().orElseThrow();
        } else {
            asOf = tx.now();
            rows = reads.live(pipelineId, from.atDay(1), to.atDay(1));
            source = Freshness.LIVE;
        }
        return assemble(pipelineId, from, to, reads.stages(pipelineId), rows, source, asOf, ratesOn);
    }

    private Funnel assemble(UUID pipelineId, YearMonth from, YearMonth to, List<StageRow> stageRows, List<FunnelRow> rows,
            Freshness source, Instant asOf, LocalDate ratesOn) {
        List<StageFunnel> stages = new ArrayList<>();
        long won = 0;
        long lost = 0;
        BigDecimal cycleDays = BigDecimal.ZERO;
        long cycles = 0;
        Map<String, BigDecimal> wonValue = new TreeMap<>();
        long wonWithValue = 0;
        for (StageRow stage : stageRows) {
            long entered = 0;
            long movedOn = 0;
            long stageLost = 0;
            long stageWon = 0;
            long stillThere = 0;
            BigDecimal days = BigDecimal.ZERO;
            long left = 0;
            for (FunnelRow row : rows) {
                if (!row.stageId().equals(stage.id())) {
                    continue;
                }
                entered += row.entered();
                movedOn += row.movedOn();
                stageLost += row.lost();
                stageWon += row.won();
                stillThere += row.stillThere();
                days = days.add(row.daysInStageSum());
                left += row.daysInStageCount();
                if (stage.won()) {
                    cycleDays = cycleDays.add(row.cycleDaysSum());
                    cycles += row.cycleCount();
                    if (row.currency().isPresent()) {
                        wonValue.merge(row.currency().get(), row.valueSum(), BigDecimal::add);
                        wonWithValue += row.won();
                    }
                }
            }
            if (stage.won()) {
                won += stageWon;
            }
            if (stage.lost()) {
                lost += stageLost;
            }
            StageFunnel.Outcome outcome = stage.won() ? StageFunnel.Outcome.WON
                    : stage.lost() ? StageFunnel.Outcome.LOST : StageFunnel.Outcome.OPEN;
            Optional<BigDecimal> conversion = outcome == StageFunnel.Outcome.OPEN && entered > 0
                    ? Optional.of(percent(movedOn, entered)) : Optional.empty();
            Optional<BigDecimal> averageDays = left > 0
                    ? Optional.of(days.divide(BigDecimal.valueOf(left), 2, RoundingMode.HALF_UP)) : Optional.empty();
            stages.add(new StageFunnel(stage.id(), stage.name(), stage.stageOrder(), outcome, entered, movedOn, stageLost, stageWon,
                    stillThere, conversion, averageDays));
        }
        Optional<BigDecimal> winRate = won + lost > 0 ? Optional.of(percent(won, won + lost)) : Optional.empty();
        Optional<BigDecimal> cycle = cycles > 0
                ? Optional.of(cycleDays.divide(BigDecimal.valueOf(cycles), 2, RoundingMode.HALF_UP)) : Optional.empty();
        Optional<Money> averageSize = Optional.empty();
        if (wonWithValue > 0) {
            ExchangeRates rates = new ExchangeRates(tx);
            Money total = Money.zero(rates.baseCurrency());
            for (Map.Entry<String, BigDecimal> subtotal : wonValue.entrySet()) {
                total = total.plus(rates.toBase(new Money(subtotal.getValue(), subtotal.getKey()), ratesOn));
            }
            averageSize = Optional.of(new Money(total.amount().divide(BigDecimal.valueOf(wonWithValue), 4, RoundingMode.HALF_UP),
                    total.currency()).rounded());
        }
        return new Funnel(pipelineId, from, to, List.copyOf(stages), won, lost, winRate, averageSize, cycle, source, asOf, ratesOn);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /**
     * The active deals of {@code pipelineId} that are stale now: no open activity due in the future, and no move or
     * activity within the pipeline's {@code stale_after_days}. Always live.
     */
    public List<StaleDeal> staleDeals(UUID pipelineId) {
        return staleDeals(pipelineId, tx.now());
    }

    /**
     * The active deals of {@code pipelineId} that were stale on {@code asOf}: no open activity due after it, and no move
     * or activity within the pipeline's {@code stale_after_days} before it. Always live.
     */
    public List<StaleDeal> staleDeals(UUID pipelineId, Instant asOf) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        requireNonNull(pipelineId, "pipelineId is null");
        requireNonNull(asOf, "asOf is null");
        return reads().staleDeals(pipelineId, asOf);
    }
}
