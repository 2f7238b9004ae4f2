package dev.atlvs.programming.activation;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The activations of the current organization. */
public interface ActivationRepository extends SoftDeleteRepository<Activation> {

    /** The live activations of a project, by start. */
    @SqlQuery("""
            select * from atlvs.activations
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by start_date, id
            """)
    List<Activation> ofProject(UUID projectId);
}
