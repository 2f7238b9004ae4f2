package dev.atlvs.pipeline.sales.forecast;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import jakarta.validation.constraints.Digits;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A forecast snapshot: the weighted pipeline, commit, best-case and closed-won figures of a period (every day from
 * {@link #periodStart()} through {@link #periodEnd()}) for the organization, one pipeline or one owner, in the
 * organization's base currency at the exchange rates of {@link #ratesOn()}. Taken by
 * {@link ForecastService#snapshot}; its figures never change afterwards (the database refuses it:
 * {@code pipeline_forecasts_immutable}), only its notes do. {@link ForecastService#accuracy} compares it with the deals
 * actually won in the period.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipeline_forecasts")
public interface PipelineForecast extends TenantEntity {

    Table<PipelineForecast, ImmutablePipelineForecast.Builder> TABLE = PipelineForecastTable.TABLE;

    static ImmutablePipelineForecast.Builder builder() {
        return ImmutablePipelineForecast.builder();
    }

    /** The first day of the period. */
    @Db.Sortable
    @NotNull
    LocalDate periodStart();

    /** The last day of the period, not before {@link #periodStart()}. */
    @NotNull
    LocalDate periodEnd();

    /** The pipeline forecast, or empty for every pipeline of the organization. */
    Optional<UUID> pipelineId();

    /** The deals' owner forecast, or empty for every owner. */
    Optional<UUID> ownerUserId();

    /** A team label the snapshot was taken for (free text), if any. */
    Optional<@NonBlank @Size(max = 100) String> team();

    /** The base currency every figure is in. */
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** The value of the open deals expected to close in the period. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal pipelineValue();

    /** Σ value × probability / 100 over the open deals expected to close in the period. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal weightedValue();

    /** The value of the open deals in commit stages. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal commitValue();

    /** The value of the open deals in commit or best-case stages. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal bestCaseValue();

    /** The value of the deals won in the period by the time of the snapshot. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal closedWonValue();

    /** The target of the period, in {@link #currency()}, if one was set. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> quota();

    /** The open deals expected to close in the period. */
    @PositiveOrZero
    int dealCount();

    /** The date of the exchange rates the figures were converted at. */
    @NotNull
    LocalDate ratesOn();

    /** When the figures were computed. */
    @Db.Sortable
    @NotNull
    Instant snapshotAt();

    /** Commentary on the forecast: the only part of a snapshot that may change. */
    Optional<@Size(max = 4000) String> notes();

    @Value.Check
    default void check() {
        Violations.of("PipelineForecast")
                .require(!periodEnd().isBefore(periodStart()), PipelineRules.PIPELINE_FORECASTS_PERIOD_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
