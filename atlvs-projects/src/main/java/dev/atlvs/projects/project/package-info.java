/**
 * Projects: production engagements with the L-PLAN lifecycle ({@link dev.atlvs.projects.project.ProjectStatus}),
 * a job number unique among live projects, and soft delete.
 *
 * <pre>{@code
 * ProjectService service = new ProjectService(tx);
 * Project festival = service.create(Project.builder().organizationId(tx.organizationId())
 *         .code("NLF-2026").name("Northern Lights Festival 2026").type(ProjectType.FESTIVAL)
 *         .startDate(LocalDate.of(2026, 7, 1)).endDate(LocalDate.of(2026, 7, 20)).build());
 * service.changeStatus(festival.id(), ProjectStatus.ACTIVE);       // records the actual start date
 * List<Project> running = tx.repository(ProjectRepository.class).withStatus(ProjectStatus.ACTIVE);
 * }</pre>
 */
package dev.atlvs.projects.project;
