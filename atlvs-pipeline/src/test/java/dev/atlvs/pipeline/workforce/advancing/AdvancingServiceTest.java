package dev.atlvs.pipeline.workforce.advancing;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.company.Company;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.testing.AdvancingFixtures;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.Project;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@AtlvsTest
class AdvancingServiceTest {

    @Test
    void anItemWithItsVendorOwnerAndCostsReadsBackAsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Round Trip");
        Project project = AdvancingFixtures.festival(acme).project();
        Company vendor = AdvancingFixtures.vendor(acme, "Northern Power Hire");

        // when
        AdvancingItem added = acme.asOwner(tx -> new AdvancingService(tx).add(AdvancingFixtures.itemBuilder(project, AdvancingCategory.POWER,
                "Generators, 2 x 500 kVA").description("Main stage and food court").priority(Priority.HIGH).ownerId(acme.owner().id())
                .vendorId(vendor.id()).dueDate(LocalDate.of(2026, 8, 15)).estimatedCost(new BigDecimal("18000.0000")).currency("EUR").build()));
        AdvancingItem read = acme.asOwner(tx -> new AdvancingService(tx).get(added.id()));

        // then
        assertThat(read).isEqualTo(added);
        assertThat(read.status()).isEqualTo(AdvancingStatus.PENDING);
        assertThat(read.vendorId()).contains(vendor.id());
        assertThat(read.completedAt()).isEmpty();
    }

    @Test
    void aCostWithoutACurrencyIsRefusedThroughTheSdkAndByRawSqlAndNothingIsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Currency");
        Project project = AdvancingFixtures.festival(acme).project();
        AdvancingItem item = AdvancingFixtures.item(acme, project, AdvancingCategory.AUDIO, "Main stage PA", "24000", "EUR");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new AdvancingService(tx).add(AdvancingFixtures.itemBuilder(project, AdvancingCategory.VIDEO,
                "LED screens").estimatedCost(new BigDecimal("5000")).build())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> reports(e, PipelineRules.ADVANCING_ITEMS_COST_CURRENCY));
        assertThatThrownBy(() -> acme.asOwner(tx -> dev.atlvs.pipeline.workforce.onboarding.Rules.sql(tx,
                "update atlvs.advancing_items set currency = null where id = :id", item.id())))
                .satisfies(e -> reports(e, PipelineRules.ADVANCING_ITEMS_COST_CURRENCY));
        assertThat(acme.<List<AdvancingItem>>asOwner(tx -> new AdvancingService(tx).ofProject(project.id())))
                .singleElement().satisfies(only -> assertThat(only.currency()).contains("EUR"));
    }

    @Test
    void aTitleTooLongIsRefusedNamingTheField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Advance Title");
        Project project = AdvancingFixtures.festival(acme).project();

        assertThatThrownBy(() -> acme.asOwner(tx -> new AdvancingService(tx).add(AdvancingFixtures.itemBuilder(project, AdvancingCategory.MEDICAL,
                "x".repeat(201)).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("title")));
    }

    @Test
    void anItemMovesAlongItsLifecycleTheDatabaseStampsCompletionAndAnIllegalMoveIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Lifecycle");
        Project project = AdvancingFixtures.festival(acme).project();
        AdvancingItem item = AdvancingFixtures.item(acme, project, AdvancingCategory.SECURITY, "Security plan", "9000", "EUR");

        // when
        AdvancingItem confirmed = acme.asOwner(tx -> new AdvancingService(tx).move(item.id(), AdvancingStatus.CONFIRMED));
        AdvancingItem completed = acme.asOwner(tx -> new AdvancingService(tx).move(item.id(), AdvancingStatus.COMPLETED));

        // then
        assertThat(confirmed.completedAt()).isEmpty();
        assertThat(completed.status()).isEqualTo(AdvancingStatus.COMPLETED);
        assertThat(completed.completedAt()).isPresent();
        assertThatThrownBy(() -> acme.asOwner(tx -> new AdvancingService(tx).move(item.id(), AdvancingStatus.CANCELLED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PipelineErrorCode.ADVANCING_ITEM_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("advancing_items_status_transition");
                });
        AdvancingItem reopened = acme.asOwner(tx -> new AdvancingService(tx).move(item.id(), AdvancingStatus.IN_PROGRESS));
        assertThat(reopened.completedAt()).isEmpty();
    }

    @Test
    void theChecklistReportCountsByStatusListsOverdueItemsAndComparesEstimatesWithActualsWorkedByHand(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Report");
        AdvanceSetup advance = AdvanceSetup.of(acme);

        // when: read on 5 September
        ChecklistReport report = acme.asOwner(tx -> new AdvancingService(tx).report(advance.festival().project().id(), LocalDate.of(2026, 9, 5)));

        // then
        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.categories()).extracting(CategoryReport::category).containsExactly(AdvancingCategory.SITE_INFRASTRUCTURE,
                AdvancingCategory.POWER, AdvancingCategory.AUDIO, AdvancingCategory.LIGHTING, AdvancingCategory.VIDEO,
                AdvancingCategory.TRANSPORT, AdvancingCategory.ARTIST_TRAVEL);
        CategoryReport lighting = report.category(AdvancingCategory.LIGHTING).orElseThrow();
        assertThat(lighting.counts().get(AdvancingStatus.COMPLETED)).isEqualTo(1);
        assertThat(lighting.estimated()).isEqualByComparingTo("12000");
        assertThat(lighting.actual()).isEqualByComparingTo("13500");
        assertThat(lighting.variance()).isEqualByComparingTo("1500");
        assertThat(lighting.overdue()).isEmpty();
        CategoryReport power = report.category(AdvancingCategory.POWER).orElseThrow();
        assertThat(power.counts().get(AdvancingStatus.CANCELLED)).isEqualTo(1);
        assertThat(power.estimated()).isEqualByComparingTo("0");
        assertThat(report.category(AdvancingCategory.VIDEO).orElseThrow().estimated()).isEqualByComparingTo("4500");
        assertThat(report.category(AdvancingCategory.ARTIST_TRAVEL).orElseThrow().variance()).isEqualByComparingTo("-250");
        // overdue: the toilets (1 Aug), the PA (20 Aug) and the screens (1 Sep)
        assertThat(report.overdue()).isEqualTo(3);
        assertThat(report.category(AdvancingCategory.AUDIO).orElseThrow().overdue()).extracting(AdvancingItem::title).containsExactly("Main stage PA");
        assertThat(report.category(AdvancingCategory.TRANSPORT).orElseThrow().overdue()).isEmpty();
        // 3,000 + 24,000 + 12,000 + 4,500 + 1,200 + 3,000; 13,500 + 2,750; 1,500 - 250
        assertThat(report.estimated()).isEqualByComparingTo("47700");
        assertThat(report.actual()).isEqualByComparingTo("16250");
        assertThat(report.variance()).isEqualByComparingTo("1250");
    }

    @Test
    void theStandardChecklistHasAnItemInEveryCategoryDueBeforeTheStartAndGeneratingTwiceAddsNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Standard Advance");
        Project project = AdvancingFixtures.festival(acme).project();

        // when
        List<AdvancingItem> first = acme.asOwner(tx -> new AdvancingService(tx).generateStandard(project.id(), Optional.of(acme.owner().id())));
        List<AdvancingItem> second = acme.asOwner(tx -> new AdvancingService(tx).generateStandard(project.id(), Optional.empty()));

        // then
        assertThat(first).hasSize(14);
        assertThat(first).extracting(AdvancingItem::category).containsAll(List.of(AdvancingCategory.values()));
        assertThat(first).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(AdvancingStatus.PENDING);
            assertThat(item.ownerId()).contains(acme.owner().id());
            assertThat(item.dueDate()).hasValueSatisfying(d -> assertThat(d).isBefore(AdvancingFixtures.SHOW_START));
        });
        assertThat(first).filteredOn(i -> i.title().equals("Site plan and access routes")).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).contains(LocalDate.of(2026, 7, 12)));
        assertThat(second).isEmpty();
    }
}
