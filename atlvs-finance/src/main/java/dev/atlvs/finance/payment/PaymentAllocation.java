package dev.atlvs.finance.payment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("payment_allocations")
public interface PaymentAllocation extends TenantEntity {

    Table<PaymentAllocation, ImmutablePaymentAllocation.Builder> TABLE = PaymentAllocationTable.TABLE;

    static ImmutablePaymentAllocation.Builder builder() {
        return ImmutablePaymentAllocation.builder();
    }

    @Db.Fixed
    UUID paymentId();

    @Db.Fixed
    UUID invoiceId();

    /** The amount settled, in the currency of the payment and the invoice. */
    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();

    /** The part of the invoice's booked base-currency amount this allocation settles (set when posted). */
    Optional<@PositiveOrZero BigDecimal> baseAmount();

    @Db.Sortable
    @NotNull
    LocalDate allocatedOn();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
