package dev.atlvs.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.tenancy.ContextKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import picocli.CommandLine.Option;

/**
 * The connection of a command to the database, as the schema owner: the role that runs the migrations and the
 * maintenance. Each option falls back to an environment variable, so that a deployment pipeline keeps the password
 * out of the command line.
 */
public final class DatabaseOptions implements AutoCloseable {

    @Option(names = "--url", defaultValue = "${env:ATLVS_DB_URL}", required = true,
            description = "JDBC URL of the database (env ATLVS_DB_URL), e.g. jdbc:postgresql://db:5432/atlvs")
    String url;

    @Option(names = "--user", defaultValue = "${env:ATLVS_DB_USER}",
            description = "the schema owner's role (env ATLVS_DB_USER); else the URL's user")
    String user;

    @Option(names = "--password", defaultValue = "${env:ATLVS_DB_PASSWORD}", arity = "0..1", interactive = true,
            description = "the owner's password (env ATLVS_DB_PASSWORD); --password alone asks for it")
    char[] password;

    @Option(names = "--runtime-role", defaultValue = "${env:ATLVS_RUNTIME_ROLE}",
            description = "the role the applications connect as (env ATLVS_RUNTIME_ROLE): the migrations grant it its privileges")
    String runtimeRole;

    @Option(names = "--connect-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "how long to wait for a connection before giving up (default ${DEFAULT-VALUE})")
    int connectTimeoutSeconds;

    private HikariDataSource pool;
    private Atlvs atlvs;

    /** A small pool of owner connections, opened on first use and closed with these options. */
    public DataSource ownerDataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            if (user != null && !user.isBlank()) {
                config.setUsername(user);
            }
            if (password != null && password.length > 0) {
                config.setPassword(new String(password));
            }
            config.setMaximumPoolSize(3);
            config.setMinimumIdle(0);
            config.setPoolName("atlvs-cli");
            // The pool starts empty and connects on first use, so that a refused connection surfaces as one clear
            // error of the command instead of a failing pool start.
            config.setInitializationFailTimeout(-1);
            config.setConnectionTimeout(Math.max(1, connectTimeoutSeconds) * 1000L);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** The role the applications connect as, if one was named. */
    public Optional<String> runtimeRole() {
        return runtimeRole == null || runtimeRole.isBlank() ? Optional.empty() : Optional.of(runtimeRole);
    }

    /** The state of the schema and of the roles, read through the owner's connection. */
    SchemaReport report() {
        requireConnection();
        return SchemaReport.read(ownerDataSource(), runtimeRole());
    }

    /**
     * Opens one connection as the owner, so that a wrong URL, an unknown database or refused credentials end the
     * command with {@code DATABASE_UNREACHABLE} naming the options to check.
     */
    void requireConnection() {
        try (Connection connection = ownerDataSource().getConnection()) {
            connection.isValid(1);
        } catch (SQLException failure) {
            throw failure(failure, "connecting");
        }
    }

    /**
     * The database's context key ({@code default}, created by the migrations), read as the owner: it proves the
     * contexts the checks open on raw connections.
     */
    ContextKey contextKey() {
        try (Connection connection = ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select secret from atlvs.context_keys where key_id = 'default' and retired_at is null")) {
            if (!row.next()) {
                throw new AtlvsException(CoreErrorCode.CONTEXT_KEY_MISSING, "the database has no active default context key");
            }
            return ContextKey.of("default", row.getBytes(1));
        } catch (SQLException failure) {
            throw new AtlvsException(CoreErrorCode.CONTEXT_KEY_MISSING, "the context key could not be read as the schema owner (SQLSTATE "
                    + failure.getSQLState() + ")", failure);
        }
    }

    /**
     * A failure of the database as an SDK error: one to reach it names the connection settings (never the password).
     *
     * @param failure what the driver or the pool reported
     * @param doing what the command was doing, e.g. {@code "reading the schema's state"}
     * @return the error to throw
     */
    static AtlvsException failure(SQLException failure, String doing) {
        SQLException cause = failure.getCause() instanceof SQLException driver ? driver : failure;
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (state.startsWith("08") || state.equals("28P01") || state.equals("28000") || state.equals("3D000")
                || failure instanceof java.sql.SQLTransientConnectionException) {
            return new AtlvsException(CoreErrorCode.DATABASE_UNREACHABLE, "cannot connect to the database (SQLSTATE " + state
                    + "): " + cause.getMessage()
                    + "; check --url, --user and --password (or ATLVS_DB_URL, ATLVS_DB_USER, ATLVS_DB_PASSWORD)", failure);
        }
        return new AtlvsException(CoreErrorCode.DATABASE_ERROR, doing + " failed (SQLSTATE " + state + ")", failure);
    }

    /** The SDK over the owner's connections, granting the run-time role when one was named. */
    public Atlvs atlvs() {
        if (atlvs == null) {
            Atlvs.Builder builder = Atlvs.builder(ownerDataSource());
            runtimeRole().ifPresent(role -> builder.migrateAs(ownerDataSource(), role));
            atlvs = builder.build();
        }
        return atlvs;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
        atlvs = null;
    }
}
