package dev.atlvs.core.notification;

import dev.atlvs.core.repository.Filter;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Notifications of the current organization, of every member. Per-user reads and state changes for the
 * acting user go through {@link NotificationService}, which also merges repeats; the queries here take
 * the user explicitly.
 */
public interface NotificationRepository extends Repository<Notification> {

    /** The newest {@code limit} unread, undismissed notifications of {@code userId}, newest first. */
    @SqlQuery("""
            select * from atlvs.notifications
             where organization_id = :organizationId and user_id = :userId
               and read_at is null and dismissed_at is null
             order by created_at desc, id desc
             limit :limit
            """)
    List<Notification> unread(UUID userId, int limit);

    /** How many notifications of {@code userId} are unread and undismissed. */
    @SqlQuery("""
            select count(*) from atlvs.notifications
             where organization_id = :organizationId and user_id = :userId
               and read_at is null and dismissed_at is null
            """)
    long countUnread(UUID userId);

    /**
     * One page of the notifications of {@code userId} (read or not), through the generic keyset paging:
     * e.g. {@code PageRequest.sortedBy("createdAt").descending()} for newest first. The returned page's
     * {@link Page#nextRequest()} continues {@code request}, without the user condition added here.
     */
    default Page<Notification> pageOf(UUID userId, PageRequest request) {
        Page<Notification> page = page(request.filter(Filter.equal("userId", userId)));
        return new Page<>(page.items(), page.nextCursor(), request);
    }

    /** The notification {@code id} if it belongs to {@code userId}. */
    @SqlQuery("""
            select * from atlvs.notifications
             where organization_id = :organizationId and id = :id and user_id = :userId
            """)
    Optional<Notification> findOf(UUID userId, UUID id);

    /** Marks the notification {@code id} of {@code userId} read at {@code at}, unless it already is. */
    @SqlQuery("""
            update atlvs.notifications set read_at = :at
             where organization_id = :organizationId and id = :id and user_id = :userId and read_at is null
            returning *
            """)
    Optional<Notification> markRead(UUID userId, UUID id, Instant at);

    /** Marks every unread, undismissed notification of {@code userId} read at {@code at}; returns how many. */
    @SqlUpdate("""
            update atlvs.notifications set read_at = :at
             where organization_id = :organizationId and user_id = :userId and read_at is null and dismissed_at is null
            """)
    int markAllRead(UUID userId, Instant at);

    /** Dismisses the notification {@code id} of {@code userId} at {@code at}, unless it already is. */
    @SqlQuery("""
            update atlvs.notifications set dismissed_at = :at
             where organization_id = :organizationId and id = :id and user_id = :userId and dismissed_at is null
            returning *
            """)
    Optional<Notification> dismiss(UUID userId, UUID id, Instant at);

    /** Records the delivery of the notification {@code id} at {@code at}, unless it already was delivered. */
    @SqlQuery("""
            update atlvs.notifications set delivered_at = :at
             where organization_id = :organizationId and id = :id and delivered_at is null
            returning *
            """)
    Optional<Notification> markDelivered(UUID id, Instant at);

    /** Which of {@code userIds} are active members, the only ones who receive notifications. */
    @SqlQuery("""
            select user_id from atlvs.organization_members
             where organization_id = :organizationId and status = 'active' and user_id = any(:userIds)
            """)
    List<UUID> activeMembers(UUID[] userIds);

    /**
     * Waits for, then holds until the transaction ends, the lock on one merge key (user, type, entity), so
     * that concurrent notifications with the same key are merged one after the other. Statements after
     * this one see what a previous holder committed (under READ COMMITTED, each statement takes a new
     * snapshot). Hash collisions between keys only serialize unrelated notifications; they never merge them.
     */
    @SqlQuery("""
            select count(*) from (
                select pg_advisory_xact_lock(
                           hashtext('atlvs.notifications'),
                           hashtext(concat_ws('|', cast(:organizationId as text), cast(:userId as text), :type,
                                              cast(:entityType as text), cast(:entityId as text))))
            ) as locked
            """)
    long lockMergeKey(UUID userId, String type, String entityType, UUID entityId);

    /**
     * The newest unread, undismissed notification of {@code userId} with this type and entity created
     * after {@code since}, locked for update: the one a repeat is merged into.
     */
    @SqlQuery("""
            select * from atlvs.notifications
             where organization_id = :organizationId and user_id = :userId
               and read_at is null and dismissed_at is null and created_at > :since
               and type = :type
               and entity_type is not distinct from cast(:entityType as text)
               and entity_id is not distinct from cast(:entityId as uuid)
             order by created_at desc, id desc
             limit 1
             for update
            """)
    Optional<Notification> findMergeTarget(UUID userId, String type, String entityType, UUID entityId, Instant since);
}
