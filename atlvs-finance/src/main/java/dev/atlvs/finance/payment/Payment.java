package dev.atlvs.finance.payment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.finance.InCurrency;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A payment received (receipt) or made (disbursement), allocated to invoices of its currency by
 * {@link PaymentAllocation}s. Record them through {@link PaymentService}. Once recorded, its amount, currency,
 * direction, date and account do not change ({@code payments_recorded_fixed}), and its allocations never total
 * more than its amount ({@code payment_allocations_payment_amount}), both held by the database.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("payments")
public interface Payment extends TenantEntity, InCurrency {

    Table<Payment, ImmutablePayment.Builder> TABLE = PaymentTable.TABLE;

    static ImmutablePayment.Builder builder() {
        return ImmutablePayment.builder();
    }

    @NotNull
    PaymentDirection direction();

    @Db.Sortable
    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();

    @NotNull
    PaymentMethod method();

    /** The day the money was received or paid. */
    @Db.Sortable
    @NotNull
    LocalDate paidOn();

    /** The bank reference, check number or card slip. */
    Optional<@Size(max = 200) String> reference();

    Optional<@NonBlank @Size(max = 200) String> counterpartyName();

    /** The finance account the money went into or came from; its GL account is booked, else the cash account. */
    Optional<UUID> financeAccountId();

    /** Units of the base currency per unit of the payment currency on {@link #paidOn()} (set when posted). */
    @Db.Numeric(precision = 20, scale = 10)
    Optional<@Positive BigDecimal> exchangeRate();

    /** The journal entry that booked the payment. */
    Optional<UUID> journalEntryId();

    Optional<@Size(max = 2000) String> notes();

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("Payment")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(amount(), currency()), dev.atlvs.finance.FinanceRules.PAYMENTS_AMOUNT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
