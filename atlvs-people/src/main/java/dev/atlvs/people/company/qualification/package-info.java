/**
 * A company's certifications, licenses, insurance and bonds (L-CREDENTIAL), their verification and expiry.
 *
 * <pre>{@code
 * QualificationService qualifications = new QualificationService(tx);
 * qualifications.expireDue(LocalDate.now(tx.clock()));
 * List<ExpiringQualification> soon = qualifications.expiringBetween(today, today.plusDays(30), today);
 * }</pre>
 */
package dev.atlvs.people.company.qualification;
