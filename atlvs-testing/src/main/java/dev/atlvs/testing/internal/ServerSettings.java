package dev.atlvs.testing.internal;

import dev.atlvs.testing.TestDatabaseException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which PostgreSQL server the tests use, read from system properties and environment variables.
 * A system property wins over the environment variable of the same setting.
 *
 * @param mode the kind of server
 * @param jdbcUrl the external server's URL; present exactly when {@code mode} is {@link Mode#EXTERNAL}
 * @param user the external server's administrator, overriding the URL's {@code user} parameter
 * @param password the external server's administrator password, overriding the URL's {@code password}
 * @param image the Docker image of the Testcontainers server
 * @param binariesCache where the embedded server's binaries are extracted and its cluster kept, if not the default
 * @param citusLocalExecution on a Citus coordinator, whether shards on the coordinator are reached in its own session
 *        ({@code true}, Citus's default) or, as on a cluster of several nodes, over connections of their own
 */
public record ServerSettings(
        Mode mode,
        Optional<String> jdbcUrl,
        Optional<String> user,
        Optional<String> password,
        String image,
        Optional<Path> binariesCache,
        boolean citusLocalExecution) {

    /** The Docker image used when none is configured. */
    public static final String DEFAULT_IMAGE = "postgres:17-alpine";

    /** The kind of server to use. */
    public enum Mode {
        /** Binaries from Maven Central, started by this library (the default). */
        EMBEDDED,
        /** A running server given by its JDBC URL. */
        EXTERNAL,
        /** A running Citus coordinator given by its JDBC URL: the schema is distributed on it. */
        CITUS,
        /** A Testcontainers container. */
        TESTCONTAINERS
    }

    /** One setting: its system property and its environment variable. */
    public enum Setting {
        /** The external server's JDBC URL. */
        JDBC_URL("atlvs.test.jdbcUrl", "ATLVS_TEST_JDBC_URL"),
        /**
         * The JDBC URL of a Citus coordinator (single node holding shards, or a cluster's coordinator): the tests run
         * against the distributed schema.
         */
        CITUS_URL("atlvs.test.citusUrl", "ATLVS_TEST_CITUS_URL"),
        /**
         * {@code on} (the default) or {@code off}: whether Citus reaches the coordinator's own shards in the same
         * session; {@code off} makes a single node behave like a cluster of several.
         */
        CITUS_LOCAL_EXECUTION("atlvs.test.citus.localExecution", "ATLVS_TEST_CITUS_LOCAL_EXECUTION"),
        /** The external server's administrator role. */
        JDBC_USER("atlvs.test.jdbcUser", "ATLVS_TEST_JDBC_USER"),
        /** The external server's administrator password. */
        JDBC_PASSWORD("atlvs.test.jdbcPassword", "ATLVS_TEST_JDBC_PASSWORD"),
        /** {@code embedded} (the default) or {@code testcontainers}. */
        POSTGRES("atlvs.test.postgres", "ATLVS_TEST_POSTGRES"),
        /** The Docker image for Testcontainers. */
        IMAGE("atlvs.test.postgres.image", "ATLVS_TEST_POSTGRES_IMAGE"),
        /** The directory that caches the extracted embedded binaries and holds the embedded clusters. */
        BINARIES_CACHE("atlvs.test.postgres.cacheDir", "ATLVS_TEST_POSTGRES_CACHE_DIR");

        private final String property;
        private final String environmentVariable;

        Setting(String property, String environmentVariable) {
            this.property = property;
            this.environmentVariable = environmentVariable;
        }

        /** The system property. */
        public String property() {
            return property;
        }

        /** The environment variable. */
        public String environmentVariable() {
            return environmentVariable;
        }
    }

    /** The settings of this JVM. */
    public static ServerSettings fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    /**
     * Settings read through the given lookups.
     *
     * @param properties looks up a system property by name, null when absent
     * @param environment looks up an environment variable by name, null when absent
     */
    public static ServerSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        var jdbcUrl = read(Setting.JDBC_URL, properties, environment);
        var citusUrl = read(Setting.CITUS_URL, properties, environment);
        var requested = read(Setting.POSTGRES, properties, environment).map(v -> v.toLowerCase(Locale.ROOT));
        var localExecution = read(Setting.CITUS_LOCAL_EXECUTION, properties, environment).map(v -> v.toLowerCase(Locale.ROOT));
        if (localExecution.isPresent() && !localExecution.get().equals("on") && !localExecution.get().equals("off")) {
            throw new TestDatabaseException(describe(Setting.CITUS_LOCAL_EXECUTION) + " is '" + localExecution.get()
                    + "'; expected 'on' or 'off'");
        }
        Mode mode;
        if (citusUrl.isPresent()) {
            if (jdbcUrl.isPresent() || requested.isPresent()) {
                throw new TestDatabaseException(describe(Setting.CITUS_URL) + " names a Citus coordinator; set neither "
                        + describe(Setting.JDBC_URL) + " nor " + describe(Setting.POSTGRES) + " with it");
            }
            mode = Mode.CITUS;
            jdbcUrl = citusUrl;
        } else if (jdbcUrl.isPresent()) {
            if (requested.isPresent() && !requested.get().equals("external")) {
                throw new TestDatabaseException(describe(Setting.JDBC_URL) + " names an external server but "
                        + describe(Setting.POSTGRES) + " asks for '" + requested.get() + "'; set only one of them");
            }
            mode = Mode.EXTERNAL;
        } else {
            mode = switch (requested.orElse("embedded")) {
                case "embedded" -> Mode.EMBEDDED;
                case "testcontainers" -> Mode.TESTCONTAINERS;
                case "external" -> throw new TestDatabaseException(describe(Setting.POSTGRES)
                        + " is 'external' but " + describe(Setting.JDBC_URL) + " is not set");
                default -> throw new TestDatabaseException(describe(Setting.POSTGRES) + " is '" + requested.get()
                        + "'; expected 'embedded' or 'testcontainers'");
            };
        }
        return new ServerSettings(
                mode,
                jdbcUrl,
                read(Setting.JDBC_USER, properties, environment),
                read(Setting.JDBC_PASSWORD, properties, environment),
                read(Setting.IMAGE, properties, environment).orElse(DEFAULT_IMAGE),
                read(Setting.BINARIES_CACHE, properties, environment).map(Path::of),
                !localExecution.map("off"::equals).orElse(false));
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "ServerSettings[mode=" + mode + ", user=" + user.orElse("(from URL)") + ", image=" + image
                + ", binariesCache=" + binariesCache.map(Path::toString).orElse("(default)") + ']';
    }

    private static Optional<String> read(
            Setting setting, UnaryOperator<String> properties, UnaryOperator<String> environment) {
        var value = properties.apply(setting.property());
        if (value == null || value.isBlank()) {
            value = environment.apply(setting.environmentVariable());
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(setting == Setting.JDBC_PASSWORD ? value : value.strip());
    }

    private static String describe(Setting setting) {
        return setting.environmentVariable() + " (or -D" + setting.property() + ")";
    }
}
