package dev.atlvs.core.comment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A comment on any registered record ({@link #entity()}): a top-level comment opens a thread, a reply
 * ({@link #parentId()}) answers a top-level comment on the same record; threads are one level deep. The
 * body is markdown and may mention members (see {@link Mentions}). The author ({@link #createdBy()})
 * alone edits; moderators delete (soft delete). Only top-level comments are resolved.
 *
 * <p>Write comments through {@link CommentService}, which parses mentions, notifies and checks
 * permissions; the database enforces the thread rules whatever code writes.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("comments")
public interface Comment extends TenantEntity, SoftDeletable {

    Table<Comment, ImmutableComment.Builder> TABLE = CommentTable.TABLE;

    /** The most users one comment may mention. */
    int MAX_MENTIONS = 50;

    static ImmutableComment.Builder builder() {
        return ImmutableComment.builder();
    }

    /** The type of the record commented on, a registered {@link dev.atlvs.core.entity.EntityType} name. */
    @Db.Fixed
    @NotNull
    @Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a registered entity type such as location")
    String entityType();

    /** The record commented on. */
    @Db.Fixed
    UUID entityId();

    /** The top-level comment this one replies to; empty for a top-level comment. */
    @Db.Fixed
    Optional<UUID> parentId();

    /** Markdown, 1 to 10,000 characters, not blank. */
    @NotBlank
    @Size(max = 10_000)
    String body();

    /** The users the body mentions, in order of first mention, without repeats. */
    @Size(max = MAX_MENTIONS)
    List<UUID> mentions();

    /** Whether the thread this top-level comment opens is resolved. */
    @Value.Default
    default boolean isResolved() {
        return false;
    }

    /** Who resolved the thread. */
    Optional<UUID> resolvedBy();

    /** When the thread was resolved; present exactly when {@link #isResolved()}. */
    Optional<Instant> resolvedAt();

    /** When the author last edited the body. */
    Optional<Instant> editedAt();

    /** The record commented on, as a reference. */
    default EntityRef entity() {
        return new EntityRef(entityType(), entityId());
    }

    /** Whether this comment is a reply. */
    default boolean isReply() {
        return parentId().isPresent();
    }

    /** Whether {@code userId} wrote this comment. */
    default boolean isAuthoredBy(UUID userId) {
        return createdBy().isPresent() && createdBy().get().equals(userId);
    }

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("Comment")
                .require(isResolved() == resolvedAt().isPresent() && (resolvedBy().isEmpty() || isResolved()),
                        dev.atlvs.core.CoreRules.COMMENTS_RESOLVED_AT_CHECK)
                .require(!isResolved() || !isReply(), dev.atlvs.core.CoreRules.COMMENTS_IS_RESOLVED_CHECK)
                .require(parentId().map(parent -> !parent.equals(id())).orElse(true), dev.atlvs.core.CoreRules.COMMENTS_PARENT_CHECK)
                .require(new HashSet<>(mentions()).size() == mentions().size(), "mentions", "Distinct", "must not repeat a user")
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
