package dev.atlvs.core.comment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One member's reaction to a comment: an emoji (or a short code such as {@code :+1:}), at most once per
 * member, comment and emoji. Reactions go with their comment.
 */
@Value.Immutable
@AtlvsStyle
public interface CommentReaction extends TenantEntity {

    Table<CommentReaction, ImmutableCommentReaction.Builder> TABLE = Table
            .tenant("comment_reactions", CommentReaction.class, ImmutableCommentReaction::builder, ImmutableCommentReaction.Builder::build)
            .column("comment_id", ColumnType.UUID_TYPE, CommentReaction::commentId, ImmutableCommentReaction.Builder::commentId).fixed()
            .column("user_id", ColumnType.UUID_TYPE, CommentReaction::userId, ImmutableCommentReaction.Builder::userId).fixed()
            .column("emoji", ColumnType.TEXT, CommentReaction::emoji, ImmutableCommentReaction.Builder::emoji).fixed()
            .build();

    static ImmutableCommentReaction.Builder builder() {
        return ImmutableCommentReaction.builder();
    }

    /** The comment reacted to. */
    UUID commentId();

    /** The member who reacted. */
    UUID userId();

    /** The emoji, 1 to 32 characters without whitespace. */
    @NotNull
    @Size(min = 1, max = 32)
    @Pattern(regexp = "\\S+", message = "must be one emoji or short code without whitespace")
    String emoji();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
