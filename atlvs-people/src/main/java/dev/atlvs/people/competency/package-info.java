/**
 * The skills taxonomy of an organization and the ordered {@link dev.atlvs.people.competency.CompetencyLevel}.
 *
 * <pre>{@code
 * Competency rigging = tx.repository(CompetencyRepository.class).insert(Competency.builder()
 *         .organizationId(tx.organizationId()).name("Rigging").category("Stage").requiresCertification(true)
 *         .certificationValidityMonths(36).build());
 * }</pre>
 */
package dev.atlvs.people.competency;
