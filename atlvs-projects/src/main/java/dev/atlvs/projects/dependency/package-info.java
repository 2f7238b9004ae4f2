/**
 * Task dependencies: precedence edges (finish-to-start, start-to-start, finish-to-finish, start-to-finish,
 * with a lag) between tasks of one project, never forming a cycle. The scheduler
 * ({@link dev.atlvs.projects.schedule}) reads them.
 *
 * <pre>{@code
 * DependencyService service = new DependencyService(tx);
 * service.link(Dependency.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .predecessorId(permit.id()).successorId(stageBuild.id()).type(DependencyType.FS).lagDays(2).build());
 * List<Dependency> edges = tx.repository(DependencyRepository.class).ofProject(festival.id());
 * }</pre>
 */
package dev.atlvs.projects.dependency;
