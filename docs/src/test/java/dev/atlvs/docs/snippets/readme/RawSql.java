package dev.atlvs.docs.snippets.readme;

// tag::readme-sql-context[]
import dev.atlvs.testing.SqlContext;
import java.sql.Connection;
import java.sql.ResultSet;

// end::readme-sql-context[]
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import java.sql.SQLException;

/** The README's raw SQL in a tenant context of a test database. */
public final class RawSql {
    private RawSql() {
    }

    /** How many locations {@code org}'s owner sees through raw SQL. */
    public static long locationsSeen(TestDatabase database, OrganizationFixture org) throws SQLException {
        // tag::readme-sql-context[]
        long seen;
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).tenant(connection, org.id(), org.owner().id());   // or .system(connection, org.id(), null)
            try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from atlvs.locations")) {
                rows.next();
                seen = rows.getLong(1);                                               // under row-level security: org's rows only
            }
            connection.commit();
        }
        // end::readme-sql-context[]
        return seen;
    }
}
