package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.revenue.RecognitionMethod;
import dev.atlvs.finance.revenue.RecognitionStatus;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueRecognition;
import dev.atlvs.finance.revenue.RevenueService;
import dev.atlvs.finance.revenue.RevenueSource;
import dev.atlvs.finance.revenue.RevenueStatus;
import dev.atlvs.projects.milestone.ImmutableMilestone;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Revenue through {@link RevenueService}: schedules from the recognition terms, and postings Dr deferred revenue / Cr revenue as earned. */
@AtlvsTest
class RevenueRecognitionTest {

    private static dev.atlvs.finance.revenue.ImmutableRevenue.Builder sponsorship(OrganizationFixture org, Project project) {
        return Revenue.builder().organizationId(org.id()).projectId(project.id()).description("Main stage sponsorship")
                .amount(new BigDecimal("10000.00")).currency("USD").source(RevenueSource.SPONSORSHIP);
    }

    @Test
    void straightLineRevenueFromMidMonthIsScheduledByDaysOfService(Fixtures fixtures) {
        // given 10,000 over 15 July to 14 September: 17, 31 and 14 of 62 days.
        // Cumulative 10,000 × 17/62 = 2,741.94, × 48/62 = 7,741.94, then 10,000.
        OrganizationFixture org = fixtures.organization("Straight Line Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");

        // when
        Revenue revenue = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project)
                .recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(LocalDate.of(2026, 7, 15)).serviceEnd(LocalDate.of(2026, 9, 14))
                .build()));

        // then
        List<RevenueRecognition> schedule = org.asOwner(tx -> new RevenueService(tx).scheduleOf(revenue.id()));
        assertThat(schedule).extracting(RevenueRecognition::recognizeOn, RevenueRecognition::amount).containsExactly(
                Tuple.tuple(LocalDate.of(2026, 7, 31), new BigDecimal("2741.9400")),
                Tuple.tuple(LocalDate.of(2026, 8, 31), new BigDecimal("5000.0000")),
                Tuple.tuple(LocalDate.of(2026, 9, 14), new BigDecimal("2258.0600")));
    }

    @Test
    void straightLineRevenueOverWholeMonthsIsScheduledMonthlyWithTheRemainderLast(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Whole Months Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");

        // when
        Revenue revenue = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project)
                .recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(LocalDate.of(2026, 7, 1)).serviceEnd(LocalDate.of(2026, 9, 30))
                .build()));

        // then
        List<RevenueRecognition> schedule = org.asOwner(tx -> new RevenueService(tx).scheduleOf(revenue.id()));
        assertThat(schedule).extracting(RevenueRecognition::recognizeOn, RevenueRecognition::amount).containsExactly(
                Tuple.tuple(LocalDate.of(2026, 7, 31), new BigDecimal("3333.3300")),
                Tuple.tuple(LocalDate.of(2026, 8, 31), new BigDecimal("3333.3300")),
                Tuple.tuple(LocalDate.of(2026, 9, 30), new BigDecimal("3333.3400")));
    }

    @Test
    void aYearFromMidMarchIsRecognisedByTheYearEndInProportionToDaysOrByTheMidMonthConvention(Fixtures fixtures) {
        // given 12,000 from 15 March to 14 March of the next year, daily and mid-month
        OrganizationFixture org = fixtures.organization("Time Proportional Live");
        FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Revenue daily = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project).amount(new BigDecimal("12000.00"))
                .recognitionMethod(RecognitionMethod.STRAIGHT_LINE_DAILY).serviceStart(LocalDate.of(2026, 3, 15))
                .serviceEnd(LocalDate.of(2027, 3, 14)).build()));
        Revenue midMonth = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project).amount(new BigDecimal("12000.00"))
                .recognitionMethod(RecognitionMethod.STRAIGHT_LINE_MID_MONTH).serviceStart(LocalDate.of(2026, 3, 15))
                .serviceEnd(LocalDate.of(2027, 3, 14)).build()));

        // when
        List<RevenueRecognition> recognized = org.asOwner(tx -> new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 12, 31)));

        // then 292 of 365 days: 9,600.00; half of March and nine months: 9,500.00
        assertThat(sum(recognized, daily)).isEqualByComparingTo("9600.00");
        assertThat(sum(recognized, midMonth)).isEqualByComparingTo("9500.00");
        Revenue stored = org.asOwner(tx -> tx.repository(dev.atlvs.finance.revenue.RevenueRepository.class).get(midMonth.id()));
        assertThat(stored.recognitionMethod()).isEqualTo(RecognitionMethod.STRAIGHT_LINE_MID_MONTH);
    }

    private static BigDecimal sum(List<RevenueRecognition> recognized, Revenue revenue) {
        return recognized.stream().filter(r -> r.revenueId().equals(revenue.id())).map(RevenueRecognition::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void recognizingPostsDeferredRevenueAgainstTheSourcesRevenueAccount(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Recognition Posting Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Revenue revenue = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project)
                .recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(LocalDate.of(2026, 7, 15)).serviceEnd(LocalDate.of(2026, 9, 14))
                .build()));

        // when
        List<RevenueRecognition> recognized = org.asOwner(tx -> new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 8, 31)));

        // then
        assertThat(recognized).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RecognitionStatus.RECOGNIZED);
            assertThat(r.journalEntryId()).isPresent();
        });
        Account sponsorshipAccount = org.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber("4100").orElseThrow());
        List<JournalLine> lines = org.asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(recognized.get(0).journalEntryId().get()));
        assertThat(lines).extracting(JournalLine::accountId, JournalLine::debit, JournalLine::credit).containsExactly(
                Tuple.tuple(chart.get(PostingPurpose.DEFERRED_REVENUE).id(), new BigDecimal("2741.9400"), new BigDecimal("0.0000")),
                Tuple.tuple(sponsorshipAccount.id(), new BigDecimal("0.0000"), new BigDecimal("2741.9400")));
        List<RevenueRecognition> again = org.asOwner(tx -> new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 8, 31)));
        assertThat(again).isEmpty();
        assertThat(revenue.status()).isEqualTo(RevenueStatus.PROJECTED);
    }

    @Test
    void milestoneRevenueIsRecognizedOnlyOnceTheMilestoneIsCompleted(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Milestone Recognition Live");
        FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Milestone showDay = ProjectFixtures.milestone(org, project, "Show day", LocalDate.of(2026, 9, 18));
        Revenue fee = org.asOwner(tx -> new RevenueService(tx).record(sponsorship(org, project).source(RevenueSource.FEE)
                .recognitionMethod(RecognitionMethod.ON_MILESTONE).milestoneId(showDay.id()).build()));

        // when / then: due but not completed
        List<RevenueRecognition> early = org.asOwner(tx -> new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 9, 30)));
        assertThat(early).isEmpty();

        // when / then: completed on 19 September
        org.asOwner(tx -> tx.repository(MilestoneRepository.class).update(ImmutableMilestone.copyOf(tx.repository(MilestoneRepository.class)
                .get(showDay.id())).withCompletedAt(Instant.parse("2026-09-19T18:00:00Z"))));
        List<RevenueRecognition> recognized = org.asOwner(tx -> new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 9, 30)));
        assertThat(recognized).singleElement().satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("10000.00"));
        assertThat(fee.recognitionMethod()).isEqualTo(RecognitionMethod.ON_MILESTONE);
    }

    @Test
    void revenueOnDateWithoutItsDateIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Revenue Terms Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        long revenue = Rows.count(database, "revenue");

        assertThatThrownBy(() -> sponsorship(org, project).recognitionMethod(RecognitionMethod.ON_DATE).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(Tuple.tuple("recognitionMethod", "revenue_recognition_check")));
        assertThat(Rows.count(database, "revenue")).isEqualTo(revenue);
    }

    @Test
    void cancelledRevenueDropsItsScheduleAndCannotBeCancelledAgain(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Revenue Cancel Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));

        Revenue cancelled = org.asOwner(tx -> new RevenueService(tx).cancel(revenue.id()));

        assertThat(cancelled.status()).isEqualTo(RevenueStatus.CANCELLED);
        List<RevenueRecognition> schedule = org.asOwner(tx -> new RevenueService(tx).scheduleOf(revenue.id()));
        assertThat(schedule).isEmpty();
        assertThatThrownBy(() -> org.asOwner(tx -> new RevenueService(tx).cancel(revenue.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.REVENUE_TRANSITION_INVALID));
    }
}
