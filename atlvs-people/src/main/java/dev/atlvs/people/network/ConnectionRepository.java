package dev.atlvs.people.network;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The stored rows of the people network of the current organization. Prefer {@link NetworkService}, which keeps
 * symmetric connections in their stored order and mentor connections in pairs.
 */
public interface ConnectionRepository extends Repository<Connection> {

    /**
     * Every row touching any of {@code people}, from either side: one level of a breadth-first search. Served by the
     * indexes leading with {@code (organization_id, person_id)} and {@code (organization_id, connected_person_id)}.
     */
    @SqlQuery("""
            select * from atlvs.people_network
             where organization_id = :organizationId
               and (person_id = any(:people) or connected_person_id = any(:people))
            """)
    List<Connection> touching(UUID[] people);

    /**
     * The edges touching any of {@code people}, from either side, without the rest of the rows: one level of the path
     * search. Each side is its own branch, so that each probes its index, {@code (organization_id, person_id, ...)} and
     * {@code (organization_id, connected_person_id)}, whatever the planner estimates for the organization; an edge
     * between two of {@code people} comes once from each branch.
     */
    @SqlQuery("""
            select person_id, connected_person_id, relationship_type from atlvs.people_network
             where organization_id = :organizationId and person_id = any(:people)
            union all
            select person_id, connected_person_id, relationship_type from atlvs.people_network
             where organization_id = :organizationId and connected_person_id = any(:people)
            """)
    @RegisterConstructorMapper(Edge.class)
    List<Edge> edgesTouching(UUID[] people);

    /** The people among {@code ids} (deleted ones included), in no particular order: the names on a path, in one query. */
    @SqlQuery("""
            select * from atlvs.people where organization_id = :organizationId and id = any(:ids)
            """)
    List<dev.atlvs.people.person.Person> people(UUID[] ids);

    /**
     * One stored row of the network reduced to its edge: {@code personId} is {@code relationshipType} of
     * {@code connectedPersonId}.
     *
     * @param personId          the person the row starts from
     * @param connectedPersonId the person it points to
     * @param relationshipType  what {@code personId} is to {@code connectedPersonId}
     */
    record Edge(UUID personId, UUID connectedPersonId, RelationshipType relationshipType) {}

    /** The rows between two people, in either direction. */
    @SqlQuery("""
            select * from atlvs.people_network
             where organization_id = :organizationId
               and ((person_id = :a and connected_person_id = :b) or (person_id = :b and connected_person_id = :a))
             order by relationship_type, id
            """)
    List<Connection> between(UUID a, UUID b);
}
