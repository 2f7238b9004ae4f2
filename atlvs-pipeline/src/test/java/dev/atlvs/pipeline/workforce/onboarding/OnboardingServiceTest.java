package dev.atlvs.pipeline.workforce.onboarding;

import static dev.atlvs.testing.RuleAssertions.reports;
import static dev.atlvs.pipeline.workforce.onboarding.Rules.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.testing.OnboardingFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class OnboardingServiceTest {

    @Test
    void aStartedWorkflowReadsBackAsWrittenNotStartedAndWithoutRequiredTasksComplete(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Onboarding Round Trip");

        // when
        OnboardingWorkflow started = OnboardingFixtures.workflow(acme);
        OnboardingWorkflow read = acme.asOwner(tx -> new OnboardingService(tx).get(started.id()));

        // then
        assertThat(read).isEqualTo(started);
        assertThat(read.status()).isEqualTo(WorkflowStatus.NOT_STARTED);
        assertThat(read.roleName()).isEqualTo("Stagehand");
        assertThat(read.progressPct()).isEqualByComparingTo("100.00");
        assertThat(read.completedAt()).isEmpty();
    }

    @Test
    void aWorkflowWithoutARoleNameIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Onboarding Validation");
        Project project = ProjectFixtures.project(acme);
        UUID person = OnboardingFixtures.person(acme).id();

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).start(OnboardingWorkflow.builder()
                .organizationId(acme.id()).personId(person).projectId(project.id()).roleName(" ").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("roleName")));
        assertThat(acme.<List<OnboardingWorkflow>>asOwner(tx -> new OnboardingService(tx).ofProject(project.id()))).isEmpty();
    }

    @Test
    void aPersonHasOneLiveWorkflowPerProjectAndANewOneOnceTheFirstIsCancelled(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("One Live Workflow");
        Project project = ProjectFixtures.project(acme);
        var person = OnboardingFixtures.person(acme);
        OnboardingWorkflow first = OnboardingFixtures.workflow(acme, project, person, "Stagehand");

        // when / then
        assertThatThrownBy(() -> OnboardingFixtures.workflow(acme, project, person, "Rigger")).isInstanceOf(ConflictException.class);
        acme.asOwner(tx -> new OnboardingService(tx).cancel(first.id()));
        OnboardingWorkflow second = OnboardingFixtures.workflow(acme, project, person, "Rigger");
        assertThat(second.status()).isEqualTo(WorkflowStatus.NOT_STARTED);
    }

    @Test
    void theGeneratedChecklistCoversTheFiveCategoriesTheRolesCompetenciesAndItsCertificationThroughTheProjectsEnd(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Generated Checklist");

        // when
        OnboardingFixtures.RiggingCrew crew = OnboardingFixtures.riggingCrew(acme);

        // then: 3 documentation, 3 training, 2 equipment, 1 access, 2 compliance
        List<OnboardingTask> anas = crew.anas().tasks();
        assertThat(anas).hasSize(11).allSatisfy(t -> assertThat(t.isRequired()).isTrue());
        assertThat(anas).extracting(OnboardingTask::category).containsExactly(TaskCategory.DOCUMENTATION, TaskCategory.DOCUMENTATION,
                TaskCategory.DOCUMENTATION, TaskCategory.TRAINING, TaskCategory.TRAINING, TaskCategory.TRAINING, TaskCategory.EQUIPMENT,
                TaskCategory.EQUIPMENT, TaskCategory.ACCESS, TaskCategory.COMPLIANCE, TaskCategory.COMPLIANCE);
        assertThat(anas).extracting(OnboardingTask::title).contains("Contract signed", "Tax form", "Emergency contact", "Site induction",
                "PPE issued", "Radio issued", "Credentials and wristband", "Right to work");
        assertThat(anas).filteredOn(t -> t.title().startsWith("Competency: ")).hasSize(2);
        assertThat(OnboardingFixtures.taskTitled(crew.anas(), "Contract signed").dueDate()).contains(LocalDate.of(2026, 6, 22));
        assertThat(OnboardingFixtures.taskTitled(crew.anas(), "Site induction").dueDate()).contains(LocalDate.of(2026, 6, 29));
        assertThat(OnboardingFixtures.taskTitled(crew.anas(), "Credentials and wristband").dueDate()).contains(LocalDate.of(2026, 7, 5));
        assertThat(crew.anas().workflow().dueDate()).contains(LocalDate.of(2026, 7, 5));
        // Ana's certification is valid through the festival, Ben holds none
        OnboardingTask anasCertificate = anas.stream().filter(t -> t.title().startsWith("Certification: ")).findFirst().orElseThrow();
        OnboardingTask bensCertificate = crew.bens().tasks().stream().filter(t -> t.title().startsWith("Certification: ")).findFirst().orElseThrow();
        assertThat(anasCertificate.status()).isEqualTo(TaskStatus.DONE);
        assertThat(bensCertificate.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(bensCertificate.description()).hasValueSatisfying(d -> assertThat(d).startsWith("Missing"));
        // 1 of 11 required tasks: 9.09 %
        assertThat(crew.anas().workflow().progressPct()).isEqualByComparingTo("9.09");
        assertThat(crew.anas().workflow().status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(crew.bens().workflow().progressPct()).isEqualByComparingTo("0.00");
        assertThat(crew.bens().workflow().status()).isEqualTo(WorkflowStatus.NOT_STARTED);
    }

    @Test
    void progressIsTheShareOfRequiredTasksDoneOrWaivedWorkedByHand(Fixtures fixtures) {
        // given: three required tasks and an optional one
        OrganizationFixture acme = fixtures.organization("Progress By Hand");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask contract = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Contract signed", true);
        OnboardingTask induction = OnboardingFixtures.task(acme, workflow, TaskCategory.TRAINING, "Site induction", true);
        OnboardingFixtures.task(acme, workflow, TaskCategory.EQUIPMENT, "PPE issued", true);
        OnboardingTask radio = OnboardingFixtures.task(acme, workflow, TaskCategory.EQUIPMENT, "Radio issued", false);

        // when / then
        assertThat(progress(acme, workflow)).isEqualByComparingTo("0.00");
        acme.asOwner(tx -> new OnboardingService(tx).complete(contract.id()));
        assertThat(progress(acme, workflow)).isEqualByComparingTo("33.33");
        acme.asOwner(tx -> new OnboardingService(tx).waive(induction.id(), "Inducted on the same site last week"));
        assertThat(progress(acme, workflow)).isEqualByComparingTo("66.67");
        acme.asOwner(tx -> new OnboardingService(tx).complete(radio.id()));
        assertThat(progress(acme, workflow)).isEqualByComparingTo("66.67");
        OnboardingTask access = OnboardingFixtures.task(acme, workflow, TaskCategory.ACCESS, "Wristband issued", true);
        assertThat(progress(acme, workflow)).isEqualByComparingTo("50.00");
        acme.asOwner(tx -> {
            new OnboardingService(tx).deleteTask(access.id());
            return null;
        });
        assertThat(progress(acme, workflow)).isEqualByComparingTo("66.67");
        OnboardingProgress read = acme.asOwner(tx -> new OnboardingService(tx).progress(workflow.id()));
        assertThat(read.required()).isEqualTo(3);
        assertThat(read.requiredFulfilled()).isEqualTo(2);
        assertThat(read.done()).isEqualTo(2);
        assertThat(read.waived()).isEqualTo(1);
        assertThat(read.status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
    }

    @Test
    void progressWrittenByHandIsDerivedAgainByTheDatabase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Progress Written By Hand");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Tax form", true);

        // when
        acme.asOwner(tx -> sql(tx, "update atlvs.onboarding_workflows set progress_pct = 99 where id = :id", workflow.id()));

        // then
        assertThat(progress(acme, workflow)).isEqualByComparingTo("0.00");
    }

    @Test
    void theDatabaseStampsWhoCompletedATaskAndWhenAndClearsBothOnReopening(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Task Stamps");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask task = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Tax form", true);

        // when
        OnboardingTask done = acme.asOwner(tx -> new OnboardingService(tx).complete(task.id()));
        OnboardingTask reopened = acme.asOwner(tx -> new OnboardingService(tx).reopen(task.id()));

        // then
        assertThat(done.completedBy()).contains(acme.owner().id());
        assertThat(done.completedAt()).isPresent();
        assertThat(reopened.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(reopened.completedAt()).isEmpty();
        assertThat(reopened.completedBy()).isEmpty();
    }

    @Test
    void aMoveOutsideTheTaskOrWorkflowLifecycleIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Onboarding Lifecycles");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask task = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Tax form", true);
        acme.asOwner(tx -> new OnboardingService(tx).complete(task.id()));
        acme.asOwner(tx -> new OnboardingService(tx).cancel(workflow.id()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).complete(task.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PipelineErrorCode.ONBOARDING_TASK_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("onboarding_tasks_status_transition");
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).begin(workflow.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(PipelineErrorCode.ONBOARDING_WORKFLOW_TRANSITION_INVALID));
    }

    @Test
    void aWorkflowWithAPendingRequiredTaskIsNotCompletedThroughTheSdk(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Incomplete Workflow");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingFixtures.task(acme, workflow, TaskCategory.TRAINING, "Site induction", true);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).completeWorkflow(workflow.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_WORKFLOWS_COMPLETED_TASKS));
        assertThat(acme.<OnboardingWorkflow>asOwner(tx -> new OnboardingService(tx).get(workflow.id())).status())
                .isEqualTo(WorkflowStatus.NOT_STARTED);
    }

    @Test
    void aWorkflowWithAPendingRequiredTaskIsNotCompletedByRawSql(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Incomplete Workflow Raw");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingFixtures.task(acme, workflow, TaskCategory.TRAINING, "Site induction", true);

        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.onboarding_workflows set status = 'completed' where id = :id", workflow.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_WORKFLOWS_COMPLETED_TASKS));
    }

    @Test
    void aWorkflowIsCompletedOnceEveryRequiredTaskIsDoneOrWaivedWhateverItsOptionalTasks(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Complete Workflow");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask contract = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Contract signed", true);
        OnboardingTask radio = OnboardingFixtures.task(acme, workflow, TaskCategory.EQUIPMENT, "Radio issued", true);
        OnboardingFixtures.task(acme, workflow, TaskCategory.EQUIPMENT, "Spare batteries", false);
        acme.asOwner(tx -> new OnboardingService(tx).complete(contract.id()));
        acme.asOwner(tx -> new OnboardingService(tx).waive(radio.id(), "Works with the in-house radio crew"));

        // when
        OnboardingWorkflow completed = acme.asOwner(tx -> new OnboardingService(tx).completeWorkflow(workflow.id()));

        // then
        assertThat(completed.status()).isEqualTo(WorkflowStatus.COMPLETED);
        assertThat(completed.completedAt()).isPresent();
        assertThat(completed.progressPct()).isEqualByComparingTo("100.00");
    }

    @Test
    void aCompletedWorkflowsTaskReopensOnlyAfterTheWorkflowIsReopened(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reopen Completed");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask contract = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Contract signed", true);
        acme.asOwner(tx -> new OnboardingService(tx).complete(contract.id()));
        acme.asOwner(tx -> new OnboardingService(tx).completeWorkflow(workflow.id()));

        // when / then: refused through the SDK, by raw SQL, and for a new pending required task
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).reopen(contract.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WORKFLOW_COMPLETED));
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.onboarding_tasks set status = 'pending' where id = :id", contract.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WORKFLOW_COMPLETED));
        assertThatThrownBy(() -> OnboardingFixtures.task(acme, workflow, TaskCategory.ACCESS, "Wristband issued", true))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WORKFLOW_COMPLETED));
        OnboardingWorkflow reopened = acme.asOwner(tx -> new OnboardingService(tx).reopenWorkflow(workflow.id()));
        OnboardingTask pending = acme.asOwner(tx -> new OnboardingService(tx).reopen(contract.id()));
        assertThat(reopened.status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(reopened.completedAt()).isEmpty();
        assertThat(pending.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(progress(acme, workflow)).isEqualByComparingTo("0.00");
    }

    @Test
    void aRequiredTaskIsNotWaivedWithoutAReasonThroughTheSdkOrByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Waiver Reason");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask task = OnboardingFixtures.task(acme, workflow, TaskCategory.ACCESS, "Wristband issued", true);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new OnboardingService(tx).waive(task.id(), " ")))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WAIVER_REASON_REQUIRED));
        assertThatThrownBy(() -> acme.asOwner(tx -> sql(tx, "update atlvs.onboarding_tasks set status = 'waived' where id = :id", task.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WAIVER_REASON_REQUIRED));
        assertThat(acme.<List<OnboardingTask>>asOwner(tx -> new OnboardingService(tx).tasks(workflow.id())))
                .singleElement().extracting(OnboardingTask::status).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void waivingARequiredTaskNeedsTheApprovePermissionThroughTheSdkAndByRawSqlButAnOptionalOneDoesNot(Fixtures fixtures) {
        // given: a contributor, who may update but not approve
        OrganizationFixture acme = fixtures.organization("Waiver Permission");
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask required = OnboardingFixtures.task(acme, workflow, TaskCategory.ACCESS, "Wristband issued", true);
        OnboardingTask optional = OnboardingFixtures.task(acme, workflow, TaskCategory.EQUIPMENT, "Spare batteries", false);
        User contributor = acme.addMember(MemberRole.CONTRIBUTOR);
        User manager = acme.addMember(MemberRole.MANAGER);

        // when / then
        assertThatThrownBy(() -> acme.as(contributor, tx -> new OnboardingService(tx).waive(required.id(), "Local crew")))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WAIVER_PERMISSION));
        assertThatThrownBy(() -> acme.as(contributor, tx -> sql(tx,
                "update atlvs.onboarding_tasks set status = 'waived', waiver_reason = 'Local crew' where id = :id", required.id())))
                .satisfies(e -> reports(e, PipelineRules.ONBOARDING_TASKS_WAIVER_PERMISSION));
        OnboardingTask waivedOptional = acme.as(contributor, tx -> new OnboardingService(tx).waive(optional.id(), "Not needed"));
        OnboardingTask waivedRequired = acme.as(manager, tx -> new OnboardingService(tx).waive(required.id(), "Local crew"));
        assertThat(waivedOptional.status()).isEqualTo(TaskStatus.WAIVED);
        assertThat(waivedRequired.status()).isEqualTo(TaskStatus.WAIVED);
        assertThat(waivedRequired.completedBy()).contains(manager.id());
        assertThat(waivedRequired.waiverReason()).contains("Local crew");
    }

    @Test
    void theReadinessOfAProjectShowsEachPersonsProgressAndTheOverdueTasks(Fixtures fixtures) {
        // given: Ana has signed her contract, tax form and emergency contact; Ben has done nothing
        OrganizationFixture acme = fixtures.organization("Project Readiness");
        OnboardingFixtures.RiggingCrew crew = OnboardingFixtures.riggingCrew(acme);
        for (String title : List.of("Contract signed", "Tax form", "Emergency contact")) {
            acme.asOwner(tx -> new OnboardingService(tx).complete(OnboardingFixtures.taskTitled(crew.anas(), title).id()));
        }

        // when: read on 30 June, a week before the build
        ProjectReadiness readiness = acme.asOwner(tx -> new OnboardingService(tx).readiness(crew.project().id(), LocalDate.of(2026, 6, 30)));

        // then: Ana 4 of 11 (36.36 %), Ben 0 of 11; overdue: Ana's right to work and 3 training tasks, Ben's 8 tasks due by 29 June
        assertThat(readiness.people()).hasSize(2);
        OnboardingProgress ana = readiness.people().stream().filter(p -> p.personId().equals(crew.ana().id())).findFirst().orElseThrow();
        OnboardingProgress ben = readiness.people().stream().filter(p -> p.personId().equals(crew.ben().id())).findFirst().orElseThrow();
        assertThat(ana.progressPct()).isEqualByComparingTo("36.36");
        assertThat(ana.requiredFulfilled()).isEqualTo(4);
        assertThat(ana.overdue()).isEqualTo(4);
        assertThat(ben.progressPct()).isEqualByComparingTo("0.00");
        assertThat(ben.overdue()).isEqualTo(8);
        assertThat(readiness.overdue()).hasSize(12);
        assertThat(readiness.overdue().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(readiness.overdue().get(0).daysOverdue()).isEqualTo(8);
        assertThat(readiness.overdue()).filteredOn(o -> o.personId().equals(crew.ben().id())).hasSize(8);
        assertThat(readiness.ready()).isZero();
        assertThat(readiness.progressPct()).isEqualByComparingTo("18.18");
        List<OnboardingProgress> anas = acme.asOwner(tx -> new OnboardingService(tx).progressOf(crew.ana().id()));
        assertThat(anas).singleElement().extracting(OnboardingProgress::progressPct).isEqualTo(new BigDecimal("36.36"));
    }

    private static BigDecimal progress(OrganizationFixture org, OnboardingWorkflow workflow) {
        return org.<OnboardingWorkflow>asOwner(tx -> new OnboardingService(tx).get(workflow.id())).progressPct();
    }
}
