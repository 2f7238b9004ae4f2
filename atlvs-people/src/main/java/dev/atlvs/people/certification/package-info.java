/**
 * A person's certifications (L-CREDENTIAL) and assessed competencies.
 *
 * <pre>{@code
 * Certification ipaf = new CertificationService(tx).add(Certification.builder().organizationId(tx.organizationId())
 *         .personId(ana.id()).name("IPAF 3a+3b").competencyId(workAtHeight.id()).issueDate(issued).expiryDate(expires).build());
 * new CertificationService(tx).verify(ipaf.id());
 * Map<UUID, CompetencyLevel> counts = new PersonCompetencies(tx).effectiveOn(ana.id(), showDay);
 * }</pre>
 */
package dev.atlvs.people.certification;
