package dev.atlvs.projects.milestone;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Milestones of the current organization. Completing one goes through {@link MilestoneService}. */
public interface MilestoneRepository extends Repository<Milestone> {

    /** The project's milestones by due date. */
    @SqlQuery("""
            select * from atlvs.project_milestones
             where organization_id = :organizationId and project_id = :projectId
             order by due_date, id
            """)
    List<Milestone> ofProject(UUID projectId);

    /** Milestones of every project not yet completed and due on {@code from} to {@code to} (both included), by due date. */
    @SqlQuery("""
            select * from atlvs.project_milestones
             where organization_id = :organizationId and completed_at is null
               and due_date between :from and :to
             order by due_date, project_id, id
            """)
    List<Milestone> dueBetween(LocalDate from, LocalDate to);

    /** The project's milestones not yet completed and due on {@code from} to {@code to} (both included), by due date. */
    @SqlQuery("""
            select * from atlvs.project_milestones
             where organization_id = :organizationId and project_id = :projectId and completed_at is null
               and due_date between :from and :to
             order by due_date, id
            """)
    List<Milestone> dueBetween(UUID projectId, LocalDate from, LocalDate to);

    /** Milestones of every project not completed and due before {@code today}, most overdue first. */
    @SqlQuery("""
            select * from atlvs.project_milestones
             where organization_id = :organizationId and completed_at is null and due_date < :today
             order by due_date, project_id, id
            """)
    List<Milestone> overdue(LocalDate today);

    /** How many of the project's milestones are not completed. */
    @SqlQuery("""
            select count(*) from atlvs.project_milestones
             where organization_id = :organizationId and project_id = :projectId and completed_at is null
            """)
    long countOpen(UUID projectId);
}
