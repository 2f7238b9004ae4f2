package dev.atlvs.projects;

import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.project.Project;
import dev.atlvs.testing.OrganizationFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes around the SDK's Java checks: plain SQL in a tenant transaction of the organization's owner, so
 * that only the database's own rules stand between the statement and the table. Failures come back
 * translated like any other ({@code :organizationId} is bound to the tenant).
 */
final class RawSql {
    private RawSql() {}

    /** Executes {@code sql} with the named {@code arguments}; returns the number of rows changed. */
    static int execute(OrganizationFixture organization, String sql, Map<String, ?> arguments) {
        return organization.asOwner(tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }

    /** Inserts {@code count} to-do tasks into {@code project} with one statement; returns their ids in title order. */
    static List<UUID> insertTasks(OrganizationFixture organization, Project project, int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            ids.add(Ids.newId());
        }
        int inserted = execute(organization, """
                insert into atlvs.project_tasks (organization_id, id, project_id, title)
                select :organizationId, t.id, :project, 'Step ' || t.n
                  from unnest(cast(:ids as uuid[])) with ordinality t(id, n)
                """, Map.of("project", project.id(), "ids", ids.toArray(UUID[]::new)));
        if (inserted != count) {
            throw new IllegalStateException(inserted + " of " + count + " tasks inserted");
        }
        return ids;
    }
}
