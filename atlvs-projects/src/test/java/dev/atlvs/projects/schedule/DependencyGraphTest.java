package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    private static final UUID A = id("A");
    private static final UUID B = id("B");
    private static final UUID C = id("C");
    private static final UUID D = id("D");
    private static final UUID S = id("S");
    private static final UUID T = id("T");
    private static final UUID UNKNOWN = id("unknown");

    private static List<ScheduleTask> tasks(UUID... ids) {
        return Arrays.stream(ids).map(id -> ScheduleTask.of(id, 1)).toList();
    }

    @Test
    void theTopologicalOrderPlacesEveryTaskAfterItsPredecessors() {
        DependencyGraph graph = DependencyGraph.of(tasks(C, A, B), List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        assertThat(graph.topologicalOrder()).containsExactly(A, B, C);
    }

    @Test
    void theTopologicalOrderKeepsTheInputOrderOfUnrelatedTasks() {
        DependencyGraph graph = DependencyGraph.of(tasks(C, A, B));

        assertThat(graph.topologicalOrder()).containsExactly(C, A, B);
    }

    @Test
    void theTopologicalOrderBreaksTiesByInputOrder() {
        // D waits for A and B; C is free. Of the ready tasks the one given first goes first.
        DependencyGraph graph = DependencyGraph.of(tasks(D, B, C, A), List.of(Link.finishToStart(A, D), Link.finishToStart(B, D)));

        assertThat(graph.topologicalOrder()).containsExactly(B, C, A, D);
    }

    @Test
    void linksAreListedFromAndToATask() {
        Link ab = Link.finishToStart(A, B);
        Link cb = Link.of(C, B, DependencyType.SS, 1);
        DependencyGraph graph = DependencyGraph.of(tasks(A, B, C), List.of(ab, cb));

        assertThat(graph.linksTo(B)).containsExactly(ab, cb);
        assertThat(graph.linksFrom(A)).containsExactly(ab);
        assertThat(graph.linksFrom(B)).isEmpty();
    }

    @Test
    void aDirectCycleIsRejectedWithBothTasks() {
        assertThatThrownBy(() -> DependencyGraph.of(tasks(A, B), List.of(Link.finishToStart(A, B), Link.of(B, A, DependencyType.SS, 0))))
                .isInstanceOfSatisfying(DependencyCycleException.class, e -> {
                    assertThat(e.cycle()).containsExactly(A, B);
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.DEPENDENCY_CYCLE);
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
                    assertThat(e.getMessage()).contains(A + " → " + B + " → " + A).contains("project_dependencies_cycle");
                });
    }

    @Test
    void aTransitiveCycleIsRejectedWithItsMembersInLinkOrder() {
        List<Link> links = List.of(Link.finishToStart(A, B), Link.finishToStart(B, C), Link.finishToStart(C, A), Link.finishToStart(C, D));

        assertThatThrownBy(() -> DependencyGraph.of(tasks(A, B, C, D), links))
                .isInstanceOfSatisfying(DependencyCycleException.class, e -> {
                    assertThat(e.cycle()).containsExactly(A, B, C);
                    assertThat(e.getMessage()).contains(A + " → " + B + " → " + C + " → " + A);
                });
    }

    @Test
    void aCycleIsReportedFromItsTaskGivenFirst() {
        List<Link> links = List.of(Link.finishToStart(A, B), Link.finishToStart(B, C), Link.finishToStart(C, A));

        assertThatThrownBy(() -> DependencyGraph.of(tasks(D, C, B, A), links))
                .isInstanceOfSatisfying(DependencyCycleException.class, e -> assertThat(e.cycle()).containsExactly(C, A, B));
    }

    @Test
    void aCycleBehindOtherTasksIsReportedWithoutThem() {
        // S leads into the cycle A -> B -> C -> A, and T hangs off it; neither is on the cycle.
        List<Link> links = List.of(Link.finishToStart(S, A), Link.finishToStart(A, B), Link.finishToStart(B, C),
                Link.finishToStart(C, A), Link.finishToStart(C, T));

        assertThatThrownBy(() -> DependencyGraph.of(tasks(S, A, B, C, T), links))
                .isInstanceOfSatisfying(DependencyCycleException.class, e -> assertThat(e.cycle()).containsExactly(A, B, C));
    }

    @Test
    void aSelfLinkIsRejected() {
        assertThatThrownBy(() -> Link.of(A, A, DependencyType.FS, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.DEPENDENCY_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("successorId", "project_dependencies_self"));
                });
    }

    @Test
    void aLinkToAnUnknownTaskIsRejected() {
        assertThatThrownBy(() -> DependencyGraph.of(tasks(A), List.of(Link.finishToStart(A, UNKNOWN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.DEPENDENCY_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("links[0].successorId", "project_dependencies_unknown_task"));
                });
    }

    @Test
    void aDuplicateLinkIsRejectedWhateverItsType() {
        List<Link> links = List.of(Link.finishToStart(A, B), Link.of(A, B, DependencyType.SS, 2));

        assertThatThrownBy(() -> DependencyGraph.of(tasks(A, B), links))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.DEPENDENCY_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("links[1]", "project_dependencies_duplicate"));
                });
    }

    @Test
    void everyBadLinkIsListedAtOnce() {
        List<Link> links = List.of(Link.finishToStart(UNKNOWN, B), Link.finishToStart(A, B), Link.finishToStart(A, B));

        assertThatThrownBy(() -> DependencyGraph.of(tasks(A, B), links))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("links[0].predecessorId", "links[2]"));
    }

    @Test
    void twoTasksWithTheSameIdAreRejected() {
        assertThatThrownBy(() -> DependencyGraph.of(List.of(ScheduleTask.of(A, 1), ScheduleTask.of(A, 2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.SCHEDULE_TASK_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("tasks[1].id", "project_tasks_unique_id"));
                });
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThatThrownBy(() -> ScheduleTask.of(A, -1))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.SCHEDULE_TASK_INVALID);
                    assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("durationDays", "PositiveOrZero"));
                });
    }

    @Test
    void wouldCreateCycleSeesTransitivePaths() {
        DependencyGraph graph = DependencyGraph.of(tasks(A, B, C, D), List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        assertThat(graph.wouldCreateCycle(C, A)).isTrue();
        assertThat(graph.wouldCreateCycle(B, A)).isTrue();
        assertThat(graph.wouldCreateCycle(A, A)).isTrue();
        assertThat(graph.wouldCreateCycle(A, C)).isFalse();
        assertThat(graph.wouldCreateCycle(D, A)).isFalse();
        assertThat(graph.wouldCreateCycle(C, D)).isFalse();
    }

    @Test
    void wouldCreateCycleRejectsAnUnknownTask() {
        DependencyGraph graph = DependencyGraph.of(tasks(A));

        assertThatThrownBy(() -> graph.wouldCreateCycle(A, UNKNOWN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("successorId", "project_dependencies_unknown_task")));
    }

    @Test
    void addingALinkThatClosesACycleReportsTheCycleFromTheNewLink() {
        DependencyGraph graph = DependencyGraph.of(tasks(A, B, C), List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        assertThatThrownBy(() -> graph.withLink(Link.finishToStart(C, A)))
                .isInstanceOfSatisfying(DependencyCycleException.class, e -> assertThat(e.cycle()).containsExactly(C, A, B));
    }

    @Test
    void addingALinkReturnsANewGraph() {
        DependencyGraph graph = DependencyGraph.of(tasks(C, B, A), List.of(Link.finishToStart(A, B)));

        DependencyGraph more = graph.withLink(Link.finishToStart(B, C));

        assertThat(more.topologicalOrder()).containsExactly(A, B, C);
        assertThat(graph.topologicalOrder()).containsExactly(C, A, B);
        assertThat(more.links()).hasSize(2);
    }

    @Test
    void dependencyTypesAreStoredInLowerCase() {
        assertThat(DependencyType.values()).extracting(DependencyType::databaseValue).containsExactly("fs", "ss", "ff", "sf");
        assertThat(DependencyType.fromDatabase("sf")).isEqualTo(DependencyType.SF);
    }

    @Test
    void aLinkIsFinishToStartWithoutLagUnlessSet() {
        Link link = Link.builder().predecessorId(A).successorId(B).build();

        assertThat(link).isEqualTo(Link.finishToStart(A, B));
        assertThat(link.type()).isEqualTo(DependencyType.FS);
        assertThat(link.lagDays()).isZero();
    }
}
