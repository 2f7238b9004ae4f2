package dev.atlvs.people.shortlist;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The members of the current organization's shortlists. */
public interface ShortlistMemberRepository extends Repository<ShortlistMember> {

    /** The members of a shortlist by rank (unranked last), then by when they were added. */
    @SqlQuery("""
            select * from atlvs.shortlist_members
             where organization_id = :organizationId and shortlist_id = :shortlistId
             order by rank nulls last, added_at, id
            """)
    List<ShortlistMember> of(UUID shortlistId);

    /** The member of a shortlist that is this person, if any. */
    @SqlQuery("""
            select * from atlvs.shortlist_members
             where organization_id = :organizationId and shortlist_id = :shortlistId and person_id = :personId
            """)
    Optional<ShortlistMember> findMember(UUID shortlistId, UUID personId);

    /** The shortlist places of a person, newest first. */
    @SqlQuery("""
            select * from atlvs.shortlist_members
             where organization_id = :organizationId and person_id = :personId
             order by added_at desc, id desc
            """)
    List<ShortlistMember> ofPerson(UUID personId);

    /** How many members of a shortlist are selected. */
    @SqlQuery("""
            select count(*) from atlvs.shortlist_members
             where organization_id = :organizationId and shortlist_id = :shortlistId and status = 'selected'
            """)
    long countSelected(UUID shortlistId);
}
