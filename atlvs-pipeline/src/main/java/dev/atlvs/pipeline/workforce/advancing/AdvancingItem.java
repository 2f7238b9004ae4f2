package dev.atlvs.pipeline.workforce.advancing;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.projects.project.Priority;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
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
 * One item of a project's production advance checklist: what is arranged ({@link #category()}, {@link #title()}), its
 * status along {@link AdvancingStatus#LIFECYCLE}, priority, owner (a user), vendor (a company of the people module), due
 * date, and {@linkplain #estimatedCost() estimated} and {@linkplain #actualCost() actual} cost in {@link #currency()}
 * (required once a cost is given: rule {@code advancing_items_cost_currency}). The database stamps
 * {@link #completedAt()}. Users delete and restore items.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("advancing_items")
public interface AdvancingItem extends TenantEntity, SoftDeletable {

    Table<AdvancingItem, ImmutableAdvancingItem.Builder> TABLE = AdvancingItemTable.TABLE;

    static ImmutableAdvancingItem.Builder builder() {
        return ImmutableAdvancingItem.builder();
    }

    /** The project; an item never moves to another. */
    @Db.Fixed
    @NotNull
    UUID projectId();

    @Db.Sortable
    @NotNull
    AdvancingCategory category();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 4000) String> description();

    @Value.Default
    default AdvancingStatus status() {
        return AdvancingStatus.PENDING;
    }

    @Value.Default
    default Priority priority() {
        return Priority.MEDIUM;
    }

    /** The user responsible for the item. */
    Optional<UUID> ownerId();

    /** The vendor, a company of the organization. */
    Optional<UUID> vendorId();

    Optional<LocalDate> dueDate();

    /** The estimated cost, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> estimatedCost();

    /** The actual cost, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> actualCost();

    /** The currency of both costs; required once either is given. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** When the item was completed (set by the database). */
    Optional<Instant> completedAt();

    Optional<@Size(max = 4000) String> notes();

    @Db.Sortable
    @Value.Default
    @PositiveOrZero
    default int sortOrder() {
        return 0;
    }

    /** The actual cost less the estimated one, when both are given. */
    default Optional<BigDecimal> variance() {
        return actualCost().flatMap(actual -> estimatedCost().map(actual::subtract));
    }

    @Value.Check
    default void check() {
        Violations.of("AdvancingItem")
                .require((estimatedCost().isEmpty() && actualCost().isEmpty()) || currency().isPresent(),
                        PipelineRules.ADVANCING_ITEMS_COST_CURRENCY)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
