package dev.atlvs.finance.payment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The part of a payment that settles one invoice. The database refuses an allocation that would take a payment's
 * allocations beyond its amount, or an invoice's beyond what is open on it, under any concurrency; it keeps the
 * invoice's amount paid equal to the sum of its allocations.
 */
@Value.Immutable
@AtlvsStyle
public interface PaymentAllocation extends TenantEntity {

    Table<PaymentAllocation, ImmutablePaymentAllocation.Builder> TABLE = Table
            .tenant("payment_allocations", PaymentAllocation.class, ImmutablePaymentAllocation::builder,
                    ImmutablePaymentAllocation.Builder::build)
            .column("payment_id", ColumnType.UUID_TYPE, PaymentAllocation::paymentId, ImmutablePaymentAllocation.Builder::paymentId).fixed()
            .column("invoice_id", ColumnType.UUID_TYPE, PaymentAllocation::invoiceId, ImmutablePaymentAllocation.Builder::invoiceId).fixed()
            .column("amount", ColumnType.numeric(19, 4), PaymentAllocation::amount, ImmutablePaymentAllocation.Builder::amount)
            .optional("base_amount", ColumnType.numeric(19, 4), PaymentAllocation::baseAmount, ImmutablePaymentAllocation.Builder::baseAmount)
            .column("allocated_on", ColumnType.DATE, PaymentAllocation::allocatedOn, ImmutablePaymentAllocation.Builder::allocatedOn)
            .sortable()
            .build();

    static ImmutablePaymentAllocation.Builder builder() {
        return ImmutablePaymentAllocation.builder();
    }

    UUID paymentId();

    UUID invoiceId();

    /** The amount settled, in the currency of the payment and the invoice. */
    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();

    /** The part of the invoice's booked base-currency amount this allocation settles (set when posted). */
    Optional<@PositiveOrZero BigDecimal> baseAmount();

    @NotNull
    LocalDate allocatedOn();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
