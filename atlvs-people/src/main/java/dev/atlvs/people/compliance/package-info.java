/**
 * Crew compliance: people × required certifications through the end of the work, and emergency-contact completeness
 * for on-site roles.
 *
 * <pre>{@code
 * ComplianceMatrix matrix = new ComplianceService(tx).forRole(rigger.id(), crew, today, lastShowDay);
 * List<ComplianceCell> gaps = matrix.gaps();
 * }</pre>
 */
package dev.atlvs.people.compliance;
