package dev.atlvs.docs.snippets.readme;

// tag::readme-finance[]
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.currency.ExchangeRates;
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

// end::readme-finance[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.user.User;
import java.util.UUID;

/** The README's finance: an invoice in a foreign currency, a part payment, the trial balance. */
public final class Finance {
    private Finance() {
    }

    /** The trial balance of 2026 after the README's invoice and payment. */
    public static TrialBalance invoiceAndPayment(Atlvs atlvs, UUID org, User maya) {
        // tag::readme-finance[]
        TrialBalance balance = atlvs.inTenant(org, maya.id(), tx -> {
            new ChartOfAccounts(tx).installStandard();                        // 1000 Cash ... 6960 Depreciation, posting accounts assigned
            new ExchangeRates(tx).record("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2026, 7, 1), "ECB");

            InvoiceService invoices = new InvoiceService(tx);
            Invoice draft = invoices.createDraft(InvoiceDraft.builder().direction(InvoiceDirection.RECEIVABLE)
                    .counterpartyName("Oslo Live AS").currency("EUR").title("Production fee")
                    .addLines(InvoiceDraft.Line.of("Stage management, days", new BigDecimal("5"), new BigDecimal("1200.00"))
                            .withTaxRate(new BigDecimal("25")))
                    .build());
            Invoice issued = invoices.issue(draft.id(), LocalDate.of(2026, 7, 20));  // INV-2026-000001, posted Dr AR / Cr revenue, tax

            new PaymentService(tx).recordOldestFirst(Payment.builder().organizationId(tx.organizationId())
                    .direction(PaymentDirection.RECEIPT).amount(new BigDecimal("3000.00")).currency("EUR")
                    .method(PaymentMethod.BANK_TRANSFER).paidOn(LocalDate.of(2026, 8, 14)).counterpartyName("Oslo Live AS").build());
            return new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        });
        // end::readme-finance[]
        return balance;
    }
}
