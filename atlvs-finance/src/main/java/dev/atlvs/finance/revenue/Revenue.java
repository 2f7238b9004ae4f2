package dev.atlvs.finance.revenue;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.finance.MoneyAmount;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Expected and received income of a project (a production fee, a sponsorship, a ticket settlement), and how
 * it is earned: on {@link #recognitionDate()}, on the completion of {@link #milestoneId()}, or straight-line
 * from {@link #serviceStart()} to {@link #serviceEnd()}. {@link RevenueService} turns the terms into a
 * {@link RevenueRecognition} schedule and posts it as it is earned.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("revenue")
public interface Revenue extends TenantEntity, MoneyAmount {

    Table<Revenue, ImmutableRevenue.Builder> TABLE = RevenueTable.TABLE;

    static ImmutableRevenue.Builder builder() {
        return ImmutableRevenue.builder();
    }

    Optional<UUID> projectId();

    /** The receivable invoice it is billed on; required once invoiced. */
    Optional<UUID> invoiceId();

    @NotBlank
    @Size(max = 500)
    String description();

    @NotNull
    RevenueSource source();

    @Db.Sortable
    @Value.Default
    default RevenueStatus status() {
        return RevenueStatus.PROJECTED;
    }

    @Value.Default
    default RecognitionMethod recognitionMethod() {
        return RecognitionMethod.ON_DATE;
    }

    /** The day it is earned, for {@link RecognitionMethod#ON_DATE}. */
    Optional<LocalDate> recognitionDate();

    /** The project milestone whose completion earns it, for {@link RecognitionMethod#ON_MILESTONE}. */
    Optional<UUID> milestoneId();

    /** The first day of service, for the straight-line methods ({@link RecognitionMethod#STRAIGHT_LINE} and its variants). */
    Optional<LocalDate> serviceStart();

    /** The last day of service, included, for the straight-line methods ({@link RecognitionMethod#STRAIGHT_LINE} and its variants). */
    Optional<LocalDate> serviceEnd();

    /** What has been received, no more than the amount. */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal receivedAmount() {
        return BigDecimal.ZERO;
    }

    /** When it was received in full (status received). */
    Optional<LocalDate> receivedDate();

    @Value.Check
    default void check() {
        boolean terms = switch (recognitionMethod()) {
            case ON_DATE -> recognitionDate().isPresent();
            // A milestone of the revenue's own project: without a project there is none.
            case ON_MILESTONE -> milestoneId().isPresent() && projectId().isPresent();
            case STRAIGHT_LINE, STRAIGHT_LINE_DAILY, STRAIGHT_LINE_MID_MONTH -> serviceStart().isPresent() && serviceEnd().isPresent();
        };
        dev.atlvs.core.validation.Violations.of("Revenue")
                .require(terms, dev.atlvs.finance.FinanceRules.REVENUE_RECOGNITION_CHECK)
                .ordered(serviceStart(), serviceEnd(), dev.atlvs.finance.FinanceRules.REVENUE_SERVICE_END_CHECK)
                .require(receivedAmount().compareTo(amount()) <= 0, dev.atlvs.finance.FinanceRules.REVENUE_RECEIVED_AMOUNT_CHECK)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(amount(), currency()), dev.atlvs.finance.FinanceRules.REVENUE_AMOUNT_MINOR_UNIT)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(receivedAmount(), currency()), dev.atlvs.finance.FinanceRules.REVENUE_RECEIVED_AMOUNT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
