package dev.atlvs.projects.task;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Tasks of the current organization. Every query lists live tasks only. Creating tasks and changing
 * their status go through {@link TaskService}, which gives the clear errors first.
 */
public interface TaskRepository extends SoftDeleteRepository<Task> {

    /** The project's tasks in board order. */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by position, id
            """)
    List<Task> ofProject(UUID projectId);

    /** The project's tasks in {@code status}, earliest due first (undated last), then in board order. */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and project_id = :projectId and status = :status
               and deleted_at is null
             order by due_date nulls last, position, id
            """)
    List<Task> ofProject(UUID projectId, TaskStatus status);

    /** The project's open tasks due on {@code from} to {@code to} (both included), earliest due first. */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and project_id = :projectId
               and due_date between :from and :to
               and status not in ('done', 'cancelled') and deleted_at is null
             order by due_date, position, id
            """)
    List<Task> dueBetween(UUID projectId, LocalDate from, LocalDate to);

    /** Open tasks of every project that were due before {@code today}, most overdue first. */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and due_date < :today
               and status not in ('done', 'cancelled') and deleted_at is null
             order by due_date, project_id, position, id
            """)
    List<Task> overdue(LocalDate today);

    /** Open tasks of one project that were due before {@code today}, most overdue first. */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and project_id = :projectId and due_date < :today
               and status not in ('done', 'cancelled') and deleted_at is null
             order by due_date, position, id
            """)
    List<Task> overdue(UUID projectId, LocalDate today);

    /** The open tasks assigned to {@code userId} across projects, earliest due first (undated last). */
    @SqlQuery("""
            select * from atlvs.project_tasks
             where organization_id = :organizationId and assignee_user_id = :userId
               and status not in ('done', 'cancelled') and deleted_at is null
             order by due_date nulls last, project_id, position, id
            """)
    List<Task> openTasksOf(UUID userId);

    /** The direct sub-tasks of {@code parentTaskId}, in board order. */
    @SqlQuery("""
            select c.* from atlvs.project_tasks p
              join atlvs.project_tasks c
                on c.organization_id = p.organization_id and c.project_id = p.project_id and c.parent_task_id = p.id
             where p.organization_id = :organizationId and p.id = :parentTaskId and c.deleted_at is null
             order by c.position, c.id
            """)
    List<Task> subtasks(UUID parentTaskId);

    /**
     * The live predecessors of {@code taskId} linked finish-to-start that are not done yet (a cancelled
     * predecessor holds nothing up), in board order.
     */
    @SqlQuery("""
            select p.* from atlvs.project_tasks s
              join atlvs.project_dependencies d
                on d.organization_id = s.organization_id and d.project_id = s.project_id and d.successor_id = s.id
              join atlvs.project_tasks p
                on p.organization_id = d.organization_id and p.project_id = d.project_id and p.id = d.predecessor_id
             where s.organization_id = :organizationId and s.id = :taskId and d.type = 'fs'
               and p.status not in ('done', 'cancelled') and p.deleted_at is null
             order by p.position, p.id
            """)
    List<Task> unfinishedFinishToStartPredecessors(UUID taskId);

    /** How many live tasks of the project are neither done nor cancelled. */
    @SqlQuery("""
            select count(*) from atlvs.project_tasks
             where organization_id = :organizationId and project_id = :projectId
               and status not in ('done', 'cancelled') and deleted_at is null
            """)
    long countOpen(UUID projectId);

    /** The live tasks counting towards milestone {@code milestoneId} that are neither done nor cancelled. */
    @SqlQuery("""
            select t.* from atlvs.project_milestones m
              join atlvs.project_tasks t
                on t.organization_id = m.organization_id and t.project_id = m.project_id and t.milestone_id = m.id
             where m.organization_id = :organizationId and m.id = :milestoneId
               and t.status not in ('done', 'cancelled') and t.deleted_at is null
             order by t.position, t.id
            """)
    List<Task> openTasksOfMilestone(UUID milestoneId);
}
