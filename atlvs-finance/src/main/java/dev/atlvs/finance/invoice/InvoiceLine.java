package dev.atlvs.finance.invoice;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("invoice_line_items")
public interface InvoiceLine extends TenantEntity {

    Table<InvoiceLine, ImmutableInvoiceLine.Builder> TABLE = InvoiceLineTable.TABLE;

    static ImmutableInvoiceLine.Builder builder() {
        return ImmutableInvoiceLine.builder();
    }

    @Db.Fixed
    UUID invoiceId();

    @Db.Sortable
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

    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @PositiveOrZero
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal discountRate() {
        return BigDecimal.ZERO;
    }

    @Db.Numeric(precision = 5, scale = 2)
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
