package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who may keep the books: admins issue, void, post and reverse; managers prepare drafts but do not issue. */
@AtlvsTest
class FinancePermissionsTest {
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    @Test
    void anAdminIssuesAndVoidsAnInvoice(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Admin Books Live");
        FinanceFixtures.standardChart(acme);
        User admin = acme.addMember(MemberRole.ADMIN);

        Invoice voided = acme.as(admin, tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            Invoice issued = invoices.issue(invoices.createDraft(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD")).id(), JULY_20);
            return invoices.voidInvoice(issued.id(), JULY_20);
        });

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    }

    @Test
    void aManagerDraftsButDoesNotIssue(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Manager Books Live");
        FinanceFixtures.standardChart(acme);
        User manager = acme.addMember(MemberRole.MANAGER);
        Invoice draft = acme.as(manager, tx -> new InvoiceService(tx).createDraft(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD")));

        assertThatThrownBy(() -> acme.as(manager, tx -> new InvoiceService(tx).issue(draft.id(), JULY_20)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(FinancePermissions.INVOICES_ISSUE.name()));
        assertThatThrownBy(() -> acme.as(manager, tx -> new LedgerService(tx).reverse(draft.id(), JULY_20)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(FinancePermissions.JOURNAL_ENTRIES_REVERSE.name()));
    }
}
