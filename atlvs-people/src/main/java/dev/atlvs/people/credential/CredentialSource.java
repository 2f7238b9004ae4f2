package dev.atlvs.people.credential;

import dev.atlvs.core.TenantTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One table of expiring credentials, as the {@link ExpiryMonitor} reads it: certifications today, company
 * qualifications later. A source lists the credentials that are still valid on a day and expire within a horizon, and
 * says whom to tell about one.
 */
public interface CredentialSource {

    /** The credentials valid on {@code day} (stored active, not yet past expiry) expiring on or before {@code through}. */
    List<? extends ExpiringCredential> expiringBetween(TenantTransaction tx, LocalDate day, LocalDate through);

    /** The users to notify about {@code credential} besides the members holding the monitor's permission: its holder's login. */
    Set<UUID> holderUsers(TenantTransaction tx, ExpiringCredential credential);
}
