/**
 * Personnel profiles of members within one organization; the completion percentage is derived by the
 * database and the manager chain never loops.
 *
 * <pre>{@code
 * UserProfile profile = tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
 *         .organizationId(tx.organizationId()).userId(userId).jobTitle("Production Manager").build());
 * }</pre>
 */
package dev.atlvs.core.profile;
