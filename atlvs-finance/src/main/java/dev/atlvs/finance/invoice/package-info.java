/**
 * Receivable and payable invoices, their line items and credit notes: drafting with {@link
 * dev.atlvs.finance.invoice.InvoiceCalculator} amounts, issuing (gap-free numbers, posting to the ledger),
 * voiding, crediting, overdue detection and aging.
 *
 * <pre>{@code
 * InvoiceService invoices = new InvoiceService(tx);
 * Invoice draft = invoices.createDraft(InvoiceDraft.builder().direction(InvoiceDirection.RECEIVABLE)
 *         .counterpartyName("Northern Lights Festival GmbH").title("Production fee").currency("EUR")
 *         .addLines(InvoiceDraft.Line.of("Stage production", BigDecimal.ONE, new BigDecimal("25000.00"))
 *                 .withTaxRate(new BigDecimal("19")))
 *         .build());
 * Invoice issued = invoices.issue(draft.id(), LocalDate.of(2026, 7, 20));   // INV-2026-000001, Dr AR / Cr revenue, tax
 * AgingReport aging = invoices.aging(InvoiceDirection.RECEIVABLE, LocalDate.of(2026, 9, 30));
 * }</pre>
 */
package dev.atlvs.finance.invoice;
