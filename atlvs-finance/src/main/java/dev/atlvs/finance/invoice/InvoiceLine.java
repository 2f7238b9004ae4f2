package dev.atlvs.finance.invoice;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One line item of an invoice (table {@code invoice_line_items}), with its amounts as {@link InvoiceCalculator}
 * derives them. The lines of an issued invoice never change.
 */
@Value.Immutable
@AtlvsStyle
public interface InvoiceLine extends TenantEntity {

    Table<InvoiceLine, ImmutableInvoiceLine.Builder> TABLE = Table
            .tenant("invoice_line_items", InvoiceLine.class, ImmutableInvoiceLine::builder, ImmutableInvoiceLine.Builder::build)
            .column("invoice_id", ColumnType.UUID_TYPE, InvoiceLine::invoiceId, ImmutableInvoiceLine.Builder::invoiceId).fixed()
            .column("line_number", ColumnType.INTEGER, InvoiceLine::lineNumber, ImmutableInvoiceLine.Builder::lineNumber).sortable()
            .column("description", ColumnType.TEXT, InvoiceLine::description, ImmutableInvoiceLine.Builder::description)
            .column("quantity", ColumnType.numeric(19, 4), InvoiceLine::quantity, ImmutableInvoiceLine.Builder::quantity)
            .column("unit_price", ColumnType.numeric(19, 4), InvoiceLine::unitPrice, ImmutableInvoiceLine.Builder::unitPrice)
            .column("discount_rate", ColumnType.numeric(5, 2), InvoiceLine::discountRate, ImmutableInvoiceLine.Builder::discountRate)
            .column("tax_rate", ColumnType.numeric(5, 2), InvoiceLine::taxRate, ImmutableInvoiceLine.Builder::taxRate)
            .column("line_subtotal", ColumnType.numeric(19, 4), InvoiceLine::lineSubtotal, ImmutableInvoiceLine.Builder::lineSubtotal)
            .column("discount_amount", ColumnType.numeric(19, 4), InvoiceLine::discountAmount, ImmutableInvoiceLine.Builder::discountAmount)
            .column("tax_amount", ColumnType.numeric(19, 4), InvoiceLine::taxAmount, ImmutableInvoiceLine.Builder::taxAmount)
            .column("line_total", ColumnType.numeric(19, 4), InvoiceLine::lineTotal, ImmutableInvoiceLine.Builder::lineTotal)
            .optional("gl_account_id", ColumnType.UUID_TYPE, InvoiceLine::glAccountId, ImmutableInvoiceLine.Builder::glAccountId)
            .optional("project_id", ColumnType.UUID_TYPE, InvoiceLine::projectId, ImmutableInvoiceLine.Builder::projectId)
            .build();

    static ImmutableInvoiceLine.Builder builder() {
        return ImmutableInvoiceLine.builder();
    }

    UUID invoiceId();

    @Positive
    int lineNumber();

    @NotBlank
    @Size(max = 1000)
    String description();

    @Positive
    @Digits(integer = 15, fraction = 4)
    BigDecimal quantity();

    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal unitPrice();

    @Value.Default
    @PositiveOrZero
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal discountRate() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    @PositiveOrZero
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal taxRate() {
        return BigDecimal.ZERO;
    }

    @PositiveOrZero
    BigDecimal lineSubtotal();

    @Value.Default
    @PositiveOrZero
    default BigDecimal discountAmount() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    @PositiveOrZero
    default BigDecimal taxAmount() {
        return BigDecimal.ZERO;
    }

    /** line subtotal − discount + tax. */
    @PositiveOrZero
    BigDecimal lineTotal();

    /** The revenue or expense account of the line; empty for the standard one. */
    Optional<UUID> glAccountId();

    Optional<UUID> projectId();

    /** The amount after discount, before tax. */
    default BigDecimal net() {
        return lineSubtotal().subtract(discountAmount());
    }

    /** The line as a draft line, to edit or to credit. */
    default InvoiceDraft.Line toDraft() {
        return new InvoiceDraft.Line(description(), quantity(), unitPrice(), discountRate(), taxRate(), glAccountId(), projectId());
    }

    @Value.Check
    default void check() {
        if (lineTotal().compareTo(lineSubtotal().subtract(discountAmount()).add(taxAmount())) != 0) {
            throw dev.atlvs.finance.FinanceRules.INVOICE_LINE_ITEMS_LINE_TOTAL_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
