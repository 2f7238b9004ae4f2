package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.statement.BalanceSheet;
import dev.atlvs.finance.statement.FinancialStatements;
import dev.atlvs.finance.statement.ProfitAndLoss;
import dev.atlvs.finance.statement.StatementLine;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Profit and loss and balance sheet from the ledger's base amounts: the P&L's result equals the change of the
 * balance sheet's equity, and assets equal liabilities plus equity.
 */
@AtlvsTest
class FinancialStatementsTest {
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    private static void post(OrganizationFixture org, String number, LocalDate date, Account debit, Account credit, String amount, String currency,
            Optional<UUID> project) {
        org.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber(number).postingDate(date).description("Booking " + number)
                .projectId(project)
                .addLines(JournalEntryDraft.Line.debit(debit.id(), new BigDecimal(amount), currency),
                        JournalEntryDraft.Line.credit(credit.id(), new BigDecimal(amount), currency))
                .build()));
    }

    private static Account account(OrganizationFixture org, String number) {
        return org.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber(number).orElseThrow());
    }

    @Test
    void theResultOfThePeriodIsTheChangeOfEquityAndTheSheetBalances(Fixtures fixtures) {
        // given: capital in June, then a fee, a euro catering bill and a paid expense in July
        OrganizationFixture org = fixtures.organization("Statements Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        FinanceFixtures.rates(org);
        Project festival = FinanceFixtures.project(org, "Harbour Lights Festival");
        Account cash = chart.get(PostingPurpose.CASH);
        post(org, "JE-1", JUNE_30, cash, account(org, "3000"), "50000.00", "USD", Optional.empty());
        post(org, "JE-2", JUNE_30, account(org, "6500"), cash, "1000.00", "USD", Optional.empty());
        post(org, "JE-3", LocalDate.of(2026, 7, 5), chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE), account(org, "4000"), "24000.00", "USD",
                Optional.of(festival.id()));
        post(org, "JE-4", LocalDate.of(2026, 7, 12), account(org, "6200"), chart.get(PostingPurpose.ACCOUNTS_PAYABLE), "920.00", "EUR",
                Optional.of(festival.id()));
        post(org, "JE-5", LocalDate.of(2026, 7, 20), account(org, "6300"), cash, "350.00", "USD", Optional.empty());

        // when
        ProfitAndLoss july = org.asOwner(tx -> new FinancialStatements(tx).profitAndLoss(JULY_1, JULY_31));
        BalanceSheet endOfJune = org.asOwner(tx -> new FinancialStatements(tx).balanceSheet(LocalDate.of(2026, 6, 1), JUNE_30));
        BalanceSheet endOfJuly = org.asOwner(tx -> new FinancialStatements(tx).balanceSheet(JULY_1, JULY_31));

        // then: 24,000 revenue less 1,000 catering (920 EUR at 0.92) and 350 travel
        assertThat(july.currency()).isEqualTo("USD");
        assertThat(july.totalRevenue()).isEqualByComparingTo("24000.00");
        assertThat(july.totalExpenses()).isEqualByComparingTo("1350.00");
        assertThat(july.result()).isEqualByComparingTo("22650.00");
        assertThat(endOfJuly.periodResult()).isEqualByComparingTo(july.result());
        assertThat(endOfJuly.priorResult()).isEqualByComparingTo("-1000.00");
        assertThat(endOfJuly.totalEquity().subtract(endOfJune.totalEquity())).isEqualByComparingTo(july.result());
        assertThat(endOfJune.balances()).isTrue();
        assertThat(endOfJuly.balances()).isTrue();
        assertThat(endOfJuly.totalAssets()).isEqualByComparingTo("72650.00");
        assertThat(endOfJuly.liabilities()).extracting(StatementLine::accountNumber).containsExactly("2000");
    }

    @Test
    void aProjectsProfitAndLossHoldsOnlyItsOwnLines(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Project Statements Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        Project festival = FinanceFixtures.project(org, "Harbour Lights Festival");
        Project market = FinanceFixtures.project(org, "Winter Market");
        post(org, "JE-1", JULY_1, chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE), account(org, "4000"), "8000.00", "USD", Optional.of(festival.id()));
        post(org, "JE-2", JULY_1, account(org, "6000"), chart.get(PostingPurpose.CASH), "2500.00", "USD", Optional.of(festival.id()));
        post(org, "JE-3", JULY_1, chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE), account(org, "4300"), "900.00", "USD", Optional.of(market.id()));

        ProfitAndLoss festivalResult = org.asOwner(tx -> new FinancialStatements(tx).profitAndLoss(festival.id(), JULY_1, JULY_31));

        assertThat(festivalResult.projectId()).contains(festival.id());
        assertThat(festivalResult.revenue()).extracting(StatementLine::accountNumber).containsExactly("4000");
        assertThat(festivalResult.result()).isEqualByComparingTo("5500.00");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Statements Period Live");

        assertThatThrownBy(() -> org.asOwner(tx -> new FinancialStatements(tx).profitAndLoss(JULY_31, JULY_1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.PERIOD_INVALID));
    }
}
