package dev.atlvs.pipeline.sales;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.deal.Conversion;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.DealSize;
import dev.atlvs.pipeline.sales.deal.DealStatus;
import dev.atlvs.pipeline.sales.deal.ImmutableDeal;
import dev.atlvs.pipeline.sales.deal.PipelineDeal;
import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@AtlvsTest
class DealServiceTest {

    @Test
    void aDealIsStoredAndReadBackWithWhatTheDatabaseDerives(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Deal round trip");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal wanted = SalesFixtures.dealBuilder(org, pipeline, "Harbour Lights Festival 2027", "180000")
                .description("Three stages, 25,000 a day").startsOn(LocalDate.of(2027, 7, 9)).endsOn(LocalDate.of(2027, 7, 11))
                .expectedCloseDate(LocalDate.of(2027, 2, 1)).addTags("festival", "repeat").customFields("{\"stages\": 3}").build();

        // when
        Deal created = org.asOwner(tx -> new DealService(tx).create(wanted));
        Deal read = org.asOwner(tx -> new DealService(tx).get(created.id()));

        // then
        assertThat(read).isEqualTo(created);
        assertThat(read.title()).isEqualTo("Harbour Lights Festival 2027");
        assertThat(read.status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(read.probability()).isEqualByComparingTo("10");
        assertThat(read.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(read.dealSize()).contains(DealSize.LARGE);
        assertThat(read.stageEnteredAt()).isPresent();
        assertThat(read.tags()).containsExactly("festival", "repeat");
        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Deal.TABLE, created.id()));
        assertThat(history).singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.INSERT));
    }

    @Test
    void aDealWithoutAValueCurrencyIsRefusedNamingTheField(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("No currency");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);

        // when
        Throwable failure = catchThrowable(() -> SalesFixtures.dealBuilder(org, pipeline, "Tour", "1000").currency(Optional.empty()).build());

        // then
        reports(failure, PipelineRules.PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK);
    }

    @Test
    void aBlankTitleIsRefusedUnderTheColumnsCheck(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Blank title");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal blank = SalesFixtures.dealBuilder(org, pipeline, " ", "1000").build();

        // when
        Throwable failure = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).create(blank)));

        // then
        assertThat(failure).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) failure).violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("title");
            assertThat(v.rule()).isEqualTo("pipeline_opportunities_title_check");
        });
    }

    @Test
    void eachMoveAppendsAConversionFactAndAStageChangeActivity(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Moves recorded");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Northfield Festival", "90000");

        // when
        org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Qualified").id()));
        Deal moved = org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Proposal").id()));

        // then
        assertThat(moved.probability()).isEqualByComparingTo("50");
        assertThat(moved.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        List<Conversion> facts = org.asOwner(tx -> new DealService(tx).conversions(deal.id()));
        assertThat(facts).extracting(Conversion::fromStageId, Conversion::toStageId).containsExactly(
                tuple(Optional.empty(), pipeline.stage("Lead").id()),
                tuple(Optional.of(pipeline.stage("Lead").id()), pipeline.stage("Qualified").id()),
                tuple(Optional.of(pipeline.stage("Qualified").id()), pipeline.stage("Proposal").id()));
        assertThat(facts.get(2).valueAtMove()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90000"));
        List<Activity> timeline = org.asOwner(tx -> new ActivityService(tx).timeline(deal.id()));
        assertThat(timeline).filteredOn(a -> a.type() == ActivityType.STAGE_CHANGE)
                .extracting(Activity::title).containsExactly("Moved from Lead to Qualified", "Moved from Qualified to Proposal");
        assertThat(timeline).filteredOn(a -> a.type() == ActivityType.STAGE_CHANGE)
                .allSatisfy(a -> assertThat(a.userId()).contains(org.owner().id()));
        List<DomainEvent> events = org.asOwner(tx -> new DomainEvents(tx).history("deal", deal.id()));
        assertThat(events).extracting(DomainEvent::eventType).containsExactly("deal.created", "deal.stage_changed", "deal.stage_changed");
    }

    @Test
    void aMoveMayBeDatedEarlierButNotInTheFutureNorBeforeThePreviousMove(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Backdated moves");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Instant opened = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Deal deal = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Riverbend Tour", "40000")
                .stageEnteredAt(opened).build()));
        Instant qualified = opened.plus(Duration.ofDays(10));

        // when
        Deal moved = org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Qualified").id(), qualified));
        Throwable future = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Proposal").id(),
                Instant.now().plus(Duration.ofDays(1)))));
        Throwable beforePrevious = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).moveTo(deal.id(),
                pipeline.stage("Proposal").id(), qualified.minus(Duration.ofDays(1)))));
        Throwable bySql = catchThrowable(() -> org.asOwner(tx -> tx.handle().createUpdate(
                "update atlvs.pipeline_opportunities set stage_id = :stage, stage_entered_at = :at where id = :id")
                .bind("stage", pipeline.stage("Proposal").id()).bind("at", opened).bind("id", deal.id()).execute()));

        // then
        assertThat(moved.stageEnteredAt()).contains(qualified);
        List<Conversion> facts = org.asOwner(tx -> new DealService(tx).conversions(deal.id()));
        assertThat(facts.get(1).movedAt()).isEqualTo(qualified);
        assertThat(facts.get(1).daysInFromStage()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("10"));
        reports(future, PipelineRules.PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT);
        reports(beforePrevious, PipelineRules.PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT);
        reports(bySql, PipelineRules.PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT);
        assertThat(org.<List<Conversion>>asOwner(tx -> new DealService(tx).conversions(deal.id()))).hasSize(2);
    }

    @Test
    void losingWithoutAReasonIsRefusedAndWritesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Lost without reason");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Castle Park Activation", "25000");

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).lose(deal.id(), "  ")));
        Throwable sql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where id = :id")
                .bind("stage", pipeline.lostStage().id()).bind("id", deal.id()).execute()));

        // then
        reports(sdk, PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON);
        reports(sql, PipelineRules.PIPELINE_OPPORTUNITIES_LOST_REASON);
        Deal after = org.asOwner(tx -> new DealService(tx).get(deal.id()));
        assertThat(after.status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(after.version()).isEqualTo(deal.version());
        assertThat(org.<List<Conversion>>asOwner(tx -> new DealService(tx).conversions(deal.id()))).hasSize(1);
    }

    @Test
    void aLostDealHasProbabilityZeroItsReasonAndMovesNoFurther(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Lost is final");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Seaview Festival", "60000");

        // when
        Deal lost = org.asOwner(tx -> new DealService(tx).lose(deal.id(), "Lost to a competitor on price"));
        Throwable move = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Proposal").id())));
        Throwable sql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where id = :id")
                .bind("stage", pipeline.stage("Proposal").id()).bind("id", deal.id()).execute()));

        // then
        assertThat(lost.status()).isEqualTo(DealStatus.LOST);
        assertThat(lost.probability()).isEqualByComparingTo("0");
        assertThat(lost.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
        assertThat(lost.lostReason()).contains("Lost to a competitor on price");
        assertThat(lost.actualCloseDate()).isPresent();
        assertThat(move).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) move).code()).isEqualTo(PipelineErrorCode.DEAL_TRANSITION_INVALID);
        reports(move, PipelineRules.PIPELINE_OPPORTUNITIES_STATUS_TRANSITION);
        reports(sql, PipelineRules.PIPELINE_OPPORTUNITIES_STATUS_TRANSITION);
    }

    @Test
    void theStatusFollowsTheStageWhoeverWritesIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Status of stage");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Eastgate Tour", "30000");

        // when: a status of won outside the won stage, by SQL; the won stage by SQL moves the status with it
        Throwable wonOutside = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_opportunities set status = 'won' where id = :id").bind("id", deal.id()).execute()));
        Throwable openedAsWon = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).create(
                SalesFixtures.dealBuilder(org, pipeline, "Won at once", "1000").stageId(pipeline.wonStage().id()).build())));
        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where id = :id")
                .bind("stage", pipeline.wonStage().id()).bind("id", deal.id()).execute());

        // then
        reports(wonOutside, PipelineRules.PIPELINE_OPPORTUNITIES_STATUS_OF_STAGE);
        reports(openedAsWon, PipelineRules.PIPELINE_OPPORTUNITIES_STATUS_OF_STAGE);
        Deal won = org.asOwner(tx -> new DealService(tx).get(deal.id()));
        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.probability()).isEqualByComparingTo("100");
        assertThat(won.actualCloseDate()).isPresent();
    }

    @Test
    void holdingAndResumingFollowTheLifecycle(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Hold and resume");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Millbrook Activation", "12000");

        // when
        Deal held = org.asOwner(tx -> new DealService(tx).hold(deal.id()));
        Throwable twice = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).hold(deal.id())));
        Deal resumed = org.asOwner(tx -> new DealService(tx).resume(deal.id()));

        // then
        assertThat(held.status()).isEqualTo(DealStatus.ON_HOLD);
        assertThat(held.stageId()).isEqualTo(deal.stageId());
        assertThat(twice).isInstanceOf(ConflictException.class);
        assertThat(resumed.status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(org.<List<DomainEvent>>asOwner(tx -> new DomainEvents(tx).history("deal", deal.id())))
                .extracting(DomainEvent::eventType).containsExactly("deal.created", "deal.held", "deal.resumed");
    }

    @Test
    void conversionFactsAndStageChangesAreNeverWrittenByHand(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("By hand");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Highmoor Festival", "75000");
        Conversion first = org.<List<Conversion>>asOwner(tx -> new DealService(tx).conversions(deal.id())).get(0);

        // when
        Throwable insert = catchThrowable(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.pipeline_conversions (organization_id, opportunity_id, pipeline_id, to_stage_id, moved_at, probability)
                values (:org, :deal, :pipeline, :stage, now(), 50)
                """).bind("org", org.id()).bind("deal", deal.id()).bind("pipeline", pipeline.pipeline().id())
                .bind("stage", pipeline.stage("Proposal").id()).execute()));
        Throwable update = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_conversions set probability = 99 where id = :id").bind("id", first.id()).execute()));
        Throwable delete = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("delete from atlvs.pipeline_conversions where id = :id").bind("id", first.id()).execute()));
        Throwable stageChange = catchThrowable(() -> org.asOwner(tx -> new ActivityService(tx).log(Activity.builder()
                .organizationId(org.id()).opportunityId(deal.id()).type(ActivityType.STAGE_CHANGE).title("Moved by hand")
                .toStageId(pipeline.stage("Proposal").id()).completed(true).completedAt(Instant.now()).build())));
        Throwable stageChangeBySql = catchThrowable(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, to_stage_id, completed, completed_at)
                values (:org, :deal, 'stage_change', 'Moved by hand', :stage, true, now())
                """).bind("org", org.id()).bind("deal", deal.id()).bind("stage", pipeline.stage("Proposal").id()).execute()));

        // then
        reports(insert, PipelineRules.PIPELINE_CONVERSIONS_STAGE_MOVE_ONLY);
        reports(update, PipelineRules.PIPELINE_CONVERSIONS_APPEND_ONLY);
        reports(delete, PipelineRules.PIPELINE_CONVERSIONS_APPEND_ONLY);
        reports(stageChange, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM);
        reports(stageChangeBySql, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM);
        assertThat(org.<List<Conversion>>asOwner(tx -> new DealService(tx).conversions(deal.id()))).containsExactly(first);
    }

    @Test
    void thePipelineDealsViewHoldsDealsFromProposalOnAndWonDealsWithTheirBookedValue(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Pipeline deals view");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal lead = SalesFixtures.deal(org, pipeline, "Still a lead", "10000");
        Deal proposal = SalesFixtures.dealIn(org, pipeline, "At proposal", "20000", "Proposal");
        Deal negotiation = SalesFixtures.dealIn(org, pipeline, "In negotiation", "30000", "Negotiation");
        Deal won = SalesFixtures.dealIn(org, pipeline, "Won it", "40000", "Won");
        Deal lost = SalesFixtures.dealIn(org, pipeline, "Lost it", "50000", "Lost");

        // when
        List<PipelineDeal> rows = org.asOwner(tx -> new DealService(tx).pipelineDeals(pipeline.pipeline().id()));

        // then
        assertThat(rows).extracting(PipelineDeal::id).containsExactlyInAnyOrder(proposal.id(), negotiation.id(), won.id())
                .doesNotContain(lead.id(), lost.id());
        assertThat(rows).filteredOn(r -> r.id().equals(won.id())).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(DealStatus.WON);
            assertThat(row.stageName()).isEqualTo("Won");
            assertThat(row.bookedValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40000"));
            assertThat(row.projectId()).isPresent();
        });
        assertThat(rows).filteredOn(r -> r.id().equals(proposal.id())).singleElement()
                .satisfies(row -> assertThat(row.bookedValue()).isEmpty());
    }

    @Test
    void aValueChangeKeepsTheStageAndReDerivesTheSize(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Value change");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Lakeshore Festival", "20000");

        // when
        Deal changed = org.asOwner(tx -> new DealService(tx).update(ImmutableDeal.copyOf(new DealService(tx).get(deal.id()))
                .withValue(new BigDecimal("650000")).withStageId(pipeline.stage("Negotiation").id())));

        // then
        assertThat(changed.dealSize()).contains(DealSize.ENTERPRISE);
        assertThat(changed.stageId()).as("update never moves a deal").isEqualTo(deal.stageId());
        assertThat(org.<List<DomainEvent>>asOwner(tx -> new DomainEvents(tx).history("deal", deal.id())))
                .extracting(DomainEvent::eventType).containsExactly("deal.created", "deal.value_changed");
    }

    @Test
    void aDealIsFoundByItsClientsNameWithItsStageAndClientAsSubtitle(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Deal search");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        dev.atlvs.people.company.Company client = dev.atlvs.people.testing.CompanyFixtures.client(org, "Saltmarsh Arts Trust");
        Deal deal = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Winter Lantern Parade", "35000")
                .companyId(client.id()).build()));
        org.asOwner(tx -> new dev.atlvs.pipeline.sales.pipeline.PipelineService(tx).renameStage(pipeline.stage("Lead").id(), "Enquiry"));

        // when
        List<dev.atlvs.core.search.SearchHit> hits = org.asOwner(tx -> tx.search()
                .query(dev.atlvs.core.search.SearchQuery.of("saltmarsh").types("deal")).hits());

        // then
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(deal.id());
            assertThat(hit.title()).isEqualTo("Winter Lantern Parade");
            assertThat(hit.subtitle()).hasValueSatisfying(sub -> assertThat(sub).contains("Enquiry").contains("Saltmarsh Arts Trust"));
        });
        assertThat(org.<Deal>asOwner(tx -> new DealService(tx).get(deal.id())).stageName()).contains("Enquiry");
    }
}
