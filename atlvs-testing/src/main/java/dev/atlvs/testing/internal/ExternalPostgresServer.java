package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.SortedMap;
import java.util.TreeMap;
import org.postgresql.Driver;

/**
 * A PostgreSQL server that was running already, named by a JDBC URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}.
 *
 * <p>The URL's database is the maintenance database the administrator connects to; its other
 * parameters (for example {@code sslmode}) are kept in every URL built for this server.
 */
public final class ExternalPostgresServer extends AbstractServer {

    private static final Set<String> LOCATION_KEYS = Set.of("PGHOST", "PGPORT", "PGDBNAME", "user", "password");

    private final String hosts;
    private final String ports;
    private final String maintenanceDatabase;
    private final SortedMap<String, String> parameters;
    private final Credentials admin;
    private final Kind kind;

    private ExternalPostgresServer(Kind kind,
            String hosts, String ports, String maintenanceDatabase, SortedMap<String, String> parameters, Credentials admin) {
        this.kind = kind;
        this.hosts = hosts;
        this.ports = ports;
        this.maintenanceDatabase = maintenanceDatabase;
        this.parameters = parameters;
        this.admin = admin;
    }

    /** The server named by the settings' JDBC URL and credentials; it is not contacted yet. */
    public static ExternalPostgresServer of(ServerSettings settings) {
        var url = settings.jdbcUrl().orElseThrow(() -> new IllegalArgumentException("the settings name no external server"));
        Properties properties = Driver.parseURL(url, null);
        if (properties == null) {
            throw new TestDatabaseException("Not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database): "
                    + withoutPassword(url));
        }
        var parameters = new TreeMap<String, String>();
        for (String key : properties.stringPropertyNames()) {
            if (!LOCATION_KEYS.contains(key)) {
                parameters.put(key, properties.getProperty(key));
            }
        }
        if (settings.mode() == ServerSettings.Mode.CITUS && !settings.citusLocalExecution()) {
            // The sessions of the tests (the coordinator's) reach every shard over a connection of its own, as on a
            // cluster of several nodes; the shards' own sessions keep Citus's default, as on a worker node, where a
            // trigger's write to a co-located shard is local.
            String options = parameters.getOrDefault("options", "");
            parameters.put("options", (options.isBlank() ? "" : options + ' ') + "-c citus.enable_local_execution=off");
        }
        var user = settings.user().orElse(properties.getProperty("user", "postgres"));
        var password = settings.password().orElse(properties.getProperty("password", ""));
        var database = properties.getProperty("PGDBNAME", "");
        return new ExternalPostgresServer(settings.mode() == ServerSettings.Mode.CITUS ? Kind.CITUS : Kind.EXTERNAL,
                properties.getProperty("PGHOST"),
                properties.getProperty("PGPORT"),
                database.isEmpty() ? "postgres" : database,
                Collections.unmodifiableSortedMap(parameters),
                new Credentials(user, password));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String host() {
        return hosts.split(",")[0];
    }

    @Override
    public int port() {
        return Integer.parseInt(ports.split(",")[0]);
    }

    @Override
    public String jdbcUrl(String database) {
        var hostList = hosts.split(",");
        var portList = ports.split(",");
        var servers = new StringJoiner(",");
        for (int i = 0; i < hostList.length; i++) {
            servers.add(hostList[i] + ':' + portList[Math.min(i, portList.length - 1)]);
        }
        var url = new StringBuilder("jdbc:postgresql://").append(servers).append('/').append(encode(database));
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((key, value) -> query.add(encode(key) + '=' + encode(value)));
        return url.append(query).toString();
    }

    @Override
    public Credentials adminCredentials() {
        return admin;
    }

    @Override
    public String maintenanceDatabase() {
        return maintenanceDatabase;
    }

    @Override
    public boolean disposable() {
        return false;
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
