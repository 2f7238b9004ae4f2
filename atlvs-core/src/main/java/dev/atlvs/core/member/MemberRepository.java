package dev.atlvs.core.member;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Memberships of the current organization. Status changes go through {@link MemberService}. */
public interface MemberRepository extends Repository<Member> {

    /** The membership of {@code userId}, whatever its status. */
    @SqlQuery("""
            select * from atlvs.organization_members
             where organization_id = :organizationId and user_id = :userId
            """)
    Optional<Member> findByUser(UUID userId);

    /** The memberships in {@code status}, oldest first. */
    @SqlQuery("""
            select * from atlvs.organization_members
             where organization_id = :organizationId and status = :status
             order by id
            """)
    List<Member> withStatus(MemberStatus status);

    /** How many members are active with {@code role}. */
    @SqlQuery("""
            select count(*) from atlvs.organization_members
             where organization_id = :organizationId and status = 'active' and role = :role
            """)
    long countActive(MemberRole role);
}
