package dev.atlvs.core.comment;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.validation.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Discussion on any record, inside the caller's tenant transaction.
 *
 * <ul>
 *   <li>{@link #post} opens a thread on a record, {@link #reply} answers a top-level comment (threads are
 *       one level deep; a reply to a reply is refused). Both need {@link CorePermissions#COMMENTS_CREATE}.</li>
 *   <li>Mentions are parsed from the body ({@link Mentions}); users who are not active members are dropped,
 *       and every mentioned member other than the author gets a {@value #MENTION} notification about the
 *       record. An edit notifies only the members it newly mentions.</li>
 *   <li>Only the author {@linkplain #edit edits}; the author or a moderator holding {@link CorePermissions#COMMENTS_MANAGE}
 *       {@linkplain #delete deletes} (soft delete). {@link #resolve} and {@link #reopen} need {@link CorePermissions#COMMENTS_UPDATE}.</li>
 *   <li>{@link #thread} lists the live threads of a record oldest first; a deleted comment is hidden, and
 *       so are the replies of a deleted top-level comment.</li>
 * </ul>
 * Every rule is checked before anything is written; the database enforces the thread rules as well.
 */
public final class CommentService {
    /** The notification type of a mention. */
    public static final String MENTION = "comment.mention";

    private static final int EXCERPT_LENGTH = 500;

    private final TenantTransaction tx;
    private final CommentRepository comments;
    private final CommentReactionRepository reactions;

    public CommentService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.comments = tx.repository(CommentRepository.class);
        this.reactions = tx.repository(CommentReactionRepository.class);
    }

    /**
     * Opens a thread on {@code target}.
     *
     * @throws ValidationException when the body is blank or too long, or the entity type is not registered
     *         (field {@code entityType})
     * @throws ReferenceMissingException when the record does not exist (or is deleted) in this organization
     */
    public Comment post(EntityRef target, String body) {
        requireNonNull(target, "target is null");
        tx.require(CorePermissions.COMMENTS_CREATE);
        EntityType type = EntityTypes.require(target.type(), dev.atlvs.core.CoreRules.COMMENTS_ENTITY_ID_TYPE);
        Comment comment = withMentions(Comment.builder()
                .organizationId(tx.organizationId())
                .entityType(target.type())
                .entityId(target.id()), body);
        type.requireLive(tx, target.id(), "Comment", "comments");
        return notifyMentioned(published(comments.insert(comment)), Set.of());
    }

    /**
     * Replies to the top-level comment {@code parentId}, on the same record.
     *
     * @throws ReferenceMissingException when the parent does not exist or is deleted (field {@code parentId})
     * @throws ValidationException when the parent is itself a reply (rule {@code comments_parent_depth}) or
     *         the body is invalid
     */
    public Comment reply(UUID parentId, String body) {
        requireNonNull(parentId, "parentId is null");
        tx.require(CorePermissions.COMMENTS_CREATE);
        Comment parent = comments.find(parentId)
                .orElseThrow(() -> new ReferenceMissingException("Comment", "parentId", "comments_parent_fkey", null));
        if (parent.isReply()) {
            throw dev.atlvs.core.CoreRules.COMMENTS_PARENT_DEPTH.exception();
        }
        Comment reply = withMentions(Comment.builder()
                .organizationId(tx.organizationId())
                .entityType(parent.entityType())
                .entityId(parent.entityId())
                .parentId(parentId), body);
        return notifyMentioned(published(comments.insert(reply)), Set.of());
    }

    /**
     * Replaces the body of comment {@code id}, provided it still has {@code version}; only its author may.
     * Sets {@link Comment#editedAt()}; the earlier bodies stay in the audit trail.
     *
     * @throws AccessDeniedException when the actor is not the author
     * @throws dev.atlvs.core.error.StaleVersionException when the comment changed since {@code version}
     */
    public Comment edit(UUID id, long version, String body) {
        requireNonNull(id, "id is null");
        Comment current = comments.get(id);
        if (!current.isAuthoredBy(tx.actorId())) {
            throw new AccessDeniedException(CoreErrorCode.PERMISSION_DENIED, null, "only the author of a comment edits it");
        }
        Comment edited = withMentions(ImmutableComment.builder()
                .from(current)
                .version(version)
                .editedAt(tx.now()), body);
        return notifyMentioned(comments.update(edited), new HashSet<>(current.mentions()));
    }

    /**
     * Marks the thread opened by comment {@code id} resolved.
     *
     * @throws ConflictException ({@link CoreErrorCode#ILLEGAL_TRANSITION}) when it is already resolved or
     *         the comment is a reply
     */
    public Comment resolve(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.COMMENTS_UPDATE);
        Comment current = comments.get(id);
        if (current.isReply()) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "isResolved", "only a thread (a top-level comment) is resolved");
        }
        if (current.isResolved()) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "isResolved", "the thread is already resolved");
        }
        return comments.update(ImmutableComment.builder()
                .from(current)
                .isResolved(true)
                .resolvedBy(tx.actorId())
                .resolvedAt(tx.now())
                .build());
    }

    /**
     * Reopens the resolved thread opened by comment {@code id}.
     *
     * @throws ConflictException ({@link CoreErrorCode#ILLEGAL_TRANSITION}) when it is not resolved
     */
    public Comment reopen(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.COMMENTS_UPDATE);
        Comment current = comments.get(id);
        if (!current.isResolved()) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "isResolved", "the thread is not resolved");
        }
        return comments.update(ImmutableComment.builder()
                .from(current)
                .isResolved(false)
                .resolvedBy(Optional.empty())
                .resolvedAt(Optional.empty())
                .build());
    }

    /**
     * Deletes comment {@code id} (soft delete): its author may, and so may a moderator holding
     * {@link CorePermissions#COMMENTS_MANAGE}. Deleting a top-level comment hides its whole thread.
     */
    public Comment delete(UUID id) {
        requireNonNull(id, "id is null");
        Comment current = comments.get(id);
        if (!current.isAuthoredBy(tx.actorId())) {
            tx.require(CorePermissions.COMMENTS_MANAGE);
        }
        return comments.softDelete(current);
    }

    /** The live comment {@code id}. */
    public Comment get(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.COMMENTS_READ);
        return comments.get(id);
    }

    /**
     * The live threads on {@code target}, oldest first, each with its live replies oldest first.
     *
     * @throws ValidationException when the entity type is not registered (field {@code entityType})
     */
    public List<CommentThread> thread(EntityRef target) {
        requireNonNull(target, "target is null");
        tx.require(CorePermissions.COMMENTS_READ);
        EntityTypes.require(target.type());
        Map<UUID, Comment> topLevel = new LinkedHashMap<>();
        Map<UUID, List<Comment>> replies = new LinkedHashMap<>();
        for (Comment comment : comments.liveOn(target.type(), target.id())) {
            if (comment.isReply()) {
                replies.computeIfAbsent(comment.parentId().orElseThrow(), parent -> new ArrayList<>()).add(comment);
            } else {
                topLevel.put(comment.id(), comment);
            }
        }
        return topLevel.values().stream()
                .map(comment -> new CommentThread(comment, replies.getOrDefault(comment.id(), List.of())))
                .toList();
    }

    /** Adds the acting user's {@code emoji} reaction to comment {@code commentId}; reacting twice changes nothing. */
    public CommentReaction react(UUID commentId, String emoji) {
        requireNonNull(commentId, "commentId is null");
        tx.require(CorePermissions.COMMENTS_CREATE);
        CommentReaction reaction = tx.validate("CommentReaction", CommentReaction.builder()
                .organizationId(tx.organizationId())
                .commentId(commentId)
                .userId(tx.actorId())
                .emoji(requireNonNull(emoji, "emoji is null"))
                .build());
        comments.get(commentId);
        return reactions.findReaction(commentId, tx.actorId(), emoji).orElseGet(() -> reactions.insert(reaction));
    }

    /** Removes the acting user's {@code emoji} reaction to comment {@code commentId}; returns whether there was one. */
    public boolean unreact(UUID commentId, String emoji) {
        requireNonNull(commentId, "commentId is null");
        requireNonNull(emoji, "emoji is null");
        Optional<CommentReaction> reaction = reactions.findReaction(commentId, tx.actorId(), emoji);
        reaction.ifPresent(reactions::delete);
        return reaction.isPresent();
    }

    /** The reactions to comment {@code commentId}, oldest first. */
    public List<CommentReaction> reactions(UUID commentId) {
        requireNonNull(commentId, "commentId is null");
        tx.require(CorePermissions.COMMENTS_READ);
        comments.get(commentId);
        return reactions.of(commentId);
    }

    /** Completes {@code builder} with {@code body} and the members it mentions, and validates the comment. */
    /** Publishes {@code comment.posted} for a new comment or reply, in the transaction that stores it. */
    private Comment published(Comment posted) {
        java.util.Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("entityType", posted.entityType());
        payload.put("entityId", posted.entityId());
        posted.parentId().ifPresent(parent -> payload.put("parentId", parent));
        new dev.atlvs.core.event.DomainEvents(tx).append("comment", posted.id(), CoreEvents.COMMENT_POSTED, payload);
        return posted;
    }

    private Comment withMentions(ImmutableComment.Builder builder, String body) {
        requireNonNull(body, "body is null");
        Comment unchecked = builder.body(body).mentions(List.of()).build();
        Validation.validate("Comment", unchecked);
        List<UUID> mentioned = Mentions.parse(body);
        if (mentioned.size() > Comment.MAX_MENTIONS) {
            throw ValidationException.of("Comment", "body", "Mentions", "mentions at most " + Comment.MAX_MENTIONS + " users");
        }
        Set<UUID> members = mentioned.isEmpty() ? Set.of() : new HashSet<>(comments.activeMembers(mentioned.toArray(UUID[]::new)));
        return builder.mentions(mentioned.stream().filter(members::contains).toList()).build();
    }

    /** Notifies the members {@code comment} mentions, except its author and those in {@code alreadyNotified}. */
    private Comment notifyMentioned(Comment comment, Set<UUID> alreadyNotified) {
        List<UUID> recipients = comment.mentions().stream()
                .filter(user -> !user.equals(tx.actorId()) && !alreadyNotified.contains(user))
                .toList();
        if (!recipients.isEmpty()) {
            new NotificationService(tx).notify(recipients, NotificationRequest.builder()
                    .type(MENTION)
                    .title("You were mentioned in a comment")
                    .body(excerpt(comment.body()))
                    .entity(comment.entity())
                    .data("{\"commentId\": \"" + comment.id() + "\"}")
                    .build());
        }
        return comment;
    }

    private static String excerpt(String body) {
        if (body.codePointCount(0, body.length()) <= EXCERPT_LENGTH) {
            return body;
        }
        return body.substring(0, body.offsetByCodePoints(0, EXCERPT_LENGTH - 1)) + "…";
    }
}
