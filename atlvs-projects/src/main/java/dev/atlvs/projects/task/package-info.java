/**
 * Tasks: a project's to-dos in an acyclic sub-task tree, with the L-WORK lifecycle ({@link dev.atlvs.projects.task.TaskStatus}).
 *
 * <pre>{@code
 * TaskService service = new TaskService(tx);
 * Task permit = service.create(Task.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .title("Submit the event permit").dueDate(LocalDate.of(2026, 5, 1))
 *         .estimatedHours(new BigDecimal("6")).build());
 * service.changeStatus(permit.id(), TaskStatus.IN_PROGRESS);
 * service.changeStatus(permit.id(), TaskStatus.DONE);            // sets completedAt
 *
 * TaskRepository tasks = tx.repository(TaskRepository.class);
 * List<Task> late = tasks.overdue(LocalDate.now(tx.clock()));    // open and due before today
 * List<Task> mine = tasks.openTasksOf(tx.actorId());
 * }</pre>
 */
package dev.atlvs.projects.task;
