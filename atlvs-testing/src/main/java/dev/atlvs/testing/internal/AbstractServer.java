package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** What every kind of server has in common: data sources and the version, read once. */
abstract class AbstractServer implements ManagedServer {

    /** The {@code application_name} of every connection the fixtures open. */
    static final String APPLICATION_NAME = "atlvs-testing";

    private volatile String version;
    private volatile int majorVersion;

    @Override
    public DataSource adminDataSource(String database) {
        return dataSource(database, adminCredentials());
    }

    @Override
    public DataSource dataSource(String database, Credentials credentials) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl(database));
        dataSource.setUser(credentials.user());
        dataSource.setPassword(credentials.password());
        dataSource.setApplicationName(APPLICATION_NAME);
        return dataSource;
    }

    @Override
    public String version() {
        readVersion();
        return version;
    }

    @Override
    public int majorVersion() {
        readVersion();
        return majorVersion;
    }

    private void readVersion() {
        if (version != null) {
            return;
        }
        try (Connection connection = adminDataSource(maintenanceDatabase()).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select current_setting('server_version'), current_setting('server_version_num')::int")) {
            rs.next();
            majorVersion = rs.getInt(2) / 10000;
            version = rs.getString(1);
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not read the version of the PostgreSQL server at "
                    + host() + ':' + port() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind().name().toLowerCase(Locale.ROOT) + " PostgreSQL at " + host() + ':' + port();
    }
}
