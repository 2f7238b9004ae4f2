package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bulk path writes what a normal insert writes: the rows with their standard columns, one audit row
 * each, under the tenant's row-level security, foreign keys and checks; nothing when it is not finished.
 */
@AtlvsTest
class BulkLoadTest {
    private static final List<String> COLUMNS = List.of("id", "organization_id", "project_id", "title", "status", "due_date", "completed_at");

    @Test
    void loadedRowsAreStoredWithStandardColumnsAndAudited(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Builders");
        Project project = ProjectFixtures.project(acme);
        UUID first = Ids.newId();
        UUID second = Ids.newId();

        // when
        long inserted = acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(first, acme.id(), project.id(), "Rig the truss\tstage left", TaskStatus.TODO, LocalDate.of(2026, 5, 1), null);
                load.row(second, acme.id(), project.id(), "Test the PA \\ line\narray", "todo", Optional.empty(), Optional.empty());
                return load.finish();
            }
        });

        // then
        assertThat(inserted).isEqualTo(2);
        Task stored = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(first));
        assertThat(stored.title()).isEqualTo("Rig the truss\tstage left");
        assertThat(stored.dueDate()).contains(LocalDate.of(2026, 5, 1));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdBy()).contains(acme.owner().id());
        assertThat(acme.asOwner(tx -> tx.repository(TaskRepository.class).get(second)).title()).isEqualTo("Test the PA \\ line\narray");
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Task.TABLE, second));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
    }

    @Test
    void aRowOfAnotherTenantIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Tenants");
        OrganizationFixture other = fixtures.organization("Other Tenants");
        Project project = ProjectFixtures.project(other);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), other.id(), project.id(), "Sneak in", "todo", null, null);
                return load.finish();
            }
        })).isInstanceOf(AccessDeniedException.class);
        List<Task> stored = other.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(project.id()));
        assertThat(stored).isEmpty();
    }

    @Test
    void aRowPointingAtAMissingProjectIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk References");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), acme.id(), Ids.newId(), "Orphan", "todo", null, null);
                return load.finish();
            }
        })).isInstanceOf(ReferenceMissingException.class);
    }

    @Test
    void anUnknownColumnIsRefusedBeforeAnyRowIsSent(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Columns");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.bulkLoad(Task.TABLE, List.of("id", "colour"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anUnfinishedLoadWritesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Quitters");
        Project project = ProjectFixtures.project(acme);

        // when
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), acme.id(), project.id(), "Never mind", "todo", null, null);
            }
            return null;
        });

        // then
        List<Task> stored = acme.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(project.id()));
        assertThat(stored).isEmpty();
    }
}
