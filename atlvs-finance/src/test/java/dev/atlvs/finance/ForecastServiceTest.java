package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.forecast.Forecast;
import dev.atlvs.finance.forecast.ForecastService;
import dev.atlvs.finance.forecast.ForecastVariance;
import dev.atlvs.finance.forecast.ImmutableForecast;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forecasts through {@link ForecastService}: no overlapping periods per project and scenario (also when created in racing
 * transactions, at every isolation level the SDK offers), and a variance always computed from the ledger.
 */
@AtlvsTest
class ForecastServiceTest {

    @Test
    void theVarianceIsActualFromTheLedgerLessProjected(Fixtures fixtures) {
        // given: Q3 forecast of 18,000 spend and 25,000 revenue; 4,000 spent and 30,000 earned in August
        OrganizationFixture org = fixtures.organization("Forecast Variance Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Forecast forecast = FinanceFixtures.forecast(org, project);
        Account fees = org.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber("4000").orElseThrow());
        Account equipment = org.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber("6000").orElseThrow());
        org.asOwner(tx -> {
            LedgerService ledger = new LedgerService(tx);
            ledger.post(JournalEntryDraft.builder().entryNumber("JE-1").postingDate(LocalDate.of(2026, 8, 3)).description("Fee").projectId(project.id())
                    .addLines(JournalEntryDraft.Line.debit(chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE).id(), new BigDecimal("30000.00"), "USD"),
                            JournalEntryDraft.Line.credit(fees.id(), new BigDecimal("30000.00"), "USD")).build());
            return ledger.post(JournalEntryDraft.builder().entryNumber("JE-2").postingDate(LocalDate.of(2026, 8, 4)).description("PA hire")
                    .projectId(project.id())
                    .addLines(JournalEntryDraft.Line.debit(equipment.id(), new BigDecimal("4000.00"), "USD"),
                            JournalEntryDraft.Line.credit(chart.get(PostingPurpose.CASH).id(), new BigDecimal("4000.00"), "USD")).build());
        });

        // when
        ForecastVariance variance = org.asOwner(tx -> new ForecastService(tx).variance(forecast.id()));

        // then
        assertThat(variance.actualSpend()).isEqualByComparingTo("4000.00");
        assertThat(variance.actualRevenue()).isEqualByComparingTo("30000.00");
        assertThat(variance.spendVariance()).isEqualByComparingTo("-14000.00");
        assertThat(variance.revenueVariance()).isEqualByComparingTo("5000.00");
    }

    @Test
    void anOverlappingForecastOfTheSameScenarioIsRefusedButAnotherScenarioIsNot(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Forecast Overlap Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Forecast base = FinanceFixtures.forecast(org, project);
        long forecasts = Rows.count(database, "forecasts");
        Forecast overlapping = Forecast.builder().organizationId(org.id()).projectId(project.id()).name("August outlook")
                .periodStart(LocalDate.of(2026, 8, 1)).periodEnd(LocalDate.of(2026, 8, 31)).forecastDate(base.forecastDate()).currency("USD").build();

        assertThatThrownBy(() -> org.asOwner(tx -> new ForecastService(tx).create(overlapping)))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.FORECAST_PERIOD_OVERLAP);
                    assertThat(e.field()).contains("periodStart");
                });
        assertThat(Rows.count(database, "forecasts")).isEqualTo(forecasts);

        Forecast worstCase = org.asOwner(tx -> new ForecastService(tx).create(ImmutableForecast.copyOf(overlapping).withScenario("worst_case")));
        assertThat(worstCase.scenario()).isEqualTo("worst_case");
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOverlappingForecastsCreatedInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Forecasts " + isolation);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Forecast quarter = Forecast.builder().organizationId(org.id()).projectId(project.id()).name("Q3 outlook")
                .periodStart(LocalDate.of(2026, 7, 1)).periodEnd(LocalDate.of(2026, 9, 30)).forecastDate(LocalDate.of(2026, 6, 15))
                .currency("USD").build();
        Forecast august = Forecast.builder().organizationId(org.id()).projectId(project.id()).name("August outlook")
                .periodStart(LocalDate.of(2026, 8, 1)).periodEnd(LocalDate.of(2026, 8, 31)).forecastDate(LocalDate.of(2026, 6, 15))
                .currency("USD").build();

        // when: both transactions have begun before either creates its forecast
        List<Race.Outcome<Forecast>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ForecastService(tx).create(quarter);
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ForecastService(tx).create(august);
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ScheduleConflictException.class,
                        // the service's own check names the forecast rule; the database's, caught first here under READ
                        // COMMITTED, is reported with the general overlap code
                        e -> assertThat(e.code()).isIn(FinanceErrorCode.FORECAST_PERIOD_OVERLAP, dev.atlvs.core.error.CoreErrorCode.OVERLAP)));
        long forecasts = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.forecasts where organization_id = :organizationId")
                .mapTo(Long.class).one());
        assertThat(forecasts).isEqualTo(1);
    }
}
