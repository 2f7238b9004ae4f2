package dev.atlvs.people.endorsement;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The endorsements of the current organization. Verification reads the projects module's teams: an endorsement by a
 * person of the directory is verified when endorser and endorsed are both on the team ({@code project_members.person_id})
 * of a project that is completed and not deleted.
 */
public interface EndorsementRepository extends Repository<Endorsement> {

    /** The endorsements of a person, newest first. */
    @SqlQuery("""
            select * from atlvs.people_endorsements
             where organization_id = :organizationId and person_id = :personId
             order by created_at desc, id desc
            """)
    List<Endorsement> of(UUID personId);

    /** The endorsements of any of {@code personIds}, for one competency or, when it is null, for every competency. */
    @SqlQuery("""
            select * from atlvs.people_endorsements
             where organization_id = :organizationId and person_id = any(:personIds)
               and (cast(:competencyId as uuid) is null or competency_id = :competencyId)
             order by person_id, id
            """)
    List<Endorsement> ofPeople(UUID[] personIds, UUID competencyId);

    /** The endorsements given by a person of the directory, newest first. */
    @SqlQuery("""
            select * from atlvs.people_endorsements
             where organization_id = :organizationId and endorser_id = :endorserId
             order by created_at desc, id desc
            """)
    List<Endorsement> givenBy(UUID endorserId);

    /** Which of the endorsements {@code ids} are verified: endorser and endorsed shared a completed project. */
    @SqlQuery("""
            select e.id from atlvs.people_endorsements e
             where e.organization_id = :organizationId and e.id = any(:ids) and e.endorser_id is not null
               and exists (select 1
                             from atlvs.project_members endorsed
                             join atlvs.project_members endorser
                               on endorser.organization_id = endorsed.organization_id
                              and endorser.project_id = endorsed.project_id
                              and endorser.person_id = e.endorser_id
                             join atlvs.projects p
                               on p.organization_id = endorsed.organization_id and p.id = endorsed.project_id
                            where endorsed.organization_id = :organizationId and endorser.organization_id = :organizationId
                              and p.organization_id = :organizationId and endorsed.person_id = e.person_id
                              and p.status = 'completed' and p.deleted_at is null)
            """)
    List<UUID> verifiedAmong(UUID[] ids);
}
