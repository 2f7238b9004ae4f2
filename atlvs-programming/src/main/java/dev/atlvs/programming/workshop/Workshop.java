package dev.atlvs.programming.workshop;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A workshop: the seats ({@link #maxParticipants()}), price, instructors and level of an {@linkplain #eventId() event} of
 * type workshop, one workshop per event. It moves along {@link WorkshopStatus#LIFECYCLE}; registrations are taken only
 * while {@link WorkshopStatus#OPEN_REGISTRATION}, and never more seated than {@link #maxParticipants()}: the overflow
 * waits on the waitlist. Raising the seats seats the waitlist in order; cutting them below the registrations holding one
 * is refused ({@code workshops_max_participants_seated}). Its instructors are {@link WorkshopInstructor}s.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("workshops")
public interface Workshop extends TenantEntity {

    Table<Workshop, ImmutableWorkshop.Builder> TABLE = WorkshopTable.TABLE;

    static ImmutableWorkshop.Builder builder() {
        return ImmutableWorkshop.builder();
    }

    /** The event (of type workshop); a workshop per event. */
    @NotNull
    UUID eventId();

    @Value.Default
    default WorkshopStatus status() {
        return WorkshopStatus.PLANNING;
    }

    @Positive
    int maxParticipants();

    /** The price of a seat in {@link #currency()}; empty for a free workshop. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> price();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    @Value.Default
    default WorkshopLevel level() {
        return WorkshopLevel.ALL_LEVELS;
    }

    /** What attendees should know or bring. */
    Optional<@Size(max = 4000) String> prerequisites();

    Optional<@Size(max = 10_000) String> description();

    @Value.Check
    default void check() {
        Violations.of("Workshop")
                .require(price().isEmpty() || currency().isPresent(), ProgrammingRules.WORKSHOPS_PRICE_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
