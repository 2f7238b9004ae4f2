package dev.atlvs.core.notification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A message to one member about an event, such as {@code comment.mention} or {@code job.assignment},
 * optionally about one record ({@link #entity()}). It is unread until its user reads it, and leaves the
 * unread list when read or dismissed. A repeat of the same event for the same user and record within a
 * short window is merged into it ({@link #occurrences()} counts them); see {@link NotificationService}.
 * Notifications are created through {@link NotificationService#notify}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("notifications")
public interface Notification extends TenantEntity, NotificationContent {

    Table<Notification, ImmutableNotification.Builder> TABLE = NotificationTable.TABLE;

    static ImmutableNotification.Builder builder() {
        return ImmutableNotification.builder();
    }

    /** The member the notification is for. */
    @Db.Fixed
    UUID userId();

    /** The registered entity type of the record the notification is about; present with {@link #entityId()}. */
    @Db.Fixed
    Optional<@Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a lower-case entity type") String> entityType();

    /** The record the notification is about; present with {@link #entityType()}. */
    @Db.Fixed
    Optional<UUID> entityId();

    /** How many times the event happened: repeats within the merge window raise it instead of adding rows. */
    @Value.Default
    @Positive
    default int occurrences() {
        return 1;
    }

    /** When the user read it; empty while unread. */
    Optional<Instant> readAt();

    /** When the host's delivery worker delivered it over its channel. */
    Optional<Instant> deliveredAt();

    /** When the user dismissed it; dismissed notifications leave the unread list. */
    Optional<Instant> dismissedAt();

    /** The record the notification is about, if any. Not a column: derived from {@link #entityType()} and {@link #entityId()}. */
    default Optional<EntityRef> entity() {
        return entityType().flatMap(type -> entityId().map(id -> new EntityRef(type, id)));
    }

    /** Whether the user has not read it yet. */
    default boolean isUnread() {
        return readAt().isEmpty();
    }

    @Value.Check
    default void check() {
        if (entityType().isPresent() != entityId().isPresent()) {
            throw dev.atlvs.core.CoreRules.NOTIFICATIONS_ENTITY_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
