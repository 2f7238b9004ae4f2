/**
 * Project teams: who is staffed on a project and in what project role (named {@code team} so as not to
 * be confused with organization memberships, {@link dev.atlvs.core.member}).
 *
 * <pre>{@code
 * ProjectMemberRepository team = tx.repository(ProjectMemberRepository.class);
 * team.insert(ProjectMember.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .userId(jane.id()).role(ProjectRole.MANAGER).function("Production Manager")
 *         .costRate(new BigDecimal("65.00")).currency("EUR").build());
 * List<ProjectMember> crew = team.ofProject(festival.id());   // managers first
 * }</pre>
 */
package dev.atlvs.projects.team;
