package dev.atlvs.finance.payment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface Payment extends TenantEntity, InCurrency {

    Table<Payment, ImmutablePayment.Builder> TABLE = Table
            .tenant("payments", Payment.class, ImmutablePayment::builder, ImmutablePayment.Builder::build)
            .column("direction", ColumnType.enumeration(PaymentDirection.class), Payment::direction, ImmutablePayment.Builder::direction)
            .column("amount", ColumnType.numeric(19, 4), Payment::amount, ImmutablePayment.Builder::amount).sortable()
            .column("currency", ColumnType.character(3), Payment::currency, ImmutablePayment.Builder::currency)
            .column("method", ColumnType.enumeration(PaymentMethod.class), Payment::method, ImmutablePayment.Builder::method)
            .column("paid_on", ColumnType.DATE, Payment::paidOn, ImmutablePayment.Builder::paidOn).sortable()
            .optional("reference", ColumnType.TEXT, Payment::reference, ImmutablePayment.Builder::reference)
            .optional("counterparty_name", ColumnType.TEXT, Payment::counterpartyName, ImmutablePayment.Builder::counterpartyName)
            .optional("finance_account_id", ColumnType.UUID_TYPE, Payment::financeAccountId, ImmutablePayment.Builder::financeAccountId)
            .optional("exchange_rate", ColumnType.numeric(20, 10), Payment::exchangeRate, ImmutablePayment.Builder::exchangeRate)
            .optional("journal_entry_id", ColumnType.UUID_TYPE, Payment::journalEntryId, ImmutablePayment.Builder::journalEntryId)
            .optional("notes", ColumnType.TEXT, Payment::notes, ImmutablePayment.Builder::notes)
            .build();

    static ImmutablePayment.Builder builder() {
        return ImmutablePayment.builder();
    }

    @NotNull
    PaymentDirection direction();

    @NotNull
    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal amount();

    @NotNull
    PaymentMethod method();

    /** The day the money was received or paid. */
    @NotNull
    LocalDate paidOn();

    /** The bank reference, check number or card slip. */
    Optional<@Size(max = 200) String> reference();

    Optional<@NonBlank @Size(max = 200) String> counterpartyName();

    /** The finance account the money went into or came from; its GL account is booked, else the cash account. */
    Optional<UUID> financeAccountId();

    /** Units of the base currency per unit of the payment currency on {@link #paidOn()} (set when posted). */
    Optional<@Positive BigDecimal> exchangeRate();

    /** The journal entry that booked the payment. */
    Optional<UUID> journalEntryId();

    Optional<@Size(max = 2000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
