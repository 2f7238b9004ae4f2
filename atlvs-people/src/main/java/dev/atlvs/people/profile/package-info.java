/**
 * A person's profile beyond the directory: job history, emergency contacts (encrypted, readable by the person and by
 * safety roles only), identity and HR documents, and the activity read from the audit trail.
 *
 * <pre>{@code
 * new EmergencyContactService(tx).add(EmergencyContact.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .name("Rui Souza").relationship("Partner").phonePrimary("+447700900123").isPrimary(true).build());
 * tx.repository(JobHistoryRepository.class).insert(JobHistoryEntry.builder().organizationId(tx.organizationId())
 *         .personId(ana.id()).companyName("Arena Rigging Ltd").jobTitle("Rigger").startDate(start).build());
 * List<ProfileActivity> activity = tx.repository(ProfileActivityRepository.class).of(ana.id(), 50);
 * }</pre>
 */
package dev.atlvs.people.profile;
