package dev.atlvs.programming.activation;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A brand activation or experiential install: a pop-up, a sponsor booth, a stop of a sampling tour, with its footfall,
 * lead and sampling figures against target. It lies inside its project's dates; its status follows
 * {@link ActivationStatus#LIFECYCLE}, moved through {@link ActivationService}. Users delete and restore activations.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("activations")
public interface Activation extends TenantEntity, SoftDeletable {

    Table<Activation, ImmutableActivation.Builder> TABLE = ActivationTable.TABLE;

    static ImmutableActivation.Builder builder() {
        return ImmutableActivation.builder();
    }

    @NotNull
    UUID projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 10_000) String> description();

    /** The brand the activation is for. */
    Optional<UUID> clientCompanyId();

    Optional<UUID> locationId();

    @Db.Sortable
    @NotNull
    Instant startDate();

    /** Not before {@link #startDate()}. */
    @NotNull
    Instant endDate();

    @Value.Default
    default ActivationStatus status() {
        return ActivationStatus.PLANNING;
    }

    Optional<@PositiveOrZero Integer> footfallTarget();

    Optional<@PositiveOrZero Integer> actualFootfall();

    Optional<@PositiveOrZero Integer> leadsCaptured();

    Optional<@PositiveOrZero Integer> samplesDistributed();

    /** The activation's budget, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> budgetAmount();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Actual footfall as a share of the target, 0..n (1 = on target), when both are known and the target is not zero. */
    default Optional<BigDecimal> footfallAgainstTarget() {
        if (footfallTarget().isEmpty() || actualFootfall().isEmpty() || footfallTarget().get() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(actualFootfall().get())
                .divide(BigDecimal.valueOf(footfallTarget().get()), 4, java.math.RoundingMode.HALF_EVEN));
    }

    @Value.Check
    default void check() {
        Violations.of("Activation")
                .require(!endDate().isBefore(startDate()), ProgrammingRules.ACTIVATIONS_END_DATE_CHECK)
                .require(budgetAmount().isEmpty() || currency().isPresent(), ProgrammingRules.ACTIVATIONS_BUDGET_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
