/**
 * Users, the identities the host authenticates, shared across organizations.
 *
 * <pre>{@code
 * User maya = atlvs.platform().registerUser(User.builder().email("maya@example.com").displayName("Maya Okafor").build());
 * List<User> colleagues = tx.repository(UserRepository.class).members();
 * }</pre>
 */
package dev.atlvs.core.user;
