package dev.atlvs.pipeline.sales.pipeline;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A stage of a {@link Pipeline}: its place in the pipeline's order ({@link #stageOrder()}, unique within the pipeline:
 * {@code pipeline_stages_order_unique}), the default probability and forecast category of the deals in it, and whether
 * it is the pipeline's won or lost stage. A won stage has probability 100 and the category {@link ForecastCategory#CLOSED},
 * a lost stage probability 0 and {@link ForecastCategory#OMITTED}, and an open stage neither
 * ({@code pipeline_stages_outcome_values}); no stage is both ({@code pipeline_stages_outcome_check}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipeline_stages")
public interface PipelineStage extends TenantEntity {

    Table<PipelineStage, ImmutablePipelineStage.Builder> TABLE = PipelineStageTable.TABLE;

    static ImmutablePipelineStage.Builder builder() {
        return ImmutablePipelineStage.builder();
    }

    /** The hundred percent a won stage carries. */
    BigDecimal CERTAIN = new BigDecimal("100");

    @NotNull
    @Db.Fixed
    UUID pipelineId();

    @NotBlank
    @Size(max = 100)
    String name();

    /** The stage's place in its pipeline, 1 to 1000. */
    @Db.Sortable
    @Min(1)
    @Max(1000)
    int stageOrder();

    /** The default chance of winning a deal in this stage, in percent. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    default BigDecimal probability() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    default ForecastCategory forecastCategory() {
        return ForecastCategory.PIPELINE;
    }

    /** A colour for boards, such as {@code #3366FF}. */
    Optional<@Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a colour such as #3366FF") String> color();

    @Value.Default
    default boolean isWon() {
        return false;
    }

    @Value.Default
    default boolean isLost() {
        return false;
    }

    Optional<@Size(max = 2000) String> description();

    /** Whether deals in this stage are still open (neither won nor lost). */
    default boolean isOpen() {
        return !isWon() && !isLost();
    }

    @Value.Check
    default void check() {
        boolean category = forecastCategory().open() || isWon() || isLost();
        boolean won = !isWon() || (probability().compareTo(CERTAIN) == 0 && forecastCategory() == ForecastCategory.CLOSED);
        boolean lost = !isLost() || (probability().signum() == 0 && forecastCategory() == ForecastCategory.OMITTED);
        Violations.of("PipelineStage")
                .require(!(isWon() && isLost()), PipelineRules.PIPELINE_STAGES_OUTCOME_CHECK)
                .require(isWon() && isLost() || (won && lost && category), PipelineRules.PIPELINE_STAGES_OUTCOME_VALUES)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
