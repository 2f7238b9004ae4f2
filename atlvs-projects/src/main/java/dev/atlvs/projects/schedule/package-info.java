/**
 * Scheduling without a database: the dependency graph of a project's tasks, a working calendar, the
 * critical path method over finish-to-start, start-to-start, finish-to-finish and start-to-finish links
 * with lags, and resource over-allocation. Everything here is an immutable value or a pure function of
 * its inputs; nothing reads the clock, so "today" is always a date the caller passes.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.builder()
 *         .nonWorkingDay(LocalDate.of(2026, 6, 8))                  // public holiday
 *         .build();
 * DependencyGraph graph = DependencyGraph.of(
 *         List.of(ScheduleTask.of(survey, 2), ScheduleTask.of(fencing, 3), ScheduleTask.milestone(showDay)),
 *         List.of(Link.finishToStart(survey, fencing), Link.finishToStart(fencing, showDay)));
 * Schedule schedule = Scheduler.on(calendar).schedule(graph, LocalDate.of(2026, 6, 1));
 * schedule.projectFinish();                                        // 2026-06-05: fencing's last day
 * schedule.task(showDay).earlyStart();                             // 2026-06-09: the instant after it (8 June is off)
 * schedule.task(fencing).totalFloat();                             // 0
 * schedule.criticalPath();                                         // [survey, fencing, showDay]
 *
 * graph.wouldCreateCycle(showDay, survey);                         // true: check before storing a link
 *
 * List<Overallocation> clashes = ResourceLoad.of(allocations).overallocations();
 * }</pre>
 *
 * <p>Milestones, finish nodes and deadlines are instants, so a zero-duration task never changes another
 * task's float. The conventions (inclusive finish dates, what a lag of each link type means, milestones, floats,
 * how several critical chains are reported) are spelled out on {@link dev.atlvs.projects.schedule.Scheduler}.
 */
package dev.atlvs.projects.schedule;
