package dev.atlvs.finance.invoice;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A receivable or payable invoice, or a credit note against one. Create, issue, void and credit them through
 * {@link InvoiceService}; the database holds the rules whatever code writes: once issued, the amounts, lines
 * and parties are frozen ({@code invoices_issued_frozen}); {@link #amountPaid()} is the sum of its payment
 * allocations and {@link #amountCredited()} the sum of its issued credit notes, both recomputed by the
 * database; the status follows from them; a voided invoice had nothing paid or credited.
 *
 * <p>Derived, never stored: {@link #amountDue()} and {@link #isOverdue(LocalDate)} (also in the view
 * {@code atlvs.invoices_overview}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("invoices")
public interface Invoice extends TenantEntity, InvoiceHeader {

    Table<Invoice, ImmutableInvoice.Builder> TABLE = InvoiceTable.TABLE;

    static ImmutableInvoice.Builder builder() {
        return ImmutableInvoice.builder();
    }

    @Db.Fixed
    @Value.Default
    default InvoiceKind kind() {
        return InvoiceKind.INVOICE;
    }

    /** The number, taken when the invoice is issued: gap-free per organization, numbering kind and year. */
    Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}", message = "must be 1 to 40 letters, digits or . _ / -") String> invoiceNumber();

    /** The invoice a credit note credits; empty for an invoice. */
    @Db.Fixed
    Optional<UUID> creditedInvoiceId();

    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    Optional<LocalDate> issueDate();

    Optional<LocalDate> dueDate();

    @Value.Default
    @PositiveOrZero
    @Max(365)
    default int paymentTermsDays() {
        return 30;
    }

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal subtotal() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal discountAmount() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal taxAmount() {
        return BigDecimal.ZERO;
    }

    /** subtotal − discount + tax = Σ line totals. */
    @Db.Sortable
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal totalAmount() {
        return BigDecimal.ZERO;
    }

    /** Σ payment allocations (recomputed by the database). */
    @Value.Default
    @PositiveOrZero
    default BigDecimal amountPaid() {
        return BigDecimal.ZERO;
    }

    /** Σ totals of the issued credit notes against it (recomputed by the database). */
    @Value.Default
    @PositiveOrZero
    default BigDecimal amountCredited() {
        return BigDecimal.ZERO;
    }

    /** Units of the base currency per unit of the invoice currency it was booked at (set at issue). */
    @Db.Numeric(precision = 20, scale = 10)
    Optional<@Positive BigDecimal> exchangeRate();

    /** The total in the base currency as booked at issue. */
    Optional<@PositiveOrZero BigDecimal> baseTotalAmount();

    @Db.Sortable
    @Value.Default
    default InvoiceStatus status() {
        return InvoiceStatus.DRAFT;
    }

    /** The journal entry that booked the issue. */
    Optional<UUID> journalEntryId();

    Optional<Instant> issuedAt();

    Optional<Instant> voidedAt();

    /** What is still to be paid: the total less what is paid and credited; zero for drafts, void invoices and credit notes. */
    default BigDecimal amountDue() {
        if (kind() == InvoiceKind.CREDIT_NOTE || status() == InvoiceStatus.DRAFT || status() == InvoiceStatus.VOID) {
            return BigDecimal.ZERO;
        }
        return totalAmount().subtract(amountPaid()).subtract(amountCredited());
    }

    /** Whether the invoice is overdue on {@code asOf}: issued, something still open, and due before that day. */
    default boolean isOverdue(LocalDate asOf) {
        return kind() == InvoiceKind.INVOICE && status().isOpenForSettlement() && amountDue().signum() > 0
                && dueDate().filter(due -> due.isBefore(asOf)).isPresent();
    }

    /** Days past the due date on {@code asOf}; zero unless {@link #isOverdue(LocalDate) overdue}. */
    default long daysOverdue(LocalDate asOf) {
        return isOverdue(asOf) ? ChronoUnit.DAYS.between(dueDate().orElseThrow(), asOf) : 0;
    }

    @Value.Check
    default void check() {
        if ((kind() == InvoiceKind.CREDIT_NOTE) != creditedInvoiceId().isPresent()) {
            throw dev.atlvs.finance.FinanceRules.INVOICES_CREDITED_INVOICE_ID_CHECK.exception();
        }
        dev.atlvs.core.validation.Violations.of("Invoice")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(subtotal(), currency()), dev.atlvs.finance.FinanceRules.INVOICES_SUBTOTAL_MINOR_UNIT)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(discountAmount(), currency()), dev.atlvs.finance.FinanceRules.INVOICES_DISCOUNT_AMOUNT_MINOR_UNIT)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(taxAmount(), currency()), dev.atlvs.finance.FinanceRules.INVOICES_TAX_AMOUNT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
