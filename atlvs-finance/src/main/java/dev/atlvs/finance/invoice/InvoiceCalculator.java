package dev.atlvs.finance.invoice;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.currency.Currencies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The amounts of an invoice, from its lines. Every amount is rounded half up to the minor unit of the
 * invoice's currency (2 decimals for EUR, 0 for JPY, 3 for KWD) <em>per line</em>, and the invoice's totals are
 * the sums of the rounded line amounts, so the document always adds up as printed:
 * <ol>
 *   <li>line subtotal = round(quantity × unit price);</li>
 *   <li>line discount = round(line subtotal × discount rate / 100) — the discount comes before tax;</li>
 *   <li>line tax = round((line subtotal − line discount) × tax rate / 100) — tax is per line;</li>
 *   <li>line total = line subtotal − line discount + line tax;</li>
 *   <li>invoice subtotal, discount, tax and total = the sums of the lines' amounts.</li>
 * </ol>
 * A pure function: no database, no clock.
 */
public final class InvoiceCalculator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private InvoiceCalculator() {}

    /**
     * The amounts of one line, in the invoice's currency.
     *
     * @param subtotal quantity × unit price, rounded
     * @param discount the discount, rounded
     * @param tax the tax on the discounted amount, rounded
     * @param total subtotal − discount + tax
     */
    public record LineAmounts(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal total) {
        /** The amount after discount and before tax: what is booked to the revenue or expense account. */
        public BigDecimal net() {
            return subtotal.subtract(discount);
        }
    }

    /**
     * The amounts of an invoice.
     *
     * @param currency the currency
     * @param lines each line's amounts, in order
     * @param subtotal Σ line subtotals
     * @param discount Σ line discounts
     * @param tax Σ line taxes
     * @param total Σ line totals (= subtotal − discount + tax)
     */
    public record Totals(String currency, List<LineAmounts> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
            BigDecimal total) {
        public Totals {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The amounts of {@code lines} in {@code currency}.
     *
     * @throws ValidationException ({@link FinanceErrorCode#UNKNOWN_CURRENCY}, field {@code currency}, rule
     *         {@code currency_known}) for an unknown currency; ({@link FinanceErrorCode#INVOICE_INVALID}) naming each bad
     *         field, e.g. {@code lines[0].quantity} with rule {@code invoice_line_items_quantity_check} for a quantity
     *         that is not above zero, {@code lines[1].unitPrice} ({@code invoice_line_items_unit_price_check}) for a
     *         negative price, {@code lines[2].taxRate} for a rate outside 0-100, {@code lines} when there are none
     */
    public static Totals calculate(String currency, List<InvoiceDraft.Line> lines) {
        requireNonNull(lines, "lines is null");
        Currencies.require(currency, "Invoice", "currency");
        validate(lines);
        List<LineAmounts> amounts = new ArrayList<>(lines.size());
        BigDecimal subtotal = Currencies.round(BigDecimal.ZERO, currency);
        BigDecimal discount = subtotal;
        BigDecimal tax = subtotal;
        BigDecimal total = subtotal;
        for (InvoiceDraft.Line line : lines) {
            LineAmounts amount = line(currency, line);
            amounts.add(amount);
            subtotal = subtotal.add(amount.subtotal());
            discount = discount.add(amount.discount());
            tax = tax.add(amount.tax());
            total = total.add(amount.total());
        }
        return new Totals(currency, amounts, subtotal, discount, tax, total);
    }

    /** The amounts of one valid line in {@code currency}. */
    public static LineAmounts line(String currency, InvoiceDraft.Line line) {
        BigDecimal subtotal = Currencies.round(line.quantity().multiply(line.unitPrice()), currency);
        BigDecimal discount = Currencies.round(subtotal.multiply(line.discountRate()).divide(HUNDRED), currency);
        BigDecimal tax = Currencies.round(subtotal.subtract(discount).multiply(line.taxRate()).divide(HUNDRED), currency);
        return new LineAmounts(subtotal, discount, tax, subtotal.subtract(discount).add(tax));
    }

    private static void validate(List<InvoiceDraft.Line> lines) {
        List<FieldViolation> violations = new ArrayList<>();
        if (lines.isEmpty()) {
            violations.add(dev.atlvs.finance.FinanceRules.INVOICES_LINES_TOTAL.violation());
        }
        for (int i = 0; i < lines.size(); i++) {
            InvoiceDraft.Line line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line.description().isBlank() || line.description().length() > 1000) {
                violations.add(new FieldViolation(at + "description", "invoice_line_items_description_check", "is 1 to 1000 characters"));
            }
            if (line.quantity().signum() <= 0) {
                violations.add(new FieldViolation(at + "quantity", "invoice_line_items_quantity_check", "is above zero"));
            }
            if (line.unitPrice().signum() < 0) {
                violations.add(new FieldViolation(at + "unitPrice", "invoice_line_items_unit_price_check", "is zero or more"));
            }
            if (line.discountRate().signum() < 0 || line.discountRate().compareTo(HUNDRED) > 0 || line.discountRate().stripTrailingZeros().scale() > 2) {
                violations.add(new FieldViolation(at + "discountRate", "invoice_line_items_discount_rate_check",
                        "is a percentage from 0 to 100 with at most 2 decimals"));
            }
            if (line.taxRate().signum() < 0 || line.taxRate().compareTo(HUNDRED) > 0 || line.taxRate().stripTrailingZeros().scale() > 2) {
                violations.add(new FieldViolation(at + "taxRate", "invoice_line_items_tax_rate_check",
                        "is a percentage from 0 to 100 with at most 2 decimals"));
            }
            if (line.quantity().stripTrailingZeros().scale() > 4 || line.unitPrice().stripTrailingZeros().scale() > 4
                    || line.quantity().abs().compareTo(new BigDecimal("1E15")) >= 0 || line.unitPrice().abs().compareTo(new BigDecimal("1E15")) >= 0) {
                violations.add(new FieldViolation(at + "unitPrice", "Digits", "quantity and unit price have at most 15 digits and 4 decimals"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(FinanceErrorCode.INVOICE_INVALID, "Invoice", violations);
        }
    }
}
