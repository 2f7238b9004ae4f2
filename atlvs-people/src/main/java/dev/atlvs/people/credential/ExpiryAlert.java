package dev.atlvs.people.credential;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.UUID;

/**
 * One alert a run of the {@link ExpiryMonitor} sent.
 *
 * @param credential the credential about to expire (or expiring that day)
 * @param thresholdDays the threshold reached: 90, 60, 30, 7 or 0 (the day itself) by default
 * @param daysLeft days from the run's day to the expiry date (0 on the last valid day)
 * @param recipients the users notified: the holder's login and the members holding {@code people.credentials.manage}
 */
public record ExpiryAlert(ExpiringCredential credential, int thresholdDays, long daysLeft, Set<UUID> recipients) {
    public ExpiryAlert {
        requireNonNull(credential, "credential is null");
        recipients = Set.copyOf(requireNonNull(recipients, "recipients is null"));
    }
}
