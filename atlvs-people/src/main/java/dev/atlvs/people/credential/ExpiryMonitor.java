package dev.atlvs.people.credential;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.notification.NotificationPriority;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.permission.PermissionResolver;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.certification.CertificationSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The credential expiry monitor: run once a day (a host's scheduler), it notifies about the credentials of every
 * {@link CredentialSource} that reach an alert threshold — by default 90, 60, 30 and 7 days before the expiry date, and
 * on the day itself (threshold 0). A credential is alerted at the smallest threshold not below its days left, so a day
 * the monitor did not run is caught up ({@link AlertThresholds#reached}), and one recorded 20 days before expiry is alerted at 30 at once.
 *
 * <p>Each threshold is notified once per credential and expiry date: the alerts sent are recorded in
 * {@code credential_alerts}, and running the monitor again the same day (or concurrently) sends nothing new. The
 * recipients are the holder's login user (when the person has one) and the active members holding
 * {@link PeoplePermissions#CREDENTIALS_MANAGE}; the notification (type {@code credential.expiring}) points at the
 * credential's record.
 *
 * <pre>{@code
 * List<ExpiryAlert> sent = new ExpiryMonitor(tx).run(LocalDate.now(tx.clock()));
 * // with company qualifications too, and other thresholds:
 * new ExpiryMonitor(tx, List.of(new CertificationSource(), qualifications), AlertThresholds.of(List.of(60, 14, 0))).run(today);
 * }</pre>
 */
public final class ExpiryMonitor {

    /** The notification type of an expiry alert. */
    public static final String NOTIFICATION_TYPE = "credential.expiring";

    private final TenantTransaction tx;
    private final List<CredentialSource> sources;
    private final AlertThresholds thresholds;

    /** The monitor of the people's certifications and the companies' qualifications, with the default thresholds. */
    public ExpiryMonitor(TenantTransaction tx) {
        this(tx, List.of(new CertificationSource(), new dev.atlvs.people.company.qualification.QualificationCredentialSource()),
                AlertThresholds.DEFAULT);
    }

    /** The monitor of {@code sources} with {@code thresholds}. */
    public ExpiryMonitor(TenantTransaction tx, List<? extends CredentialSource> sources, AlertThresholds thresholds) {
        this.tx = requireNonNull(tx, "tx is null");
        this.sources = List.copyOf(requireNonNull(sources, "sources is null"));
        this.thresholds = requireNonNull(thresholds, "thresholds is null");
    }

    /**
     * Sends the alerts due on {@code day} that were not sent before, and returns them. Requires
     * {@link PeoplePermissions#CREDENTIALS_MANAGE}.
     */
    public List<ExpiryAlert> run(LocalDate day) {
        requireNonNull(day, "day is null");
        tx.require(PeoplePermissions.CREDENTIALS_MANAGE);
        Set<UUID> managers = managers();
        CredentialAlertRepository alerts = tx.repository(CredentialAlertRepository.class);
        NotificationService notifications = new NotificationService(tx);
        List<ExpiryAlert> sent = new ArrayList<>();
        for (CredentialSource source : sources) {
            for (ExpiringCredential credential : source.expiringBetween(tx, day, day.plusDays(thresholds.horizon()))) {
                Optional<Long> left = credential.daysUntilExpiry(day);
                Optional<Integer> reached = left.flatMap(thresholds::reached);
                if (reached.isEmpty() || !credential.validOn(day)) {
                    continue;
                }
                int threshold = reached.get();
                Set<UUID> recipients = new LinkedHashSet<>(source.holderUsers(tx, credential));
                recipients.addAll(managers);
                if (alerts.record(credential.credentialType(), credential.credentialId(), credential.expiryDate().orElseThrow(), threshold, day,
                        recipients.size()).isEmpty()) {
                    continue;
                }
                notifications.notify(recipients, request(credential, left.get()));
                sent.add(new ExpiryAlert(credential, threshold, left.get(), recipients));
            }
        }
        return List.copyOf(sent);
    }

    private NotificationRequest request(ExpiringCredential credential, long left) {
        String when = left == 0 ? "expires today" : left == 1 ? "expires tomorrow" : "expires in " + left + " days";
        return NotificationRequest.builder()
                .type(NOTIFICATION_TYPE)
                .title(truncate(credential.name() + " " + when))
                .priority(left <= 7 ? NotificationPriority.HIGH : NotificationPriority.MEDIUM)
                .entity(EntityTypes.require(credential.credentialType()).ref(credential.credentialId()))
                .data("{\"daysLeft\": " + left + ", \"expiryDate\": \"" + credential.expiryDate().orElseThrow() + "\", \"holderKind\": \""
                        + credential.holderKind().name().toLowerCase(java.util.Locale.ROOT) + "\", \"holderId\": \"" + credential.holderId() + "\"}")
                .build();
    }

    private static String truncate(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private Set<UUID> managers() {
        Set<UUID> managers = new LinkedHashSet<>();
        for (Member member : tx.repository(MemberRepository.class).withStatus(MemberStatus.ACTIVE)) {
            if (PermissionResolver.resolve(tx.handle(), tx.organizationId(), member.userId(), member.role(), tx.now())
                    .allows(PeoplePermissions.CREDENTIALS_MANAGE)) {
                managers.add(member.userId());
            }
        }
        return managers;
    }
}
