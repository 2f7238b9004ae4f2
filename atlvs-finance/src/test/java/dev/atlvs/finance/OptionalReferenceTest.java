package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An optional reference of the finance module loses its target when the target is deleted for good: the column
 * becomes null and the document stays as it was otherwise, posted and issued ones included, whatever code deletes
 * (here plain SQL), one test per foreign key. The keys have no ON DELETE SET NULL action (Citus refuses it on keys
 * that hold organization_id); the trigger that core's {@code atlvs.null_on_delete} installs on the referenced table
 * does it.
 */
@AtlvsTest
class OptionalReferenceTest {

    @Test
    void deletingAProjectLeavesItsPostedJournalEntryPostedWithoutProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Entry Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        JournalEntry entry = post(acme, project.id(), null);

        deleteProject(acme, project);

        assertThat(column(acme, "journal_entries", "project_id", entry.id())).isNull();
        assertThat(column(acme, "journal_entries", "status", entry.id())).isEqualTo("posted");
    }

    @Test
    void deletingAProjectLeavesTheLinesBookedOnItWithoutProjectAndTheirAmounts(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Line Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        JournalEntry entry = post(acme, null, project.id());
        UUID line = acme.asOwner(tx -> tx.handle()
                .createQuery("select id from atlvs.journal_lines where organization_id = :organizationId and entry_id = :entry and project_id is not null")
                .bind("organizationId", acme.id()).bind("entry", entry.id()).mapTo(UUID.class).one());

        deleteProject(acme, project);

        assertThat(column(acme, "journal_lines", "project_id", line)).isNull();
        assertThat(column(acme, "journal_lines", "debit", line)).isEqualTo("640.0000");
    }

    @Test
    void deletingAProjectLeavesItsIssuedInvoiceIssuedWithoutProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Invoice Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        Invoice invoice = issue(acme, InvoiceDraft.builder().from(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD"))
                .projectId(project.id()).build());

        deleteProject(acme, project);

        assertThat(column(acme, "invoices", "project_id", invoice.id())).isNull();
        assertThat(column(acme, "invoices", "status", invoice.id())).isEqualTo("issued");
    }

    @Test
    void deletingAProjectLeavesTheInvoiceLinesBilledOnItWithoutProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Invoice Line Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        InvoiceDraft draft = FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD");
        Invoice invoice = issue(acme, InvoiceDraft.builder().from(draft)
                .lines(List.of(draft.lines().get(0).withProject(project.id()), draft.lines().get(1))).build());
        InvoiceLine billed = FinanceFixtures.firstLine(acme, invoice);
        assertThat(billed.projectId()).contains(project.id());

        deleteProject(acme, project);

        assertThat(column(acme, "invoice_line_items", "project_id", billed.id())).isNull();
        assertThat(column(acme, "invoice_line_items", "line_total", billed.id())).isEqualTo(billed.lineTotal().toPlainString());
    }

    @Test
    void deletingAProjectLeavesItsDraftExpenseWithoutProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Expense Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        Expense expense = acme.asOwner(tx -> new ExpenseService(tx).record(
                FinanceFixtures.expenseBuilder(acme, project, BudgetCategory.EQUIPMENT, "84.90").build()));

        deleteProject(acme, project);

        assertThat(column(acme, "expenses", "project_id", expense.id())).isNull();
    }

    @Test
    void deletingABudgetLeavesTheExpensesCountedAgainstItWithoutBudget(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Budget Keepers");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        Budget budget = FinanceFixtures.budget(acme, project);
        Expense expense = FinanceFixtures.expense(acme, crew, budget, "84.90");

        acme.asOwner(tx -> tx.handle().createUpdate("delete from atlvs.budgets where organization_id = :organizationId and id = :id")
                .bind("organizationId", acme.id()).bind("id", budget.id()).execute());

        assertThat(column(acme, "expenses", "budget_id", expense.id())).isNull();
        assertThat(column(acme, "expenses", "project_id", expense.id())).isEqualTo(project.id().toString());
    }

    @Test
    void deletingAProjectLeavesItsRevenueWithoutProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Revenue Keepers");
        Project project = FinanceFixtures.project(acme, "Harbour Stage");
        Revenue revenue = FinanceFixtures.revenue(acme, project);

        deleteProject(acme, project);

        assertThat(column(acme, "revenue", "project_id", revenue.id())).isNull();
        assertThat(column(acme, "revenue", "amount", revenue.id())).isEqualTo("12000.0000");
    }

    /** A posted entry of 640.00 USD (Dr catering, Cr cash), on {@code entryProject}, its debit line on {@code lineProject}. */
    private static JournalEntry post(OrganizationFixture acme, UUID entryProject, UUID lineProject) {
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account catering = FinanceFixtures.account(acme, AccountType.EXPENSE, "Catering");
        JournalEntryDraft.Line debit = JournalEntryDraft.Line.debit(catering.id(), new BigDecimal("640.00"), "USD");
        JournalEntryDraft draft = JournalEntryDraft.builder().entryNumber("JE-" + UUID.randomUUID().toString().substring(0, 8))
                .postingDate(LocalDate.of(2026, 7, 20)).description("Catering for the crew")
                .projectId(Optional.ofNullable(entryProject))
                .addLines(lineProject == null ? debit : debit.withProject(lineProject),
                        JournalEntryDraft.Line.credit(cash.id(), new BigDecimal("640.00"), "USD"))
                .build();
        return acme.asOwner(tx -> new LedgerService(tx).post(draft));
    }

    private static Invoice issue(OrganizationFixture acme, InvoiceDraft draft) {
        FinanceFixtures.standardChart(acme);
        return acme.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            return invoices.issue(invoices.createDraft(draft).id(), LocalDate.of(2026, 7, 20));
        });
    }

    private static void deleteProject(OrganizationFixture acme, Project project) {
        acme.asOwner(tx -> tx.handle().createUpdate("delete from atlvs.projects where organization_id = :organizationId and id = :id")
                .bind("organizationId", acme.id()).bind("id", project.id()).execute());
    }

    /** The value of {@code column} of the row {@code id} of {@code table}, as text (null when null). */
    private static String column(OrganizationFixture acme, String table, String column, UUID id) {
        return acme.asOwner(tx -> tx.handle()
                .createQuery("select " + column + "::text from atlvs." + table + " where organization_id = :organizationId and id = :id")
                .bind("organizationId", acme.id())
                .bind("id", id)
                .mapTo(String.class)
                .one());
    }
}
