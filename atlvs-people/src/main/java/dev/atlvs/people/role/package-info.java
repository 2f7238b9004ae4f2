/**
 * Crew roles (A1 Audio, Head Rigger, Stage Manager) and the competencies each requires.
 *
 * <pre>{@code
 * CrewRole rigger = tx.repository(CrewRoleRepository.class).insert(CrewRole.builder().organizationId(tx.organizationId())
 *         .name("Head Rigger").defaultDayRate(new BigDecimal("450.0000")).currency("GBP").build());
 * tx.repository(RoleCompetencyRepository.class).insert(RoleCompetency.builder().organizationId(tx.organizationId())
 *         .roleId(rigger.id()).competencyId(rigging.id()).minLevel(CompetencyLevel.ADVANCED).certificationRequired(true).build());
 * }</pre>
 */
package dev.atlvs.people.role;
