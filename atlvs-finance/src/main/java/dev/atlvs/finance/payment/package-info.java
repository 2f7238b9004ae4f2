/**
 * Payments received and made, and their allocation to invoices, posted to the ledger with the realized
 * exchange difference of foreign-currency settlements.
 *
 * <pre>{@code
 * PaymentService payments = new PaymentService(tx);
 * payments.record(Payment.builder().organizationId(tx.organizationId()).direction(PaymentDirection.RECEIPT)
 *         .amount(new BigDecimal("10000.00")).currency("EUR").method(PaymentMethod.BANK_TRANSFER)
 *         .paidOn(LocalDate.of(2026, 8, 14)).reference("SEPA 2026-0814-77").build(),
 *         List.of(new PaymentService.Allocation(invoice.id(), new BigDecimal("10000.00"))));   // partially_paid
 * }</pre>
 */
package dev.atlvs.finance.payment;
