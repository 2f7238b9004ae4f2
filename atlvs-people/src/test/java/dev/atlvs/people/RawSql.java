package dev.atlvs.people;

import dev.atlvs.testing.OrganizationFixture;
import java.util.Map;

/**
 * Writes around the SDK's Java checks: plain SQL in a tenant transaction of the organization's owner, so that only the
 * database's own rules stand between the statement and the table ({@code :organizationId} is bound to the tenant).
 */
public final class RawSql {
    private RawSql() {}

    /** Executes {@code sql} with the named {@code arguments}; returns the number of rows changed. */
    public static int execute(OrganizationFixture organization, String sql, Map<String, ?> arguments) {
        return organization.asOwner(tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }
}
