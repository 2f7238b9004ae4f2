/**
 * Accreditation of events: the zones crew roles may enter and the passes (requested, approved, printed, issued,
 * revoked) that admit people to them; who may enter a zone at a time.
 *
 * <pre>{@code
 * AccreditationService accreditation = new AccreditationService(tx);
 * CredentialsPass pass = accreditation.request(CredentialsPass.builder().organizationId(tx.organizationId())
 *         .personId(ana.id()).eventId(festival.id()).crewRoleId(rigger.id()).addZones("stage")
 *         .validFrom(build).validTo(derig).build());
 * accreditation.revoke(pass.id(), "Left the crew");
 * }</pre>
 */
package dev.atlvs.programming.accreditation;
