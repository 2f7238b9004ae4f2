package dev.atlvs.finance.invoice;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.AtlvsStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What a caller writes to create or edit a draft invoice with {@link InvoiceService}: the header and the lines.
 * The amounts are not given: {@link InvoiceCalculator} derives them from the lines.
 *
 * <pre>{@code
 * InvoiceDraft fee = InvoiceDraft.builder().direction(InvoiceDirection.RECEIVABLE)
 *         .counterpartyName("Northern Lights Festival GmbH").title("Production fee, July 2026").currency("EUR")
 *         .addLines(InvoiceDraft.Line.of("Stage production", new BigDecimal("1"), new BigDecimal("25000.00")).withTaxRate(new BigDecimal("19")))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@AtlvsStyle
public interface InvoiceDraft extends InvoiceHeader {

    static ImmutableInvoiceDraft.Builder builder() {
        return ImmutableInvoiceDraft.builder();
    }

    /** The ISO 4217 currency of every amount of the invoice. */
    @NotNull
    String currency();

    /** Days from the issue date to the due date, unless {@link #dueDate()} is given. */
    @Value.Default
    @PositiveOrZero
    @Max(365)
    default int paymentTermsDays() {
        return 30;
    }

    /** The due date; when empty it is the issue date plus {@link #paymentTermsDays()}. */
    Optional<LocalDate> dueDate();

    List<Line> lines();

    /**
     * One line to bill: {@code quantity} × {@code unitPrice}, less {@code discountRate} percent, plus
     * {@code taxRate} percent of what remains.
     *
     * @param description what is billed
     * @param quantity how many, above zero
     * @param unitPrice the price of one, zero or more
     * @param discountRate the discount in percent, 0-100
     * @param taxRate the tax in percent, 0-100
     * @param glAccountId the revenue (receivable) or expense (payable) account, when not the standard one
     * @param projectId the project of the line, when it differs from the invoice's
     */
    record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountRate, BigDecimal taxRate,
            Optional<UUID> glAccountId, Optional<UUID> projectId) {
        public Line {
            requireNonNull(description, "description is null");
            requireNonNull(quantity, "quantity is null");
            requireNonNull(unitPrice, "unitPrice is null");
            requireNonNull(discountRate, "discountRate is null");
            requireNonNull(taxRate, "taxRate is null");
            requireNonNull(glAccountId, "glAccountId is null");
            requireNonNull(projectId, "projectId is null");
        }

        /** A line without discount, tax, account or project of its own. */
        public static Line of(String description, BigDecimal quantity, BigDecimal unitPrice) {
            return new Line(description, quantity, unitPrice, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), Optional.empty());
        }

        public Line withDiscountRate(BigDecimal rate) {
            return new Line(description, quantity, unitPrice, rate, taxRate, glAccountId, projectId);
        }

        public Line withTaxRate(BigDecimal rate) {
            return new Line(description, quantity, unitPrice, discountRate, rate, glAccountId, projectId);
        }

        public Line withAccount(UUID account) {
            return new Line(description, quantity, unitPrice, discountRate, taxRate, Optional.of(account), projectId);
        }

        public Line withProject(UUID project) {
            return new Line(description, quantity, unitPrice, discountRate, taxRate, glAccountId, Optional.of(project));
        }
    }
}
