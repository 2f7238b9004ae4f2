package dev.atlvs.people.company;

import dev.atlvs.testing.OrganizationFixture;
import java.util.Map;

/**
 * Writes around the SDK's Java checks: plain SQL in a tenant transaction of the organization's owner, so that only the
 * database's own rules stand between the statement and the table ({@code :organizationId} is bound to the tenant).
 */
final class RawSql {
    private RawSql() {}

    /** Executes {@code sql} with the named {@code arguments}; returns the number of rows changed. */
    static int execute(OrganizationFixture organization, String sql, Map<String, ?> arguments) {
        return organization.asOwner(tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }

    /** The single value {@code sql} selects. */
    static <T> T value(OrganizationFixture organization, String sql, Map<String, ?> arguments, Class<T> type) {
        return organization.asOwner(tx -> tx.handle().createQuery(sql).bindMap(arguments).mapTo(type).one());
    }
}
