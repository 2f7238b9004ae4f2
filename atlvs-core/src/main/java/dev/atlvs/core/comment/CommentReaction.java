package dev.atlvs.core.comment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("comment_reactions")
public interface CommentReaction extends TenantEntity {

    Table<CommentReaction, ImmutableCommentReaction.Builder> TABLE = CommentReactionTable.TABLE;

    static ImmutableCommentReaction.Builder builder() {
        return ImmutableCommentReaction.builder();
    }

    /** The comment reacted to. */
    @Db.Fixed
    UUID commentId();

    /** The member who reacted. */
    @Db.Fixed
    UUID userId();

    /** The emoji, 1 to 32 characters without whitespace. */
    @Db.Fixed
    @NotNull
    @Size(min = 1, max = 32)
    @Pattern(regexp = "\\S+", message = "must be one emoji or short code without whitespace")
    String emoji();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
