package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingChecklist;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingService;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingTask;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow;
import dev.atlvs.pipeline.workforce.onboarding.TaskCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Onboarding workflows and their checklists for tests and demos. */
public final class OnboardingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** The first day of the festival build of {@link #riggingCrew}. */
    public static final LocalDate BUILD_START = LocalDate.of(2026, 7, 6);

    /** The last day of the festival of {@link #riggingCrew}. */
    public static final LocalDate FESTIVAL_END = LocalDate.of(2026, 7, 14);

    private OnboardingFixtures() {}

    /** A stored person with a unique name. */
    public static Person person(FixtureOrganization org) {
        long n = SEQUENCE.incrementAndGet();
        return PeopleFixtures.person(org, "Robin", "Ashdown " + n, "Rigger");
    }

    /** A stored workflow, not started and without tasks, of a new person on a new project in the role "Stagehand". */
    public static OnboardingWorkflow workflow(FixtureOrganization org) {
        Project project = ProjectFixtures.project(org);
        return workflow(org, project, person(org), "Stagehand");
    }

    /** A stored workflow, not started and without tasks, of {@code person} on {@code project} in {@code roleName}. */
    public static OnboardingWorkflow workflow(FixtureOrganization org, Project project, Person person, String roleName) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new OnboardingService(tx).start(OnboardingWorkflow.builder().organizationId(org.id())
                .personId(person.id()).projectId(project.id()).roleName(roleName)
                .dueDate(project.startDate().map(d -> d.minusDays(1))).build()));
    }

    /** A stored pending task of {@code workflow}. */
    public static OnboardingTask task(FixtureOrganization org, OnboardingWorkflow workflow, TaskCategory category, String title,
            boolean required) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new OnboardingService(tx).addTask(OnboardingTask.builder().organizationId(org.id())
                .workflowId(workflow.id()).category(category).title(title).isRequired(required).build()));
    }

    /**
     * A festival build (a project from {@link #BUILD_START} to {@link #FESTIVAL_END}) with a Rigger role that requires
     * "Working at height" (certified) and "Knots and hitches", and the checklists of two riggers: Ana, whose working at
     * height certification is valid through the festival (so its compliance task is done), and Ben, who holds none.
     *
     * @param project the festival build
     * @param rigger the crew role
     * @param ana the certified rigger
     * @param ben the rigger without a certification
     * @param anas Ana's checklist
     * @param bens Ben's checklist
     */
    public record RiggingCrew(Project project, CrewRole rigger, Person ana, Person ben, OnboardingChecklist anas,
            OnboardingChecklist bens) {}

    /** See {@link RiggingCrew}. */
    public static RiggingCrew riggingCrew(FixtureOrganization org) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        Project project = org.asOwner(tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(org, "Harbour Lights Festival " + n)
                .startDate(BUILD_START).endDate(FESTIVAL_END).build()));
        CrewRole rigger = PeopleFixtures.role(org, "Rigger " + n, "450");
        Competency height = PeopleFixtures.competency(org, "Working at height " + n, true);
        Competency knots = PeopleFixtures.competency(org, "Knots and hitches " + n, false);
        PeopleFixtures.requirement(org, rigger, height, CompetencyLevel.ADVANCED, true);
        PeopleFixtures.requirement(org, rigger, knots, CompetencyLevel.INTERMEDIATE, false);
        Person ana = PeopleFixtures.person(org, "Ana", "Moreau " + n, "Rigger");
        Person ben = PeopleFixtures.person(org, "Ben", "Okafor " + n, "Rigger");
        PeopleFixtures.certification(org, ana, "IRATA Level 2", "IRATA", Optional.of(height), LocalDate.of(2025, 3, 1),
                LocalDate.of(2028, 2, 28));
        OnboardingChecklist anas = org.asOwner(tx -> new OnboardingService(tx).generate(ana.id(), project.id(), Optional.of(rigger.id()), "Rigger"));
        OnboardingChecklist bens = org.asOwner(tx -> new OnboardingService(tx).generate(ben.id(), project.id(), Optional.of(rigger.id()), "Rigger"));
        return new RiggingCrew(project, rigger, ana, ben, anas, bens);
    }

    /** The tasks of {@code checklist} titled {@code title}. */
    public static OnboardingTask taskTitled(OnboardingChecklist checklist, String title) {
        List<OnboardingTask> matching = checklist.tasks().stream().filter(t -> t.title().equals(title)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException("no single task titled so");
        }
        return matching.get(0);
    }
}
