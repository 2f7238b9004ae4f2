package dev.atlvs.core.comment;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reactions to comments of the current organization. */
public interface CommentReactionRepository extends Repository<CommentReaction> {

    /** The reaction of {@code userId} to {@code commentId} with {@code emoji}, if any. */
    @SqlQuery("""
            select * from atlvs.comment_reactions
             where organization_id = :organizationId and comment_id = :commentId and user_id = :userId and emoji = :emoji
            """)
    Optional<CommentReaction> findReaction(UUID commentId, UUID userId, String emoji);

    /** The reactions to {@code commentId}, oldest first. */
    @SqlQuery("""
            select * from atlvs.comment_reactions
             where organization_id = :organizationId and comment_id = :commentId
             order by created_at, id
            """)
    List<CommentReaction> of(UUID commentId);
}
