package dev.atlvs.pipeline.workforce.manning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.person.Person;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.testing.ManningFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.RuleAssertions;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ManningServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 8);

    @Test
    void aPlannedSlotRoundTripsOpenAndEmpty(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Slot Round Trip");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot wanted = ManningFixtures.slotBuilder(acme, project, "Rigger", DAY, 6, "320.0000")
                .skillsRequired(List.of("IPAF", "Rope access")).notes("Main stage roof").build();

        // when
        acme.asOwner(tx -> new ManningService(tx).plan(wanted));

        // then
        ManningSlot stored = acme.asOwner(tx -> new ManningService(tx).slot(wanted.id()));
        assertThat(stored.roleName()).isEqualTo("Rigger");
        assertThat(stored.neededOn()).isEqualTo(DAY);
        assertThat(stored.startsAt()).isEqualTo(wanted.startsAt());
        assertThat(stored.endsAt()).isEqualTo(wanted.endsAt());
        assertThat(stored.requiredCount()).isEqualTo(6);
        assertThat(stored.filledCount()).isZero();
        assertThat(stored.openCount()).isEqualTo(6);
        assertThat(stored.skillsRequired()).containsExactly("IPAF", "Rope access");
        assertThat(stored.dayRate()).isEqualByComparingTo("320");
        assertThat(stored.currency()).isEqualTo("EUR");
        assertThat(stored.status()).isEqualTo(ManningSlotStatus.OPEN);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void planningEachDayOfARangeGivesOneSlotPerDayWithTheShiftMoved(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Slot Range");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot firstDay = ManningFixtures.slotBuilder(acme, project, "Rigger", DAY, 6, "320.0000").build();

        // when
        List<ManningSlot> slots = acme.asOwner(tx -> new ManningService(tx).planEachDay(firstDay, DAY.plusDays(4)));

        // then
        assertThat(slots).hasSize(5);
        assertThat(slots).extracting(ManningSlot::neededOn)
                .containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3), DAY.plusDays(4));
        assertThat(slots.get(4).startsAt()).isEqualTo(firstDay.startsAt().plus(java.time.Duration.ofDays(4)));
        assertThat(slots).extracting(ManningSlot::requiredCount).containsOnly(6);
        assertThat(slots).extracting(ManningSlot::id).doesNotHaveDuplicates();
        assertThat(acme.<List<ManningSlot>>asOwner(tx -> new ManningService(tx).slots(project.id()))).hasSize(5);
    }

    @Test
    void aShiftEndingBeforeItStartsIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Slot Shift Order");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot valid = ManningFixtures.slotBuilder(acme, project, "Rigger", DAY, 6, "320.0000").build();

        // when
        Throwable failure = catchThrowable(() -> ManningFixtures.slotBuilder(acme, project, "Rigger", DAY, 6, "320.0000")
                .endsAt(valid.startsAt().minusSeconds(60)).build());

        // then
        RuleAssertions.reports(failure, PipelineRules.MANNING_SLOTS_ENDS_AT_CHECK);
        assertThat(acme.<List<ManningSlot>>asOwner(tx -> new ManningService(tx).slots(project.id()))).isEmpty();
    }

    @Test
    void aShiftEndingBeforeItStartsIsRefusedByTheDatabaseUnderTheSameRule(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Slot Shift Order Raw");
        ManningSlot slot = ManningFixtures.slot(acme);

        // when
        Throwable failure = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_slots set ends_at = :at where id = :id")
                .bind("at", slot.startsAt().minusSeconds(60)).bind("id", slot.id()).execute()));

        // then
        RuleAssertions.reports(failure, PipelineRules.MANNING_SLOTS_ENDS_AT_CHECK);
    }

    @Test
    void aSlotWithoutPeopleOrRoleIsRefusedNamingEachField(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Slot Validation");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot invalid = ManningFixtures.slotBuilder(acme, project, " ", DAY, 0, "320.0000").build();

        // when
        Throwable failure = catchThrowable(() -> acme.asOwner(tx -> new ManningService(tx).plan(invalid)));

        // then
        assertThat(failure).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) failure).violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("requiredCount", "manning_slots_required_count_check"),
                        org.assertj.core.groups.Tuple.tuple("roleName", "manning_slots_role_name_check"));
        assertThat(acme.<List<ManningSlot>>asOwner(tx -> new ManningService(tx).slots(project.id()))).isEmpty();
    }

    @Test
    void theFilledCountAndStatusFollowTheLiveAssignments(Fixtures fixtures) {
        // given: two places
        OrganizationFixture acme = fixtures.organization("Filled Count");
        ManningSlot slot = ManningFixtures.slot(acme, ProjectFixtures.project(acme, "Harbour Stage Build"), "Rigger", DAY, 2, "320.0000");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        Person ben = ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger");

        // when
        ManningFixtures.assign(acme, slot, ana);
        ManningAssignment benAssigned = ManningFixtures.assign(acme, slot, ben);
        ManningSlot full = acme.asOwner(tx -> new ManningService(tx).slot(slot.id()));
        acme.asOwner(tx -> new ManningService(tx).decline(benAssigned.id()));
        ManningSlot reopened = acme.asOwner(tx -> new ManningService(tx).slot(slot.id()));

        // then
        assertThat(full.filledCount()).isEqualTo(2);
        assertThat(full.status()).isEqualTo(ManningSlotStatus.FILLED);
        assertThat(reopened.filledCount()).isEqualTo(1);
        assertThat(reopened.status()).isEqualTo(ManningSlotStatus.OPEN);
    }

    @Test
    void aFilledCountWrittenByHandIsDerivedAgainByTheDatabase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Filled By Hand");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));

        // when
        acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.manning_slots set filled_count = 3, status = 'filled' where id = :id")
                .bind("id", slot.id()).execute());

        // then
        ManningSlot stored = acme.asOwner(tx -> new ManningService(tx).slot(slot.id()));
        assertThat(stored.filledCount()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(ManningSlotStatus.OPEN);
    }

    @Test
    void anAssignmentAboveTheRequiredCountIsRefusedAndNothingIsWritten(Fixtures fixtures) {
        // given: one place, taken
        OrganizationFixture acme = fixtures.organization("Above Required");
        ManningSlot slot = ManningFixtures.slot(acme, ProjectFixtures.project(acme, "Harbour Stage Build"), "Rigger", DAY, 1, "320.0000");
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));
        Person ben = ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger");

        // when
        Throwable failure = catchThrowable(() -> ManningFixtures.assign(acme, slot, ben));

        // then
        RuleAssertions.reports(failure, PipelineRules.MANNING_ASSIGNMENTS_WITHIN_REQUIRED);
        assertThat(acme.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(slot.id()))).hasSize(1);
    }

    @Test
    void anAssignmentAboveTheRequiredCountIsRefusedByTheDatabaseUnderTheSameRule(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Above Required Raw");
        ManningSlot slot = ManningFixtures.slot(acme, ProjectFixtures.project(acme, "Harbour Stage Build"), "Rigger", DAY, 1, "320.0000");
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));
        Person ben = ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger");

        // when
        Throwable failure = catchThrowable(() -> rawAssign(acme, slot, ben.id(), slot.projectId()));

        // then
        RuleAssertions.reports(failure, PipelineRules.MANNING_ASSIGNMENTS_WITHIN_REQUIRED);
        assertThat(acme.<ManningSlot>asOwner(tx -> new ManningService(tx).slot(slot.id())).filledCount()).isEqualTo(1);
    }

    @Test
    void theRequiredCountIsNeverCutBelowTheLiveAssignmentsThroughTheSdkOrRawSql(Fixtures fixtures) {
        // given: two of three places filled
        OrganizationFixture acme = fixtures.organization("Required Below Filled");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger"));

        // when
        Throwable sdk = catchThrowable(() -> acme.asOwner(tx -> new ManningService(tx).changeRequiredCount(slot.id(), 1)));
        Throwable sql = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_slots set required_count = 1 where id = :id").bind("id", slot.id()).execute()));
        ManningSlot cutToTwo = acme.asOwner(tx -> new ManningService(tx).changeRequiredCount(slot.id(), 2));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_SLOTS_REQUIRED_COVERS_FILLED);
        RuleAssertions.reports(sql, PipelineRules.MANNING_SLOTS_REQUIRED_COVERS_FILLED);
        assertThat(cutToTwo.requiredCount()).isEqualTo(2);
        assertThat(cutToTwo.status()).isEqualTo(ManningSlotStatus.FILLED);
    }

    @Test
    void anAssignmentMovesAlongItsLifecycleAndStampsTheConfirmation(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Assignment Lifecycle");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningAssignment assigned = ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));

        // when
        ManningAssignment confirmed = acme.asOwner(tx -> new ManningService(tx).confirm(assigned.id()));
        ManningAssignment completed = acme.asOwner(tx -> new ManningService(tx).complete(assigned.id()));

        // then
        assertThat(assigned.status()).isEqualTo(ManningAssignmentStatus.ASSIGNED);
        assertThat(assigned.confirmedAt()).isEmpty();
        assertThat(confirmed.status()).isEqualTo(ManningAssignmentStatus.CONFIRMED);
        assertThat(confirmed.confirmedAt()).isPresent();
        assertThat(completed.status()).isEqualTo(ManningAssignmentStatus.COMPLETED);
        assertThat(acme.<ManningSlot>asOwner(tx -> new ManningService(tx).slot(slot.id())).filledCount()).isEqualTo(1);
    }

    @Test
    void aDeclinedAssignmentIsFinalThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Declined Final");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningAssignment assigned = ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));
        acme.asOwner(tx -> new ManningService(tx).decline(assigned.id()));

        // when
        Throwable sdk = catchThrowable(() -> acme.asOwner(tx -> new ManningService(tx).confirm(assigned.id())));
        Throwable sql = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_assignments set status = 'confirmed' where id = :id").bind("id", assigned.id()).execute()));

        // then
        assertThat(sdk).isInstanceOf(ConflictException.class);
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_STATUS_TRANSITION);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_STATUS_TRANSITION);
    }

    @Test
    void assignedHoldsThePersonsTimeConfirmedCommitsItAndCancelledReleasesIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Commitments");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");

        // when
        ManningAssignment assigned = ManningFixtures.assign(acme, slot, ana);
        List<Commitment> held = commitments(acme, ana, slot);
        acme.asOwner(tx -> new ManningService(tx).confirm(assigned.id()));
        List<Commitment> committed = commitments(acme, ana, slot);
        acme.asOwner(tx -> new ManningService(tx).cancel(assigned.id()));
        List<Commitment> released = commitments(acme, ana, slot);

        // then
        assertThat(held).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CommitmentStatus.TENTATIVE);
            assertThat(c.source()).isEqualTo("manning_assignments");
            assertThat(c.sourceId()).isEqualTo(assigned.id());
            assertThat(c.projectId()).contains(slot.projectId());
            assertThat(c.startsAt()).isEqualTo(slot.startsAt());
            assertThat(c.endsAt()).isEqualTo(slot.endsAt());
        });
        assertThat(committed).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentStatus.CONFIRMED));
        assertThat(released).isEmpty();
    }

    @Test
    void aPersonCommittedToAnotherProjectAtTheSameTimeIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given: Ana is confirmed on another project's crew over the same shift
        OrganizationFixture acme = fixtures.organization("Other Project");
        ManningSlot here = ManningFixtures.slot(acme);
        ManningSlot elsewhere = ManningFixtures.slot(acme, ProjectFixtures.project(acme, "Riverside Gala"), "Rigger", here.neededOn(), 2,
                "300.0000");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.confirmed(acme, elsewhere, ana);

        // when
        Throwable sdk = catchThrowable(() -> ManningFixtures.assign(acme, here, ana));
        Throwable sql = catchThrowable(() -> rawAssign(acme, here, ana.id(), here.projectId()));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        assertThat(acme.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(here.id()))).isEmpty();
    }

    @Test
    void aPersonOnApprovedLeaveIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("On Leave");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        dev.atlvs.people.availability.Leave leave = dev.atlvs.people.testing.PeopleFixtures.leave(acme, ana, DAY.minusDays(1), DAY.plusDays(1));
        acme.asOwner(tx -> new dev.atlvs.people.availability.LeaveService(tx).approve(leave.id()));

        // when
        Throwable sdk = catchThrowable(() -> ManningFixtures.assign(acme, slot, ana));
        Throwable sql = catchThrowable(() -> rawAssign(acme, slot, ana.id(), slot.projectId()));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
    }

    @Test
    void aPersonOnAnotherOverlappingShiftIsRefusedButAConfirmedCommitmentOfTheSameProjectIsShared(Fixtures fixtures) {
        // given: Ana on the day's rigging shift; the project also books her for the week
        OrganizationFixture acme = fixtures.organization("Same Project");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot riggers = ManningFixtures.slot(acme, project, "Rigger", DAY, 2, "320.0000");
        ManningSlot electricians = ManningFixtures.slot(acme, project, "Electrician", DAY, 2, "300.0000");
        ManningSlot nextDay = ManningFixtures.slot(acme, project, "Rigger", DAY.plusDays(1), 2, "320.0000");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.confirmed(acme, riggers, ana);

        // when
        Throwable overlapping = catchThrowable(() -> ManningFixtures.assign(acme, electricians, ana));
        ManningAssignment following = ManningFixtures.confirmed(acme, nextDay, ana);

        // then
        RuleAssertions.reports(overlapping, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        assertThat(following.status()).isEqualTo(ManningAssignmentStatus.CONFIRMED);
    }

    @Test
    void confirmingIsRefusedWhenThePersonWasCommittedElsewhereMeanwhileThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given: Ana assigned (held tentatively), then her leave over the day is approved
        OrganizationFixture acme = fixtures.organization("Confirm After Leave");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningAssignment assigned = ManningFixtures.assign(acme, slot, ana);
        dev.atlvs.people.availability.Leave leave = dev.atlvs.people.testing.PeopleFixtures.leave(acme, ana, DAY, DAY);
        acme.asOwner(tx -> new dev.atlvs.people.availability.LeaveService(tx).approve(leave.id()));

        // when
        Throwable sdk = catchThrowable(() -> acme.asOwner(tx -> new ManningService(tx).confirm(assigned.id())));
        Throwable sql = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_assignments set status = 'confirmed' where id = :id").bind("id", assigned.id()).execute()));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        assertThat(acme.<ManningAssignment>asOwner(tx -> new ManningService(tx).assignment(assigned.id())).status())
                .isEqualTo(ManningAssignmentStatus.ASSIGNED);
    }

    @Test
    void aViewerReadsTheCrewPlanButAssignsNoOne(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Viewer");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        dev.atlvs.core.user.User viewer = acme.addMember(dev.atlvs.core.member.MemberRole.VIEWER);

        // when
        CrewPlan plan = acme.as(viewer, tx -> new ManningService(tx).crewPlan(slot.projectId()));
        Throwable failure = catchThrowable(() -> acme.as(viewer, tx -> new ManningService(tx).assign(slot.id(), ana.id())));

        // then
        assertThat(plan.requiredCount()).isEqualTo(3);
        assertThat(failure).isInstanceOf(dev.atlvs.core.error.AccessDeniedException.class);
        assertThat(acme.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(slot.id()))).isEmpty();
    }

    @Test
    void aPersonWhoIsNotActiveIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Terminated");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        acme.asOwner(tx -> new dev.atlvs.people.person.PersonService(tx).changeStatus(ana.id(),
                dev.atlvs.people.person.PersonStatus.TERMINATED));

        // when
        Throwable sdk = catchThrowable(() -> ManningFixtures.assign(acme, slot, ana));
        Throwable sql = catchThrowable(() -> rawAssign(acme, slot, ana.id(), slot.projectId()));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE);
    }

    @Test
    void aPersonIsLiveAtMostOncePerSlot(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Twice");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningAssignment first = ManningFixtures.assign(acme, slot, ana);

        // when
        Throwable twice = catchThrowable(() -> ManningFixtures.assign(acme, slot, ana));
        Throwable twiceRaw = catchThrowable(() -> rawAssign(acme, slot, ana.id(), slot.projectId()));
        acme.asOwner(tx -> new ManningService(tx).cancel(first.id()));
        ManningAssignment again = ManningFixtures.assign(acme, slot, ana);

        // then
        assertThat(twice).isInstanceOf(DuplicateException.class);
        assertThat(twiceRaw).isInstanceOf(DuplicateException.class);
        assertThat(again.status()).isEqualTo(ManningAssignmentStatus.ASSIGNED);
    }

    @Test
    void theDatabaseKeepsTheProjectAndDefaultsTheRateOfAnAssignmentToItsSlots(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Project Of Slot");
        ManningSlot slot = ManningFixtures.slot(acme);
        Project other = ProjectFixtures.project(acme, "Riverside Gala");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");

        // when: raw SQL names another project and no rate
        rawAssign(acme, slot, ana.id(), other.id());

        // then
        ManningAssignment stored = acme.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(slot.id())).get(0);
        assertThat(stored.projectId()).isEqualTo(slot.projectId());
        assertThat(stored.dayRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("320"));
        assertThat(stored.currency()).contains("EUR");
    }

    @Test
    void anAgreedRateIsKeptOverTheSlots(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Agreed Rate");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Head Rigger");

        // when
        ManningAssignment assigned = acme.asOwner(tx -> new ManningService(tx).assign(ManningAssignment.builder()
                .organizationId(acme.id()).slotId(slot.id()).projectId(slot.projectId()).personId(ana.id())
                .dayRate(new BigDecimal("380.0000")).notes("Head rigger rate").build()));

        // then
        assertThat(assigned.dayRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("380"));
        assertThat(assigned.currency()).contains("EUR");
        assertThat(assigned.notes()).contains("Head rigger rate");
    }

    @Test
    void cancellingASlotCancelsItsPeopleAndReleasesTheirTime(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Cancel Slot");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningAssignment confirmed = ManningFixtures.confirmed(acme, slot, ana);

        // when
        ManningSlot cancelled = acme.asOwner(tx -> new ManningService(tx).cancelSlot(slot.id()));

        // then
        assertThat(cancelled.status()).isEqualTo(ManningSlotStatus.CANCELLED);
        assertThat(cancelled.filledCount()).isZero();
        assertThat(acme.<ManningAssignment>asOwner(tx -> new ManningService(tx).assignment(confirmed.id())).status())
                .isEqualTo(ManningAssignmentStatus.CANCELLED);
        assertThat(commitments(acme, ana, slot)).isEmpty();
        assertThatThrownBy(() -> ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger")))
                .satisfies(failure -> RuleAssertions.reports(failure, PipelineRules.MANNING_ASSIGNMENTS_WITHIN_REQUIRED));
    }

    @Test
    void aSlotIsNotCancelledByRawSqlWhileAnyoneIsLiveInIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Cancel Slot Raw");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));

        // when
        Throwable failure = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_slots set status = 'cancelled' where id = :id").bind("id", slot.id()).execute()));

        // then
        RuleAssertions.reports(failure, PipelineRules.MANNING_SLOTS_REQUIRED_COVERS_FILLED);
    }

    @Test
    void movingASlotsShiftMovesItsPeoplesCommitments(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Move Shift");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.confirmed(acme, slot, ana);

        // when: the call moves two hours earlier
        ManningSlot moved = acme.asOwner(tx -> new ManningService(tx).update(ImmutableManningSlot.copyOf(new ManningService(tx).slot(slot.id()))
                .withStartsAt(slot.startsAt().minusSeconds(7200))));

        // then
        assertThat(commitments(acme, ana, moved)).singleElement()
                .satisfies(c -> assertThat(c.startsAt()).isEqualTo(slot.startsAt().minusSeconds(7200)));
    }

    @Test
    void aShiftMovedOntoATimeAPersonOfTheSlotIsNotFreeIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given: Ana on the morning shift here, and confirmed on another project's evening shift
        OrganizationFixture acme = fixtures.organization("Move Shift Clash");
        ManningSlot morning = ManningFixtures.slot(acme);
        Project gala = ProjectFixtures.project(acme, "Riverside Gala");
        ManningSlot eveningShift = ManningFixtures.slotBuilder(acme, gala, "Rigger", morning.neededOn(), 2, "300.0000")
                .startsAt(morning.endsAt()).endsAt(morning.endsAt().plusSeconds(4 * 3600)).build();
        ManningSlot evening = acme.asOwner(tx -> new ManningService(tx).plan(eveningShift));
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.assign(acme, morning, ana);
        ManningFixtures.confirmed(acme, evening, ana);

        // when: the morning shift is to run two hours longer
        Throwable sdk = catchThrowable(() -> acme.asOwner(tx -> new ManningService(tx).update(ImmutableManningSlot
                .copyOf(new ManningService(tx).slot(morning.id())).withEndsAt(morning.endsAt().plusSeconds(7200)))));
        Throwable sql = catchThrowable(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.manning_slots set ends_at = :at where id = :id")
                .bind("at", morning.endsAt().plusSeconds(7200)).bind("id", morning.id()).execute()));

        // then
        RuleAssertions.reports(sdk, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        RuleAssertions.reports(sql, PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE);
        assertThat(acme.<ManningSlot>asOwner(tx -> new ManningService(tx).slot(morning.id())).endsAt()).isEqualTo(morning.endsAt());
    }

    @Test
    void aDeletedSlotReleasesItsPeopleAndCanBeRestored(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Delete Slot");
        ManningSlot slot = ManningFixtures.slot(acme);
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.assign(acme, slot, ana);

        // when
        acme.asOwner(tx -> {
            new ManningService(tx).deleteSlot(slot.id());
            return null;
        });
        List<ManningSlot> afterDelete = acme.asOwner(tx -> new ManningService(tx).slots(slot.projectId()));
        ManningSlot restored = acme.asOwner(tx -> new ManningService(tx).restoreSlot(slot.id()));

        // then
        assertThat(afterDelete).isEmpty();
        assertThat(commitments(acme, ana, slot)).isEmpty();
        assertThat(restored.deletedAt()).isEmpty();
        assertThat(restored.filledCount()).isZero();
    }

    @Test
    void anotherOrganizationSeesNoneOfTheCrewPlan(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Tenant Acme");
        OrganizationFixture rival = fixtures.organization("Tenant Rival");
        ManningSlot slot = ManningFixtures.slot(acme);

        // when
        Throwable failure = catchThrowable(() -> rival.asOwner(tx -> new ManningService(tx).slot(slot.id())));

        // then
        assertThat(failure).isInstanceOf(dev.atlvs.core.error.NotFoundException.class);
        assertThat(rival.<List<ManningSlot>>asOwner(tx -> new ManningService(tx).slots(slot.projectId()))).isEmpty();
        assertThat(PipelineErrorCode.MANNING_SLOT_FULL.number()).isBetween(6500, 6599);
    }

    @Test
    void movesOfAnAssignmentArePublishedOnTheSlotsHistory(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Assignment Events");
        ManningSlot slot = ManningFixtures.slot(acme);
        ManningAssignment ana = ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));
        ManningAssignment ben = ManningFixtures.assign(acme, slot, ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger"));

        // when
        acme.asOwner(tx -> new ManningService(tx).confirm(ana.id()));
        acme.asOwner(tx -> new ManningService(tx).decline(ben.id()));

        // then
        List<dev.atlvs.core.event.DomainEvent> history = acme.asOwner(tx -> new dev.atlvs.core.event.DomainEvents(tx)
                .history(ManningEvents.AGGREGATE, slot.id()));
        assertThat(history).extracting(dev.atlvs.core.event.DomainEvent::eventType)
                .containsExactly(ManningEvents.ASSIGNMENT_CONFIRMED, ManningEvents.ASSIGNMENT_DECLINED);
        assertThat(history.get(0).payload()).contains(ana.id().toString());
    }

    @Test
    void erasingAPersonFreesTheirPlace(Fixtures fixtures) {
        // given: a full slot of one
        OrganizationFixture acme = fixtures.organization("Erased Crew");
        ManningSlot slot = ManningFixtures.slot(acme, ProjectFixtures.project(acme, "Harbour Stage Build"), "Rigger", DAY, 1, "320.0000");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger");
        ManningFixtures.confirmed(acme, slot, ana);

        // when
        acme.asOwner(tx -> new dev.atlvs.people.person.PersonService(tx).erase(ana.id()));

        // then
        ManningSlot after = acme.asOwner(tx -> new ManningService(tx).slot(slot.id()));
        assertThat(after.filledCount()).isZero();
        assertThat(after.status()).isEqualTo(ManningSlotStatus.OPEN);
        assertThat(acme.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(slot.id()))).isEmpty();
    }

    private static List<Commitment> commitments(OrganizationFixture org, Person person, ManningSlot slot) {
        return org.asOwner(tx -> new AvailabilityService(tx).of(person.id(), slot.startsAt(), slot.endsAt()).commitments());
    }

    private static int rawAssign(OrganizationFixture org, ManningSlot slot, UUID personId, UUID projectId) {
        return org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.manning_assignments (organization_id, slot_id, project_id, person_id)
                values (:organizationId, :slotId, :projectId, :personId)
                """).bind("organizationId", org.id()).bind("slotId", slot.id()).bind("projectId", projectId)
                .bind("personId", personId).execute());
    }
}
