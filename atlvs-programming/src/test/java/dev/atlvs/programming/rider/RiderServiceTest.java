package dev.atlvs.programming.rider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.RiderFixtures;
import dev.atlvs.programming.testing.RiderFixtures.HeadlinerRiders;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class RiderServiceTest {

    @Test
    void theHeadlinersRidersAreDraftsWithTheirLinesAndCosts(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rider Drafts");
        Festival festival = ProgrammingFixtures.festival(acme);

        // when
        HeadlinerRiders riders = RiderFixtures.headliner(acme, festival);

        // then
        assertThat(riders.technical().status()).isEqualTo(RiderStatus.DRAFT);
        assertThat(riders.technical().projectId()).isEqualTo(festival.project().id());
        List<RiderItem> items = acme.asOwner(tx -> new RiderService(tx).items(riders.technical().id()));
        assertThat(items).hasSize(6).extracting(RiderItem::category).containsOnly("Backline", "Monitors", "Power");
        assertThat(items).filteredOn(i -> !i.isMandatory()).singleElement().extracting(RiderItem::item)
                .isEqualTo("Spare guitar amp (Vox AC30)");
    }

    @Test
    void submittingStampsTheSubmitterAndApprovingByAnotherUserStampsTheApprover(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rider Stamps");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        User manager = acme.addMember(MemberRole.MANAGER);

        // when
        Rider submitted = acme.asOwner(tx -> new RiderService(tx).submit(riders.hospitality().id()));
        Rider approved = acme.as(manager, tx -> new RiderService(tx).approve(riders.hospitality().id(), Optional.of("Catering agreed")));

        // then
        assertThat(submitted.submittedBy()).contains(acme.owner().id());
        assertThat(submitted.submittedAt()).isPresent();
        assertThat(approved.status()).isEqualTo(RiderStatus.APPROVED);
        assertThat(approved.approvedBy()).contains(manager.id());
        assertThat(approved.approvedAt()).isPresent();
        assertThat(approved.approvalNotes()).contains("Catering agreed");
    }

    @Test
    void theSubmitterCannotApproveTheirOwnRiderAndNothingIsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Approvers");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        Rider submitted = acme.asOwner(tx -> new RiderService(tx).submit(riders.technical().id()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).approve(submitted.id(), Optional.empty())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertRule(e, ProgrammingRules.RIDERS_APPROVER_NOT_SUBMITTER));
        Rider unchanged = acme.asOwner(tx -> new RiderService(tx).get(submitted.id()));
        assertThat(unchanged).isEqualTo(submitted);
    }

    @Test
    void theSubmitterCannotApproveTheirOwnRiderByRawSql(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Self Approvers Raw");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        acme.asOwner(tx -> new RiderService(tx).submit(riders.technical().id()));

        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.riders set status = 'approved' where id = :id", riders.technical().id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertRule(e, ProgrammingRules.RIDERS_APPROVER_NOT_SUBMITTER));
    }

    @Test
    void aRiderMovesAlongItsApprovalLifecycleWithRecallRejectionAndReopening(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rider Lifecycle");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        User manager = acme.addMember(MemberRole.MANAGER);
        UUID id = riders.technical().id();

        // when
        acme.asOwner(tx -> new RiderService(tx).submit(id));
        Rider recalled = acme.asOwner(tx -> new RiderService(tx).recall(id));
        acme.asOwner(tx -> new RiderService(tx).submit(id));
        Rider reviewed = acme.as(manager, tx -> new RiderService(tx).review(id));
        Rider rejected = acme.as(manager, tx -> new RiderService(tx).reject(id, Optional.of("Too many wedges")));
        Rider reopened = acme.asOwner(tx -> new RiderService(tx).reopen(id));

        // then
        assertThat(recalled.status()).isEqualTo(RiderStatus.DRAFT);
        assertThat(recalled.submittedBy()).isEmpty();
        assertThat(reviewed.status()).isEqualTo(RiderStatus.UNDER_REVIEW);
        assertThat(rejected.status()).isEqualTo(RiderStatus.REJECTED);
        assertThat(rejected.approvalNotes()).contains("Too many wedges");
        assertThat(reopened.status()).isEqualTo(RiderStatus.DRAFT);
        assertThat(reopened.submittedBy()).isEmpty();
    }

    @Test
    void aMoveOutsideTheLifecycleIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rider Moves");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));

        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).fulfil(riders.technical().id(), Optional.empty())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.RIDER_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("riders_status_transition");
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.riders set status = 'fulfilled' where id = :id", riders.technical().id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDERS_STATUS_TRANSITION));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.riders (organization_id, event_id, project_id, title, currency, status)
                select organization_id, event_id, project_id, 'Approved from the start', currency, 'approved' from atlvs.riders where id = :id
                """).bind("id", riders.technical().id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDERS_STATUS_TRANSITION));
    }

    @Test
    void aRiderIsNotFulfilledWhileAMandatoryItemIsOpen(Fixtures fixtures) {
        // given: approved, every mandatory line but the power fulfilled
        OrganizationFixture acme = fixtures.organization("Open Lines");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        approve(acme, riders.technical());
        List<UUID> mandatory = riders.technicalItems().stream().filter(RiderItem::isMandatory).map(RiderItem::id).toList();
        acme.asOwner(tx -> new RiderService(tx).fulfilItems(mandatory.subList(0, mandatory.size() - 1)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).fulfil(riders.technical().id(), Optional.empty())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDERS_FULFILLED_ITEMS));
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.riders set status = 'fulfilled' where id = :id", riders.technical().id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDERS_FULFILLED_ITEMS));
        assertThat(acme.asOwner(tx -> new RiderService(tx).get(riders.technical().id())).status()).isEqualTo(RiderStatus.APPROVED);
    }

    @Test
    void aRiderIsFulfilledOnceEveryMandatoryItemIsEvenWithOptionalOnesOpen(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("All Lines");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        approve(acme, riders.technical());
        acme.asOwner(tx -> new RiderService(tx).fulfilItems(riders.technicalItems().stream().filter(RiderItem::isMandatory)
                .map(RiderItem::id).toList()));

        // when
        Rider fulfilled = acme.asOwner(tx -> new RiderService(tx).fulfil(riders.technical().id(), Optional.of("All on stage by 10:00")));

        // then
        assertThat(fulfilled.status()).isEqualTo(RiderStatus.FULFILLED);
        assertThat(fulfilled.fulfilledAt()).isPresent();
        assertThat(fulfilled.fulfillmentNotes()).contains("All on stage by 10:00");
    }

    @Test
    void theProgressCountsMandatoryAndAllItemsAndTheCostSoFar(Fixtures fixtures) {
        // given: backline drums (1,200) and in-ears (2,200) fulfilled, and the optional spare amp (300)
        OrganizationFixture acme = fixtures.organization("Progress");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        List<RiderItem> items = riders.technicalItems();
        acme.asOwner(tx -> new RiderService(tx).fulfilItems(List.of(items.get(0).id(), items.get(3).id(), items.get(5).id())));

        // when
        RiderProgress progress = acme.asOwner(tx -> new RiderService(tx).progress(riders.technical().id()));

        // then
        assertThat(progress).isEqualTo(new RiderProgress(riders.technical().id(), 2, 5, 3, 6, new BigDecimal("3700.0000"),
                new BigDecimal("6650.0000"), "GBP"));
        assertThat(progress.fulfillable()).isFalse();
    }

    @Test
    void aFulfilledRidersItemIsNotUnfulfilledNorAnOpenMandatoryItemAdded(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Fulfilled Stays");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        Rider rider = riders.hospitality();
        approve(acme, rider);
        acme.asOwner(tx -> new RiderService(tx).fulfilItems(riders.hospitalityItems().stream().map(RiderItem::id).toList()));
        acme.asOwner(tx -> new RiderService(tx).fulfil(rider.id(), Optional.empty()));
        UUID towels = riders.hospitalityItems().get(2).id();

        // when / then: through the SDK
        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).reopenItem(towels)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_RIDER_FULFILLED));
        assertThatThrownBy(() -> RiderFixtures.item(acme, rider, "Catering", "Late-night pizza", 4, true, "80.0000"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_RIDER_FULFILLED));
        // and by raw SQL
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.rider_items set fulfilled = false where id = :id", towels)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_RIDER_FULFILLED));
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, """
                insert into atlvs.rider_items (organization_id, rider_id, category, item)
                select organization_id, id, 'Catering', 'Late-night pizza' from atlvs.riders where id = :id
                """, rider.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_RIDER_FULFILLED));
        // an optional open item is still welcome
        RiderItem flowers = RiderFixtures.item(acme, rider, "Dressing room", "Fresh flowers", 1, false, "30.0000");
        assertThat(flowers.fulfilled()).isFalse();
    }

    @Test
    void theDeadlineFallsBeforeTheEventsSetup(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Deadlines");
        Festival festival = ProgrammingFixtures.festival(acme);
        HeadlinerRiders riders = RiderFixtures.headliner(acme, festival);
        var setup = ProgrammingFixtures.mainStageDay(festival, 1).setupStart().orElseThrow();

        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).update(ImmutableRider.copyOf(new RiderService(tx)
                .get(riders.technical().id())).withDeadline(setup))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDERS_DEADLINE_BEFORE_SETUP));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.riders set deadline = :deadline where id = :id")
                .bind("deadline", setup.plus(Duration.ofHours(1))).bind("id", riders.technical().id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDERS_DEADLINE_BEFORE_SETUP));
        Rider earlier = acme.asOwner(tx -> new RiderService(tx).update(ImmutableRider.copyOf(new RiderService(tx)
                .get(riders.technical().id())).withDeadline(setup.minus(Duration.ofMinutes(1)))));
        assertThat(earlier.deadline()).contains(setup.minus(Duration.ofMinutes(1)));
    }

    @Test
    void aRiderBelongsToItsEventsProject(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rider Projects");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        UUID other = dev.atlvs.projects.testing.ProjectFixtures.project(acme).id();

        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).update(ImmutableRider.copyOf(riders.technical()).withProjectId(other))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDERS_PROJECT_OF_EVENT));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.riders set project_id = :project where id = :id")
                .bind("project", other).bind("id", riders.technical().id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDERS_PROJECT_OF_EVENT));
    }

    @Test
    void anItemsCostIsInItsRidersCurrency(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rider Currencies");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        RiderItem water = riders.hospitalityItems().get(3);

        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).updateItem(ImmutableRiderItem.copyOf(water).withCurrency("EUR"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_CURRENCY_OF_RIDER));
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.rider_items set currency = 'EUR' where id = :id", water.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.RIDER_ITEMS_CURRENCY_OF_RIDER));
    }

    @Test
    void aBadItemNamesTheFieldAndItsRuleAndWritesNothing(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Bad Items");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));

        assertThatThrownBy(() -> RiderFixtures.item(acme, riders.technical(), "Power", "Generator", 0, true, "10.0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("quantity");
                            assertThat(v.rule()).isEqualTo("rider_items_quantity_check");
                        }));
        List<RiderItem> items = acme.asOwner(tx -> new RiderService(tx).items(riders.technical().id()));
        assertThat(items).hasSize(6);
    }

    @Test
    void theSubmissionAndApprovalAreAuditedAndTheirStampsChangeOnlyWithTheStatus(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rider Audit");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        approve(acme, riders.technical());
        Rider approved = acme.asOwner(tx -> new RiderService(tx).get(riders.technical().id()));

        // when: the stamps are overwritten by raw SQL without a status change
        acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.riders set approved_by = :other, submitted_by = null where id = :id")
                .bind("other", UUID.randomUUID()).bind("id", approved.id()).execute());

        // then
        Rider after = acme.asOwner(tx -> new RiderService(tx).get(approved.id()));
        assertThat(after.approvedBy()).isEqualTo(approved.approvedBy());
        assertThat(after.submittedBy()).isEqualTo(approved.submittedBy());
        List<dev.atlvs.core.audit.AuditEntry> history = acme.asOwner(tx -> new dev.atlvs.core.audit.AuditTrail(tx)
                .history(Rider.TABLE, approved.id()));
        assertThat(history).extracting(dev.atlvs.core.audit.AuditEntry::action).startsWith(dev.atlvs.core.audit.AuditAction.INSERT)
                .contains(dev.atlvs.core.audit.AuditAction.UPDATE);
    }

    @Test
    void updatingARiderDoesNotMoveItsStatus(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rider Updates");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));

        assertThatThrownBy(() -> acme.asOwner(tx -> new RiderService(tx).update(ImmutableRider.copyOf(riders.technical())
                .withStatus(RiderStatus.SUBMITTED))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.RIDERS_STATUS_TRANSITION));
        Rider renamed = acme.asOwner(tx -> new RiderService(tx).update(ImmutableRider.copyOf(riders.technical())
                .withTitle("The Lanterns - technical rider v2")));
        assertThat(renamed.title()).isEqualTo("The Lanterns - technical rider v2");
        assertThat(renamed.version()).isGreaterThan(riders.technical().version());
    }

    @Test
    void theProgrammingRidersViewShowsTheLiveRidersAndADeletedRiderIsRestored(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rider View");
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));

        // when
        acme.asOwner(tx -> {
            new RiderService(tx).delete(riders.technical().id());
            return null;
        });

        // then
        List<UUID> live = acme.asOwner(tx -> tx.handle().createQuery("select id from atlvs.programming_riders order by title")
                .mapTo(UUID.class).list());
        assertThat(live).containsExactly(riders.hospitality().id());
        Rider restored = acme.asOwner(tx -> new RiderService(tx).restore(riders.technical().id()));
        assertThat(restored.deletedAt()).isEmpty();
        List<Rider> ofEvent = acme.asOwner(tx -> new RiderService(tx).ofEvent(riders.technical().eventId()));
        assertThat(ofEvent).hasSize(2);
    }

    static void approve(OrganizationFixture org, Rider rider) {
        org.asOwner(tx -> new RiderService(tx).submit(rider.id()));
        org.as(org.addMember(MemberRole.MANAGER), tx -> new RiderService(tx).approve(rider.id(), Optional.empty()));
    }

    /** Asserts that {@code e} reports {@code rule}: its code, its field and its name. */
    static void assertRule(AtlvsException e, dev.atlvs.core.error.Rule rule) {
        assertThat(e.code()).isEqualTo(rule.code());
        if (e instanceof ValidationException validation) {
            assertThat(validation.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(rule.field());
                assertThat(v.rule()).isEqualTo(rule.name());
            });
        } else if (e instanceof ConflictException conflict) {
            assertThat(conflict.field()).contains(rule.field());
            assertThat(conflict.rule()).contains(rule.name());
        } else if (e instanceof AccessDeniedException denied) {
            assertThat(denied.field()).contains(rule.field());
            assertThat(denied.rule()).contains(rule.name());
        } else {
            throw new AssertionError("unexpected " + e);
        }
    }

    static int sql(dev.atlvs.core.TenantTransaction tx, String statement, UUID id) {
        return tx.handle().createUpdate(statement).bind("id", id).execute();
    }
}
