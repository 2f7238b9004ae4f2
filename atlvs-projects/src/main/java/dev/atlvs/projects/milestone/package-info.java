/**
 * Milestones: dated checkpoints of a project, some of them payment milestones, with a status derived
 * from the due date and the completion time.
 *
 * <pre>{@code
 * MilestoneRepository milestones = tx.repository(MilestoneRepository.class);
 * Milestone showDay = milestones.insert(Milestone.builder().organizationId(tx.organizationId())
 *         .projectId(festival.id()).title("Show day").type(MilestoneType.DELIVERY)
 *         .dueDate(LocalDate.of(2026, 7, 18)).build());
 * List<Milestone> thisWeek = milestones.dueBetween(monday, monday.plusDays(6));
 * MilestoneStatus status = showDay.status(tx.clock());      // PENDING, COMPLETED or OVERDUE
 * new MilestoneService(tx).complete(showDay.id());           // refused while its tasks are open
 * }</pre>
 */
package dev.atlvs.projects.milestone;
