package dev.atlvs.core.notification;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Notifications inside one tenant transaction: other modules {@linkplain #notify notify} members, and
 * the acting user reads and handles their own notifications. Another user's notification behaves as if
 * it did not exist ({@link NotFoundException}). Times come from the SDK's clock ({@link TenantTransaction#now()}).
 *
 * <p><b>Merging repeats.</b> A notification with the same user, type and entity as one that is still
 * unread and undismissed and was created less than {@link #MERGE_WINDOW} ago is merged into it: its
 * {@link Notification#occurrences()} goes up by one, its title, body, link and data are replaced by the
 * new ones, its priority becomes the more urgent of the two, and channel and delivery state are kept.
 * Concurrent notifications with the same key never make two rows: each takes a transaction-scoped lock
 * on the key before it looks for a notification to merge into. Under READ COMMITTED (the SDK's default)
 * the search after the lock sees what the previous holder committed; under SERIALIZABLE the database
 * detects the conflict and the SDK retries the transaction. Under REPEATABLE READ the search cannot see
 * a notification committed after the transaction began, so a concurrent repeat may stay a row of its own.
 */
public final class NotificationService {

    /** How long after its creation an unread notification absorbs repeats of the same event. */
    public static final Duration MERGE_WINDOW = Duration.ofMinutes(10);

    /** How many notifications {@link #unread()} returns at most. */
    public static final int UNREAD_LIMIT = 100;

    private final TenantTransaction tx;
    private final NotificationRepository notifications;

    public NotificationService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.notifications = tx.repository(NotificationRepository.class);
    }

    /**
     * Notifies each of {@code userIds} who is an active member of the organization; users who are not
     * members, or whose membership is invited, suspended or removed, are skipped silently (so a caller can
     * pass every mentioned user without checking). A repeat within {@link #MERGE_WINDOW} is merged into
     * the earlier notification (see the class description). No permission is needed: the calling module
     * decides who may be notified about what (comments notify only users who may read the entity).
     *
     * @return the stored notification of each notified user, in the order of {@code userIds}
     * @throws dev.atlvs.core.error.ValidationException when the request breaks a rule or names an
     *         unregistered entity type (field {@code entityType}); nothing is written
     * @throws dev.atlvs.core.error.ReferenceMissingException when the entity does not exist in this organization
     */
    public List<Notification> notify(Collection<UUID> userIds, NotificationRequest request) {
        requireNonNull(userIds, "userIds is null");
        requireNonNull(request, "request is null");
        Validation.validate("NotificationRequest", request);
        request.entity().ifPresent(entity -> EntityTypes.require(entity.type(), dev.atlvs.core.CoreRules.NOTIFICATIONS_ENTITY_ID_TYPE));
        Set<UUID> requested = new LinkedHashSet<>();
        for (UUID userId : userIds) {
            requested.add(requireNonNull(userId, "userIds contains null"));
        }
        if (requested.isEmpty()) {
            return List.of();
        }
        // Keys are locked in one global order (by user id), so two notifications of the same event to
        // overlapping users wait for each other instead of deadlocking.
        List<UUID> recipients = notifications.activeMembers(requested.toArray(UUID[]::new)).stream().sorted().toList();
        Map<UUID, Notification> stored = new HashMap<>();
        for (UUID userId : recipients) {
            stored.put(userId, notifyOne(userId, request));
        }
        List<Notification> result = new ArrayList<>(stored.size());
        for (UUID userId : requested) {
            if (stored.containsKey(userId)) {
                result.add(stored.get(userId));
            }
        }
        return List.copyOf(result);
    }

    private Notification notifyOne(UUID userId, NotificationRequest request) {
        String entityType = request.entity().map(EntityRef::type).orElse(null);
        UUID entityId = request.entity().map(EntityRef::id).orElse(null);
        notifications.lockMergeKey(userId, request.type(), entityType, entityId);
        Instant since = tx.now().minus(MERGE_WINDOW);
        Optional<Notification> earlier = notifications.findMergeTarget(userId, request.type(), entityType, entityId, since);
        if (earlier.isPresent()) {
            Notification merged = ImmutableNotification.builder()
                    .from(earlier.get())
                    .title(request.title())
                    .body(request.body())
                    .link(request.link())
                    .data(request.data())
                    .priority(earlier.get().priority().atLeast(request.priority()))
                    .occurrences(earlier.get().occurrences() + 1)
                    .build();
            return notifications.update(merged);
        }
        return notifications.insert(Notification.builder()
                .organizationId(tx.organizationId())
                .userId(userId)
                .type(request.type())
                .title(request.title())
                .body(request.body())
                .link(request.link())
                .entityType(Optional.ofNullable(entityType))
                .entityId(Optional.ofNullable(entityId))
                .channel(request.channel())
                .priority(request.priority())
                .data(request.data())
                .build());
    }

    /** The acting user's notification {@code id}. */
    public Notification get(UUID id) {
        requireNonNull(id, "id is null");
        return notifications.findOf(tx.actorId(), id).orElseThrow(() -> notFound(id));
    }

    /** The acting user's newest {@value #UNREAD_LIMIT} unread, undismissed notifications, newest first. */
    public List<Notification> unread() {
        return notifications.unread(tx.actorId(), UNREAD_LIMIT);
    }

    /** How many notifications of the acting user are unread and undismissed. */
    public long unreadCount() {
        return notifications.countUnread(tx.actorId());
    }

    /** One page of the acting user's notifications, read or not; see {@link NotificationRepository#pageOf}. */
    public Page<Notification> page(PageRequest request) {
        requireNonNull(request, "request is null");
        return notifications.pageOf(tx.actorId(), request);
    }

    /** Marks the acting user's notification {@code id} read; reading it again changes nothing. */
    public Notification markRead(UUID id) {
        requireNonNull(id, "id is null");
        return notifications.markRead(tx.actorId(), id, tx.now()).or(() -> notifications.findOf(tx.actorId(), id))
                .orElseThrow(() -> notFound(id));
    }

    /** Marks every unread notification of the acting user read; returns how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(tx.actorId(), tx.now());
    }

    /** Dismisses the acting user's notification {@code id}; dismissing it again changes nothing. */
    public Notification dismiss(UUID id) {
        requireNonNull(id, "id is null");
        return notifications.dismiss(tx.actorId(), id, tx.now()).or(() -> notifications.findOf(tx.actorId(), id))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Records that the host's delivery worker delivered notification {@code id} (of any member) at
     * {@code at}; the first recorded delivery stays. Requires {@link CorePermissions#NOTIFICATIONS_MANAGE}.
     */
    public Notification markDelivered(UUID id, Instant at) {
        requireNonNull(id, "id is null");
        requireNonNull(at, "at is null");
        tx.require(CorePermissions.NOTIFICATIONS_MANAGE);
        return notifications.markDelivered(id, at).or(() -> notifications.find(id)).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return NotFoundException.of("Notification", id);
    }
}
