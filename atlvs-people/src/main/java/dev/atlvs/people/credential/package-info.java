/**
 * Expiring credentials behind one interface ({@link dev.atlvs.people.credential.ExpiringCredential}): a person's
 * certifications and, later, companies' qualifications, each a {@link dev.atlvs.people.credential.CredentialSource} of
 * the daily {@link dev.atlvs.people.credential.ExpiryMonitor}.
 *
 * <pre>{@code
 * List<ExpiryAlert> sent = new ExpiryMonitor(tx).run(LocalDate.now(tx.clock())); // 90/60/30/7 days and the day itself
 * }</pre>
 */
package dev.atlvs.people.credential;
