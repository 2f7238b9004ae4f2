package dev.atlvs.core.comment;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Comments of the current organization. Posting, editing and moderating go through {@link CommentService}. */
public interface CommentRepository extends SoftDeleteRepository<Comment> {

    /**
     * The live comments on one record, oldest first: the top-level comments that are not deleted, and
     * the replies that are not deleted and whose top-level comment is not deleted either.
     */
    @SqlQuery("""
            select c.* from atlvs.comments c
             where c.organization_id = :organizationId and c.entity_type = :entityType and c.entity_id = :entityId
               and c.deleted_at is null
               and (c.parent_id is null
                    or exists (select 1 from atlvs.comments p
                                where p.organization_id = :organizationId and p.id = c.parent_id
                                  and p.deleted_at is null))
             order by c.created_at, c.id
            """)
    List<Comment> liveOn(String entityType, UUID entityId);

    /** The live replies to {@code parentId}, oldest first. */
    @SqlQuery("""
            select * from atlvs.comments
             where organization_id = :organizationId and parent_id = :parentId and deleted_at is null
             order by created_at, id
            """)
    List<Comment> replies(UUID parentId);

    /** Of {@code userIds}, the users who are active members of the organization (the users a comment may mention). */
    @SqlQuery("""
            select user_id from atlvs.organization_members
             where organization_id = :organizationId and status = 'active' and user_id = any(:userIds)
            """)
    List<UUID> activeMembers(UUID[] userIds);
}
