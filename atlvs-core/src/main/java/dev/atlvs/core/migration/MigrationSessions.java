package dev.atlvs.core.migration;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections Flyway migrates through: each session first takes the settings the migrations need, and gives them
 * back when it returns to the owner's pool.
 *
 * <p>On a Citus coordinator the migrations create triggers on distributed tables, create, link and fill tables in one
 * transaction, and read the schema's registry (a reference table, of which the coordinator holds a copy) in their own
 * session, whatever the connection's options ask; elsewhere these settings do not exist and nothing is set. Notices
 * (such as "schema already exists, skipping") stay on the server: they are not news to an operator. Migrations run in
 * UTC, so that what they compute from the clock (the first months' partitions of the audit trail and the webhook log,
 * whose bounds are UTC months) does not depend on the migrating host's time zone.
 */
final class MigrationSessions implements DataSource {

    private static final String PREPARE = "select set_config(name, case name when 'citus.multi_shard_modify_mode' then 'sequential' "
            + "else 'on' end, false) from pg_catalog.pg_settings where name in ('citus.enable_unsafe_triggers', "
            + "'citus.multi_shard_modify_mode', 'citus.enable_local_execution') "
            + "union all select set_config('client_min_messages', 'warning', false) "
            + "union all select set_config('TimeZone', 'UTC', false)";

    private static final String RESTORE = "select set_config(name, reset_val, false) from pg_catalog.pg_settings where name in "
            + "('citus.enable_unsafe_triggers', 'citus.multi_shard_modify_mode', 'citus.enable_local_execution', 'client_min_messages', "
            + "'TimeZone')";

    private final DataSource owner;

    MigrationSessions(DataSource owner) {
        this.owner = owner;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepared(owner.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepared(owner.getConnection(username, password));
    }

    private static Connection prepared(Connection connection) throws SQLException {
        try {
            run(connection, PREPARE);
        } catch (SQLException failure) {
            connection.close();
            throw failure;
        }
        return (Connection) Proxy.newProxyInstance(MigrationSessions.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                        try {
                            if (!connection.getAutoCommit()) {
                                connection.rollback();
                            }
                            run(connection, RESTORE);
                        } catch (SQLException ignored) {
                            // A broken connection is closed all the same; the pool discards it.
                        }
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private static void run(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!autoCommit) {
                connection.commit();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return owner.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        owner.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        owner.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return owner.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return owner.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return owner.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return owner.isWrapperFor(type);
    }
}
