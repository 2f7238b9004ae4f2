package dev.atlvs.benchmarks.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.generator.EventType;

/**
 * A row of {@code atlvs.project_tasks} as a Hibernate entity, mapped the way an application using Hibernate over this
 * schema would map it: the tenant's key {@code (organization_id, id)} as its identifier, soft-deleted rows hidden, the
 * version checked on update ({@link Version}), and the standard columns the database stamps (creation and update time
 * and actor) never written by Hibernate, read back on insert.
 *
 * <p>The database keeps {@code version} itself: 1 on insert, the old value plus one on update. Those are the values
 * Hibernate writes too (a new task starts at 1, and Hibernate's version check writes the version read plus one), so
 * the entity agrees with the row without reading the version back. The update time and actor are not read back after
 * an update: Hibernate 6.6 reads generated values of an update with {@code update ... returning}, and a version check
 * that matches no row then fails as "no generated values" instead of an optimistic lock failure.
 */
@Entity
@Table(schema = "atlvs", name = "project_tasks")
@IdClass(ProjectTask.Key.class)
@SQLRestriction("deleted_at is null")
public class ProjectTask {

    /** The identifier of a task: its organization and its id. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private UUID organizationId;
        private UUID id;

        /** For Hibernate. */
        protected Key() {}

        public Key(UUID organizationId, UUID id) {
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId is null");
            this.id = Objects.requireNonNull(id, "id is null");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId) && Objects.equals(id, key.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, id);
        }
    }

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "parent_task_id")
    private UUID parentTaskId;

    @Column(name = "milestone_id")
    private UUID milestoneId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "status", nullable = false)
    private String status = "todo";

    @Column(name = "priority", nullable = false)
    private String priority = "medium";

    @Column(name = "assignee_user_id")
    private UUID assigneeUserId;

    @Column(name = "reporter_user_id")
    private UUID reporterUserId;

    @Column(name = "estimated_hours")
    private BigDecimal estimatedHours;

    @Column(name = "actual_hours", nullable = false)
    private BigDecimal actualHours = BigDecimal.ZERO;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "position", nullable = false)
    private int position;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_by", insertable = false, updatable = false)
    private UUID createdBy;

    @Generated(event = EventType.INSERT)
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    @Generated(event = EventType.INSERT)
    @Column(name = "updated_by", insertable = false, updatable = false)
    private UUID updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private Long version = 1L;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** For Hibernate. */
    protected ProjectTask() {}

    /** A new to-do task of {@code projectId} in {@code organizationId}, to be persisted. */
    public ProjectTask(UUID organizationId, UUID id, UUID projectId, String title) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId is null");
        this.id = Objects.requireNonNull(id, "id is null");
        this.projectId = Objects.requireNonNull(projectId, "projectId is null");
        this.title = Objects.requireNonNull(title, "title is null");
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID parentTaskId() {
        return parentTaskId;
    }

    public UUID milestoneId() {
        return milestoneId;
    }

    public String title() {
        return title;
    }

    public ProjectTask title(String title) {
        this.title = title;
        return this;
    }

    public String description() {
        return description;
    }

    public String status() {
        return status;
    }

    public String priority() {
        return priority;
    }

    public ProjectTask priority(String priority) {
        this.priority = priority;
        return this;
    }

    public UUID assigneeUserId() {
        return assigneeUserId;
    }

    public UUID reporterUserId() {
        return reporterUserId;
    }

    public BigDecimal estimatedHours() {
        return estimatedHours;
    }

    public BigDecimal actualHours() {
        return actualHours;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** Sets the planned dates. */
    public ProjectTask schedule(LocalDate startDate, LocalDate dueDate) {
        this.startDate = startDate;
        this.dueDate = dueDate;
        return this;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID updatedBy() {
        return updatedBy;
    }

    /** The version of the row as last read or written (1 for a new task). */
    public long version() {
        return version;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    @Override
    public String toString() {
        return "ProjectTask[" + organizationId + "/" + id + " v" + version + " " + title + "]";
    }
}
