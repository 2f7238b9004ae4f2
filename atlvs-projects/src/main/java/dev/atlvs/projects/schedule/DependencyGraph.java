package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Tasks and the precedence links between them, checked to form a directed acyclic graph. Immutable and
 * thread-safe.
 *
 * <p>{@link #of(Collection, Collection)} rejects, with every problem listed:
 * <ul>
 *   <li>two tasks with the same id: {@link ValidationException}, code {@link ProjectsErrorCode#SCHEDULE_TASK_INVALID},
 *       field {@code tasks[i].id}, rule {@code project_tasks_unique_id};</li>
 *   <li>a link naming a task the graph does not hold: {@link ValidationException}, code
 *       {@link ProjectsErrorCode#DEPENDENCY_INVALID}, field {@code links[i].predecessorId} or
 *       {@code links[i].successorId}, rule {@code project_dependencies_unknown_task};</li>
 *   <li>two links between the same predecessor and successor (whatever their types):
 *       {@link ValidationException}, code {@link ProjectsErrorCode#DEPENDENCY_INVALID}, field
 *       {@code links[i]}, rule {@code project_dependencies_duplicate};</li>
 *   <li>a cycle, direct or transitive: {@link DependencyCycleException}, rule {@code project_dependencies_cycle},
 *       listing the tasks on one cycle in link order, starting from the one given first.</li>
 * </ul>
 * A link from a task to itself cannot be built at all ({@link Link}, rule {@code project_dependencies_self}).
 *
 * <p>{@link #topologicalOrder()} is stable: of the tasks whose predecessors are all placed, the one
 * given first comes first, so a graph without links keeps the input order.
 */
public final class DependencyGraph {
    private static final String SUBJECT = "DependencyGraph";

    private final List<ScheduleTask> tasks;
    private final List<Link> links;
    private final Map<UUID, Integer> indexById;
    private final List<List<Link>> outgoing;
    private final List<List<Link>> incoming;
    private final List<UUID> topologicalOrder;

    private DependencyGraph(List<ScheduleTask> tasks, List<Link> links, Map<UUID, Integer> indexById) {
        this.tasks = tasks;
        this.links = links;
        this.indexById = indexById;
        List<List<Link>> out = new ArrayList<>();
        List<List<Link>> in = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Link link : links) {
            out.get(indexById.get(link.predecessorId())).add(link);
            in.get(indexById.get(link.successorId())).add(link);
        }
        this.outgoing = out.stream().map(Collections::unmodifiableList).toList();
        this.incoming = in.stream().map(Collections::unmodifiableList).toList();
        this.topologicalOrder = sortOrRejectCycle();
    }

    /** A graph of {@code tasks} without links. */
    public static DependencyGraph of(Collection<ScheduleTask> tasks) {
        return of(tasks, List.of());
    }

    /**
     * A graph of {@code tasks} (in this order) and {@code links}. Throws a {@link ValidationException} or a
     * {@link DependencyCycleException} as the class documentation lists.
     */
    public static DependencyGraph of(Collection<ScheduleTask> tasks, Collection<Link> links) {
        List<ScheduleTask> taskList = List.copyOf(requireNonNull(tasks, "tasks is null"));
        List<Link> linkList = List.copyOf(requireNonNull(links, "links is null"));

        Map<UUID, Integer> indexById = new HashMap<>();
        List<FieldViolation> taskViolations = new ArrayList<>();
        for (int i = 0; i < taskList.size(); i++) {
            Integer earlier = indexById.putIfAbsent(taskList.get(i).id(), i);
            if (earlier != null) {
                taskViolations.add(new FieldViolation("tasks[" + i + "].id", "project_tasks_unique_id", "repeats the id of tasks[" + earlier + "]"));
            }
        }
        if (!taskViolations.isEmpty()) {
            throw new ValidationException(ProjectsErrorCode.SCHEDULE_TASK_INVALID, SUBJECT, taskViolations);
        }

        List<FieldViolation> linkViolations = new ArrayList<>();
        Map<List<UUID>, Integer> pairs = new HashMap<>();
        for (int i = 0; i < linkList.size(); i++) {
            Link link = linkList.get(i);
            boolean known = true;
            if (!indexById.containsKey(link.predecessorId())) {
                linkViolations.add(unknownTask("links[" + i + "].predecessorId"));
                known = false;
            }
            if (!indexById.containsKey(link.successorId())) {
                linkViolations.add(unknownTask("links[" + i + "].successorId"));
                known = false;
            }
            Integer earlier = pairs.putIfAbsent(List.of(link.predecessorId(), link.successorId()), i);
            if (known && earlier != null) {
                linkViolations.add(new FieldViolation("links[" + i + "]", "project_dependencies_duplicate",
                        "links the same predecessor and successor as links[" + earlier + "]"));
            }
        }
        if (!linkViolations.isEmpty()) {
            throw new ValidationException(ProjectsErrorCode.DEPENDENCY_INVALID, SUBJECT, linkViolations);
        }
        return new DependencyGraph(taskList, linkList, Map.copyOf(indexById));
    }

    /** The tasks, in the order given. */
    public List<ScheduleTask> tasks() {
        return tasks;
    }

    /** The links, in the order given. */
    public List<Link> links() {
        return links;
    }

    /** Whether the graph holds a task with this id. */
    public boolean contains(UUID taskId) {
        return indexById.containsKey(requireNonNull(taskId, "taskId is null"));
    }

    /** The task with this id; a {@link NotFoundException} ({@link ProjectsErrorCode#SCHEDULE_TASK_NOT_FOUND}) when the graph does not hold it. */
    public ScheduleTask task(UUID taskId) {
        return tasks.get(indexOf(taskId));
    }

    /** The links whose predecessor is this task, in the order given. */
    public List<Link> linksFrom(UUID taskId) {
        return outgoing.get(indexOf(taskId));
    }

    /** The links whose successor is this task, in the order given. */
    public List<Link> linksTo(UUID taskId) {
        return incoming.get(indexOf(taskId));
    }

    /**
     * Every task id once, each after all its predecessors; ties are broken by the order the tasks were
     * given, so the order is the same on every call and every run.
     */
    public List<UUID> topologicalOrder() {
        return topologicalOrder;
    }

    /**
     * Whether adding a link from {@code predecessorId} to {@code successorId} would close a cycle: true
     * when they are the same task or the predecessor is already reachable from the successor. A
     * {@link ValidationException} (rule {@code project_dependencies_unknown_task}) when either task is
     * not in the graph.
     */
    public boolean wouldCreateCycle(UUID predecessorId, UUID successorId) {
        requireKnown(predecessorId, successorId);
        return predecessorId.equals(successorId) || pathBetween(successorId, predecessorId) != null;
    }

    /**
     * This graph with {@code link} added at the end. Throws a {@link DependencyCycleException} whose
     * {@link DependencyCycleException#cycle() cycle} starts with the link's predecessor and successor when
     * the link would close a cycle, and a {@link ValidationException} when it names an unknown task or
     * repeats a pair.
     */
    public DependencyGraph withLink(Link link) {
        requireNonNull(link, "link is null");
        requireKnown(link.predecessorId(), link.successorId());
        List<UUID> back = pathBetween(link.successorId(), link.predecessorId());
        if (back != null) {
            List<UUID> cycle = new ArrayList<>();
            cycle.add(link.predecessorId());
            cycle.addAll(back.subList(0, back.size() - 1));
            throw new DependencyCycleException(cycle);
        }
        List<Link> more = new ArrayList<>(links);
        more.add(link);
        return of(tasks, more);
    }

    @Override
    public String toString() {
        return "DependencyGraph{" + tasks.size() + " tasks, " + links.size() + " links}";
    }

    private int indexOf(UUID taskId) {
        Integer index = indexById.get(requireNonNull(taskId, "taskId is null"));
        if (index == null) {
            throw new NotFoundException(ProjectsErrorCode.SCHEDULE_TASK_NOT_FOUND, "ScheduleTask", "task " + taskId + " is not in the dependency graph");
        }
        return index;
    }

    private void requireKnown(UUID predecessorId, UUID successorId) {
        requireNonNull(predecessorId, "predecessorId is null");
        requireNonNull(successorId, "successorId is null");
        List<FieldViolation> violations = new ArrayList<>();
        if (!indexById.containsKey(predecessorId)) {
            violations.add(unknownTask("predecessorId"));
        }
        if (!indexById.containsKey(successorId)) {
            violations.add(unknownTask("successorId"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(ProjectsErrorCode.DEPENDENCY_INVALID, "Link", violations);
        }
    }

    private static FieldViolation unknownTask(String field) {
        return new FieldViolation(field, "project_dependencies_unknown_task", "is not one of the graph's tasks");
    }

    /** The shortest path from {@code from} to {@code to} along the links (both ends included), or null. */
    private List<UUID> pathBetween(UUID from, UUID to) {
        Map<UUID, UUID> reachedFrom = new HashMap<>();
        ArrayDeque<UUID> queue = new ArrayDeque<>();
        reachedFrom.put(from, from);
        queue.add(from);
        while (!queue.isEmpty()) {
            UUID current = queue.poll();
            if (current.equals(to)) {
                List<UUID> path = new ArrayList<>();
                for (UUID step = to; !step.equals(from); step = reachedFrom.get(step)) {
                    path.add(step);
                }
                path.add(from);
                Collections.reverse(path);
                return path;
            }
            for (Link link : outgoing.get(indexById.get(current))) {
                if (reachedFrom.putIfAbsent(link.successorId(), current) == null) {
                    queue.add(link.successorId());
                }
            }
        }
        return null;
    }

    /** Kahn's algorithm with a queue ordered by input position; on a cycle, reports one. */
    private List<UUID> sortOrRejectCycle() {
        int size = tasks.size();
        int[] waitingFor = new int[size];
        for (int i = 0; i < size; i++) {
            waitingFor[i] = incoming.get(i).size();
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < size; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<UUID> order = new ArrayList<>(size);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(tasks.get(next).id());
            for (Link link : outgoing.get(next)) {
                int successor = indexById.get(link.successorId());
                if (--waitingFor[successor] == 0) {
                    ready.add(successor);
                }
            }
        }
        if (order.size() < size) {
            throw new DependencyCycleException(findCycle(waitingFor));
        }
        return List.copyOf(order);
    }

    /**
     * Every task left over by Kahn's algorithm still waits for a left-over predecessor, so walking
     * backwards from one must revisit a task; the walk between the two visits is a cycle.
     */
    private List<UUID> findCycle(int[] waitingFor) {
        int start = 0;
        while (waitingFor[start] == 0) {
            start++;
        }
        Map<Integer, Integer> visitedAt = new HashMap<>();
        List<Integer> walk = new ArrayList<>();
        int current = start;
        while (!visitedAt.containsKey(current)) {
            visitedAt.put(current, walk.size());
            walk.add(current);
            for (Link link : incoming.get(current)) {
                int predecessor = indexById.get(link.predecessorId());
                if (waitingFor[predecessor] > 0) {
                    current = predecessor;
                    break;
                }
            }
        }
        List<Integer> members = new ArrayList<>(walk.subList(visitedAt.get(current), walk.size()));
        Collections.reverse(members);
        int first = members.indexOf(Collections.min(members));
        Collections.rotate(members, -first);
        return members.stream().map(i -> tasks.get(i).id()).toList();
    }
}
