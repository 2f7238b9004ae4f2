package dev.atlvs.finance.invoice;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface Invoice extends TenantEntity, InvoiceHeader {

    Table<Invoice, ImmutableInvoice.Builder> TABLE = Table
            .tenant("invoices", Invoice.class, ImmutableInvoice::builder, ImmutableInvoice.Builder::build)
            .column("direction", ColumnType.enumeration(InvoiceDirection.class), Invoice::direction, ImmutableInvoice.Builder::direction)
            .fixed()
            .column("kind", ColumnType.enumeration(InvoiceKind.class), Invoice::kind, ImmutableInvoice.Builder::kind).fixed()
            .optional("invoice_number", ColumnType.TEXT, Invoice::invoiceNumber, ImmutableInvoice.Builder::invoiceNumber)
            .optional("credited_invoice_id", ColumnType.UUID_TYPE, Invoice::creditedInvoiceId, ImmutableInvoice.Builder::creditedInvoiceId)
            .fixed()
            .column("counterparty_name", ColumnType.TEXT, Invoice::counterpartyName, ImmutableInvoice.Builder::counterpartyName).sortable()
            .optional("counterparty_email", ColumnType.TEXT, Invoice::counterpartyEmail, ImmutableInvoice.Builder::counterpartyEmail)
            .sensitive()
            .optional("vendor_reference", ColumnType.TEXT, Invoice::vendorReference, ImmutableInvoice.Builder::vendorReference)
            .optional("project_id", ColumnType.UUID_TYPE, Invoice::projectId, ImmutableInvoice.Builder::projectId)
            .column("title", ColumnType.TEXT, Invoice::title, ImmutableInvoice.Builder::title)
            .optional("notes", ColumnType.TEXT, Invoice::notes, ImmutableInvoice.Builder::notes)
            .column("currency", ColumnType.character(3), Invoice::currency, ImmutableInvoice.Builder::currency)
            .optional("issue_date", ColumnType.DATE, Invoice::issueDate, ImmutableInvoice.Builder::issueDate)
            .optional("due_date", ColumnType.DATE, Invoice::dueDate, ImmutableInvoice.Builder::dueDate)
            .column("payment_terms_days", ColumnType.INTEGER, Invoice::paymentTermsDays, ImmutableInvoice.Builder::paymentTermsDays)
            .column("subtotal", ColumnType.numeric(19, 4), Invoice::subtotal, ImmutableInvoice.Builder::subtotal)
            .column("discount_amount", ColumnType.numeric(19, 4), Invoice::discountAmount, ImmutableInvoice.Builder::discountAmount)
            .column("tax_amount", ColumnType.numeric(19, 4), Invoice::taxAmount, ImmutableInvoice.Builder::taxAmount)
            .column("total_amount", ColumnType.numeric(19, 4), Invoice::totalAmount, ImmutableInvoice.Builder::totalAmount).sortable()
            .column("amount_paid", ColumnType.numeric(19, 4), Invoice::amountPaid, ImmutableInvoice.Builder::amountPaid)
            .column("amount_credited", ColumnType.numeric(19, 4), Invoice::amountCredited, ImmutableInvoice.Builder::amountCredited)
            .optional("exchange_rate", ColumnType.numeric(20, 10), Invoice::exchangeRate, ImmutableInvoice.Builder::exchangeRate)
            .optional("base_total_amount", ColumnType.numeric(19, 4), Invoice::baseTotalAmount, ImmutableInvoice.Builder::baseTotalAmount)
            .column("status", ColumnType.enumeration(InvoiceStatus.class), Invoice::status, ImmutableInvoice.Builder::status).sortable()
            .optional("journal_entry_id", ColumnType.UUID_TYPE, Invoice::journalEntryId, ImmutableInvoice.Builder::journalEntryId)
            .optional("issued_at", ColumnType.TIMESTAMPTZ, Invoice::issuedAt, ImmutableInvoice.Builder::issuedAt)
            .optional("voided_at", ColumnType.TIMESTAMPTZ, Invoice::voidedAt, ImmutableInvoice.Builder::voidedAt)
            .build();

    static ImmutableInvoice.Builder builder() {
        return ImmutableInvoice.builder();
    }

    @Value.Default
    default InvoiceKind kind() {
        return InvoiceKind.INVOICE;
    }

    /** The number, taken when the invoice is issued: gap-free per organization, numbering kind and year. */
    Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}", message = "must be 1 to 40 letters, digits or . _ / -") String> invoiceNumber();

    /** The invoice a credit note credits; empty for an invoice. */
    Optional<UUID> creditedInvoiceId();

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
    Optional<@Positive BigDecimal> exchangeRate();

    /** The total in the base currency as booked at issue. */
    Optional<@PositiveOrZero BigDecimal> baseTotalAmount();

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
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
