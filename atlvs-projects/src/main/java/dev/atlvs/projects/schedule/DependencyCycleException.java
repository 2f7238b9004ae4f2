package dev.atlvs.projects.schedule;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dependency links form a cycle, or a new link would close one (rule
 * {@code project_dependencies_cycle}, code {@link ProjectsErrorCode#DEPENDENCY_CYCLE}). {@link #cycle()}
 * lists the task ids on the cycle in link order; the message spells it out, for example
 * {@code a → b → c → a}. Task ids are not personal data, so they may appear in the message.
 */
public class DependencyCycleException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** The rule this exception reports. */
    public static final String RULE = "project_dependencies_cycle";

    private final List<UUID> cycle;

    public DependencyCycleException(List<UUID> cycle) {
        super(ProjectsErrorCode.DEPENDENCY_CYCLE, "successorId", RULE, "the dependency links form a cycle: " + spelledOut(cycle) + " (" + RULE + ")",
                null);
        this.cycle = List.copyOf(cycle);
    }

    /**
     * The tasks on the cycle, each once, in link order: every task is a predecessor of the next one and
     * the last is a predecessor of the first.
     */
    public List<UUID> cycle() {
        return cycle;
    }

    private static String spelledOut(List<UUID> cycle) {
        return cycle.stream().map(UUID::toString).collect(Collectors.joining(" → ")) + " → " + cycle.get(0);
    }
}
