package dev.atlvs.pipeline.sales.deal;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A deal (the {@code pipeline_opportunities} table): a potential sale, such as the production contract of a festival
 * or a client's tour, in a {@linkplain #stageId() stage} of its {@linkplain #pipelineId() pipeline}. Its status follows
 * its stage (see {@link DealStatus}); {@link #probability()} (the {@linkplain #probabilityOverride() override} where
 * one is set, else the stage's; 100 when won, 0 when lost), {@link #forecastCategory()}, {@link #dealSize()},
 * {@link #actualCloseDate()} and {@link #stageEnteredAt()} are derived by the database, which overwrites what is
 * written. A move may be dated earlier than now through {@link #stageEnteredAt()}, never in the future nor before the
 * previous move. Move, win and lose deals through {@link DealService}. Users delete and restore deals (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipeline_opportunities")
public interface Deal extends TenantEntity, SoftDeletable {

    Table<Deal, ImmutableDeal.Builder> TABLE = DealTable.TABLE;

    static ImmutableDeal.Builder builder() {
        return ImmutableDeal.builder();
    }

    @NotNull
    UUID pipelineId();

    @NotNull
    UUID stageId();

    @Db.Sortable
    @NotBlank
    @Size(max = 300)
    String title();

    Optional<@Size(max = 10_000) String> description();

    /** The client company. */
    Optional<UUID> companyId();

    /** The member who owns the deal. */
    Optional<UUID> ownerUserId();

    /** What the deal is worth, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> value();

    /** The ISO 4217 currency of {@link #value()}; required with it. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** The chance of winning in percent: derived by the database. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    default BigDecimal probability() {
        return BigDecimal.ZERO;
    }

    /** A probability set on the deal itself, in percent; cleared by the database when the deal changes stage. */
    @Db.Numeric(precision = 5, scale = 2)
    Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> probabilityOverride();

    /** The stage's forecast category: derived by the database. */
    @Value.Default
    default ForecastCategory forecastCategory() {
        return ForecastCategory.PIPELINE;
    }

    Optional<LocalDate> expectedCloseDate();

    /** The day the deal was won or lost: set by the database when it closes, unless given. */
    Optional<LocalDate> actualCloseDate();

    /** Derived by the database from the stage. */
    @Value.Default
    default DealStatus status() {
        return DealStatus.ACTIVE;
    }

    /** The value band: derived by the database from {@link #value()}. */
    Optional<DealSize> dealSize();

    /** Where the deal came from (a referral, a tender, an inbound enquiry). */
    Optional<@Size(max = 100) String> source();

    /** Why the deal was lost; required when it is. */
    Optional<@Size(max = 2000) String> lostReason();

    /** The first day of the show or engagement being sold. */
    Optional<LocalDate> startsOn();

    /** The last day of the show; not before {@link #startsOn()}. */
    Optional<LocalDate> endsOn();

    /** The project the deal became when it was won (one deal per project). */
    Optional<UUID> projectId();

    /** When the deal entered its stage: the time of the move, or an earlier time given with it. */
    Optional<Instant> stageEnteredAt();

    /** The name of the deal's stage: kept by the database, the subtitle of a deal found by search. */
    Optional<String> stageName();

    /** The client company's name when the deal was last written: kept by the database, for search. */
    Optional<String> companyName();

    List<@NonBlank @Size(max = 100) String> tags();

    /** Free-form attributes as a JSON object. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    default String customFields() {
        return "{}";
    }

    @Value.Check
    default void check() {
        Violations.of("Deal")
                .require(value().isEmpty() || currency().isPresent(), PipelineRules.PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK)
                .require(startsOn().isEmpty() || endsOn().isEmpty() || !endsOn().get().isBefore(startsOn().get()),
                        PipelineRules.PIPELINE_OPPORTUNITIES_SHOW_DATES_CHECK)
                .require(status() != DealStatus.LOST || lostReason().isPresent(), PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
