package dev.atlvs.finance.revenue;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface Revenue extends TenantEntity, MoneyAmount {

    Table<Revenue, ImmutableRevenue.Builder> TABLE = Table
            .tenant("revenue", Revenue.class, ImmutableRevenue::builder, ImmutableRevenue.Builder::build)
            .optional("project_id", ColumnType.UUID_TYPE, Revenue::projectId, ImmutableRevenue.Builder::projectId)
            .optional("invoice_id", ColumnType.UUID_TYPE, Revenue::invoiceId, ImmutableRevenue.Builder::invoiceId)
            .column("description", ColumnType.TEXT, Revenue::description, ImmutableRevenue.Builder::description)
            .column("amount", ColumnType.numeric(19, 4), Revenue::amount, ImmutableRevenue.Builder::amount).sortable()
            .column("currency", ColumnType.character(3), Revenue::currency, ImmutableRevenue.Builder::currency)
            .column("source", ColumnType.enumeration(RevenueSource.class), Revenue::source, ImmutableRevenue.Builder::source)
            .column("status", ColumnType.enumeration(RevenueStatus.class), Revenue::status, ImmutableRevenue.Builder::status).sortable()
            .column("recognition_method", ColumnType.enumeration(RecognitionMethod.class), Revenue::recognitionMethod,
                    ImmutableRevenue.Builder::recognitionMethod)
            .optional("recognition_date", ColumnType.DATE, Revenue::recognitionDate, ImmutableRevenue.Builder::recognitionDate)
            .optional("milestone_id", ColumnType.UUID_TYPE, Revenue::milestoneId, ImmutableRevenue.Builder::milestoneId)
            .optional("service_start", ColumnType.DATE, Revenue::serviceStart, ImmutableRevenue.Builder::serviceStart)
            .optional("service_end", ColumnType.DATE, Revenue::serviceEnd, ImmutableRevenue.Builder::serviceEnd)
            .column("received_amount", ColumnType.numeric(19, 4), Revenue::receivedAmount, ImmutableRevenue.Builder::receivedAmount)
            .optional("received_date", ColumnType.DATE, Revenue::receivedDate, ImmutableRevenue.Builder::receivedDate)
            .build();

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

    /** The first day of service, for {@link RecognitionMethod#STRAIGHT_LINE}. */
    Optional<LocalDate> serviceStart();

    /** The last day of service, included, for {@link RecognitionMethod#STRAIGHT_LINE}. */
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
            case STRAIGHT_LINE -> serviceStart().isPresent() && serviceEnd().isPresent();
        };
        dev.atlvs.core.validation.Violations.of("Revenue")
                .require(terms, dev.atlvs.finance.FinanceRules.REVENUE_RECOGNITION_CHECK)
                .ordered(serviceStart(), serviceEnd(), dev.atlvs.finance.FinanceRules.REVENUE_SERVICE_END_CHECK)
                .require(receivedAmount().compareTo(amount()) <= 0, dev.atlvs.finance.FinanceRules.REVENUE_RECEIVED_AMOUNT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
