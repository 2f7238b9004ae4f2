package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-invoice[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

// end::gs-invoice[]
/** The getting-started guide's finance step: an invoice issued and partly paid. */
public record FirstInvoice(Invoice issued, Invoice afterPayment, TrialBalance balance) {

    /** Invoices the client of {@code org} as {@code maya}. */
    public static FirstInvoice issue(Atlvs atlvs, UUID org, UUID maya) {
        // tag::gs-invoice[]
        FirstInvoice invoiced = atlvs.inTenant(org, maya, tx -> {
            new ChartOfAccounts(tx).installStandard();      // once per organization: 1000 Cash ... with posting accounts

            InvoiceService invoices = new InvoiceService(tx);
            Invoice draft = invoices.createDraft(InvoiceDraft.builder().direction(InvoiceDirection.RECEIVABLE)
                    .counterpartyName("Oslo Live AS").currency("NOK").title("Stage production, Northern Lights 2026")
                    .addLines(InvoiceDraft.Line.of("Stage management, days", new BigDecimal("5"), new BigDecimal("9500.00"))
                            .withTaxRate(new BigDecimal("25")))
                    .build());
            Invoice issued = invoices.issue(draft.id(), LocalDate.of(2026, 7, 20));   // numbered, posted to the ledger

            new PaymentService(tx).recordOldestFirst(Payment.builder().organizationId(org)
                    .direction(PaymentDirection.RECEIPT).amount(new BigDecimal("20000.00")).currency("NOK")
                    .method(PaymentMethod.BANK_TRANSFER).paidOn(LocalDate.of(2026, 8, 3))
                    .counterpartyName("Oslo Live AS").build());

            TrialBalance balance = new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            return new FirstInvoice(issued, invoices.get(issued.id()), balance);
        });
        // end::gs-invoice[]
        return invoiced;
    }
}
