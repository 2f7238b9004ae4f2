package dev.atlvs.docs.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.user.User;
import dev.atlvs.docs.check.MarkdownDocument;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabases;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The production-setup guide's SQL and Java, run as written on the embedded server: its role SQL creates the roles
 * and the database, the deployment step migrates as the owner, the application serves tenant transactions as the
 * run-time role. The guide's names are made unique for the run (the shared server already has roles called
 * {@code atlvs_owner} and {@code atlvs_app}), and everything is dropped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSetupTest {
    private static final MarkdownDocument GUIDE = MarkdownDocument.read(Path.of("production-setup.md"));
    private static final Pattern OWNER_PASSWORD = Pattern.compile("role atlvs_owner login password '([^']*)'");
    private static final Pattern APP_PASSWORD = Pattern.compile("role atlvs_app login password '([^']*)'");
    private static final Pattern APP_2_PASSWORD = Pattern.compile("role atlvs_app_2 login password '([^']*)'");

    private final String suffix = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
    private final String owner = "guide_owner_" + suffix;
    private final String app = "guide_app_" + suffix;
    private final String app2 = "guide_app2_" + suffix;
    private final String database = "guide_" + suffix;
    private final byte[] contextSecret = new byte[32];
    private PostgresServer server;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private HikariDataSource ownerPool;
    private HikariDataSource appPool;
    private Atlvs atlvs;
    private UUID org;
    private User maya;

    @BeforeAll
    void runTheGuidesRoleSql() throws SQLException {
        server = TestDatabases.shared().server();
        new SecureRandom().nextBytes(contextSecret);
        execute(server.adminDataSource("postgres"), runBlock("server-roles"));
        execute(server.adminDataSource(database), runBlock("database-privileges"));
        ownerPool = pool(owner, password(OWNER_PASSWORD), 2);
        appPool = pool(app, password(APP_PASSWORD), 4);
    }

    @AfterAll
    void dropTheDatabaseAndRoles() throws SQLException {
        pools.forEach(HikariDataSource::close);
        try (Connection connection = server.adminDataSource("postgres").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("drop role if exists " + app2);
            statement.execute("drop role if exists " + app);
            statement.execute("drop role if exists " + owner);
        }
    }

    @Test
    @Order(1)
    void theDeploymentStepMigratesTheNewDatabaseAsTheOwner() {
        // when
        int applied = ProductionHost.deploy(appPool, ownerPool, app, contextSecret);

        // then
        assertThat(applied).isPositive();
    }

    @Test
    @Order(2)
    void theApplicationServesTenantTransactionsAsTheRuntimeRole() {
        // given
        atlvs = ProductionHost.application(appPool, contextSecret);
        maya = atlvs.platform().registerUser(User.builder().email("maya@example.com").displayName("Maya Okafor").build());
        org = atlvs.platform().createOrganization(Organization.builder().name("Northern Lights Festival").slug("northern-lights").build(),
                maya.id()).organization().id();

        // when
        String role = atlvs.inTenant(org, maya.id(), tx -> tx.handle().createQuery("select current_user").mapTo(String.class).one());
        long loaded = atlvs.inTenant(org, maya.id(), tx -> {
            try (BulkLoad locations = tx.bulkLoad(Location.TABLE, List.of("id", "organization_id", "name", "type"))) {
                for (String name : List.of("Aurora Stage", "Fjord Tent", "Harbour Field")) {
                    locations.row(Ids.newId(), org, name, "area");
                }
                return locations.finish();
            }
        });

        // then
        assertThat(role).isEqualTo(app);
        assertThat(loaded).isEqualTo(3);
        List<Location> visible = atlvs.inTenant(org, maya.id(), tx -> tx.repository(LocationRepository.class).page(PageRequest.first()).items());
        assertThat(visible).hasSize(3);
    }

    @Test
    @Order(3)
    void theRuntimeRoleReadsNoContextKeyAndWritesNoAuditRow() throws SQLException {
        try (Connection connection = appPool.getConnection(); Statement statement = connection.createStatement()) {
            // when
            SQLException keys = catchThrowableOfType(SQLException.class, () -> statement.executeQuery("select secret from atlvs.context_keys"));
            SQLException audit = catchThrowableOfType(SQLException.class, () -> statement.executeUpdate("delete from atlvs.audit_logs"));

            // then
            assertThat(keys.getSQLState()).isEqualTo("42501");
            assertThat(audit.getSQLState()).isEqualTo("42501");
        }
    }

    @Test
    @Order(4)
    void aSecondLoginInTheRuntimeRoleServesTenantTransactions() throws SQLException {
        // given
        execute(server.adminDataSource(database), runBlock("second-runtime-login"));
        Atlvs second = ProductionHost.application(pool(app2, password(APP_2_PASSWORD), 2), contextSecret);

        // when
        String role = second.inTenant(org, maya.id(), tx -> tx.handle().createQuery("select current_user").mapTo(String.class).one());
        int locations = second.inTenant(org, maya.id(), tx -> tx.repository(LocationRepository.class).page(PageRequest.first()).items().size());

        // then
        assertThat(role).isEqualTo(app2);
        assertThat(locations).isEqualTo(3);
    }

    @Test
    @Order(5)
    void thePipelinesLastStepLeavesNoOwnerRightsFunctionToPublic() throws SQLException {
        // given: a function with the owner's rights left executable by PUBLIC, as a module's migration would leave it
        execute(ownerPool, "grant execute on function atlvs.current_tenant() to public");
        String executableByPublic = """
                select count(*) from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'atlvs' and p.prosecdef and pg_catalog.has_function_privilege('public', p.oid, 'execute')""";
        assertThat(count(ownerPool, executableByPublic)).isEqualTo(1);

        // when
        execute(ownerPool, runBlock("revoke-definer-functions"));

        // then
        assertThat(count(ownerPool, executableByPublic)).isZero();
    }

    @Test
    void theFlywaySettingsListEveryModuleInTheOrderTheSdkMigratesThem() {
        // given
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\| `([a-z_]+)` \\| `([^`]+)` \\| `(true|false)` \\| `(true|false)` \\|$");
        List<String> documented = new ArrayList<>();
        for (String line : text(Path.of("production-setup.md")).split("\n")) {
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                documented.add(String.join(" ", matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(5)));
            }
        }

        // when
        List<String> migrated = AtlvsModules.installed().inDependencyOrder().stream()
                .map(module -> String.join(" ", module.name(), module.historyTable(), module.migrationLocation(),
                        String.valueOf(module.name().equals(AtlvsModule.CORE)), String.valueOf(!module.name().equals(AtlvsModule.CORE))))
                .toList();

        // then
        assertThat(documented).containsExactlyElementsOf(migrated);
    }

    /** The guide's block {@code name} with the guide's role and database names made those of this run. */
    private String runBlock(String name) {
        String sql = GUIDE.runBlock(name).orElseThrow(() -> new AssertionError("production-setup.md has no <!-- run: " + name + " --> block"))
                .text();
        return sql.replaceAll("\\batlvs_app_2\\b", app2).replaceAll("\\batlvs_app\\b", app).replaceAll("\\batlvs_owner\\b", owner)
                .replaceAll("\\blive_events\\b", database);
    }

    private String password(Pattern pattern) {
        Matcher matcher = pattern.matcher(text(Path.of("production-setup.md")));
        assertThat(matcher.find()).as("the guide gives the role a password: " + pattern).isTrue();
        return matcher.group(1);
    }

    private HikariDataSource pool(String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("guide-" + user);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Runs {@code sql}: a block with a dollar-quoted body as one statement, else statement by statement. */
    private static void execute(DataSource dataSource, String sql) throws SQLException {
        List<String> statements = sql.contains("$$") ? List.of(sql) : List.of(sql.split(";\\s*(\\n|$)"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : statements) {
                if (!each.isBlank()) {
                    statement.execute(each);
                }
            }
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
