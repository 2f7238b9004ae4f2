package dev.atlvs.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
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
            config.setInitializationFailTimeout(-1);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** The role the applications connect as, if one was named. */
    public java.util.Optional<String> runtimeRole() {
        return runtimeRole == null || runtimeRole.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(runtimeRole);
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
