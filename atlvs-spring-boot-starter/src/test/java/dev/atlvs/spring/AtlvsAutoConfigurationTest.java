package dev.atlvs.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AtlvsAutoConfigurationTest extends OnAnEmptyDatabase {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AtlvsAutoConfiguration.class));

    @Test
    void anAtlvsBeanOverTheApplicationsDataSourceMigratesTheSchemaAtStartUp() {
        // given a DataSource connected as the database's owner, and nothing else
        runner.withPropertyValues(database.dataSource(database.owner()))
                // when the application starts
                .run(context -> {
                    // then the SDK is a bean and its schema is migrated
                    assertThat(context).hasNotFailed().hasSingleBean(Atlvs.class).hasSingleBean(AtlvsSchemaInitializer.class)
                            .doesNotHaveBean(AtlvsOwnerPool.class);
                    assertThat(Sql.value(database.adminDataSource(),
                            "select count(*) from atlvs.flyway_schema_history_core where success")).isNotEqualTo("0");
                });
    }

    @Test
    void theSchemaIsLeftAloneWhenMigrationOnStartUpIsOff() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                .withPropertyValues("atlvs.migrate-on-startup=false")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed().hasSingleBean(Atlvs.class);
                    assertThat(Sql.value(database.adminDataSource(), "select count(*) from pg_namespace where nspname = 'atlvs'"))
                            .isEqualTo("0");
                });
    }

    @Test
    void theOwnerPoolMigratesAndGrantsTheRunTimeRoleOfTheApplicationsDataSource() {
        // given the application connected as the run-time role, and the owner's pool beside it
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues(database.ownerPool())
                .withPropertyValues("atlvs.strict=true")
                // when
                .run(context -> {
                    // then the owner owns the schema and the run-time role serves a tenant transaction
                    assertThat(context).hasNotFailed().hasSingleBean(AtlvsOwnerPool.class);
                    assertThat(Sql.value(database.adminDataSource(),
                            "select tableowner from pg_tables where schemaname = 'atlvs' and tablename = 'locations'"))
                            .isEqualTo(TestDatabases.OWNER_ROLE);
                    Location venue = createVenue(context.getBean(Atlvs.class));
                    assertThat(venue.name()).isEqualTo("Tøyen Park");
                    assertThat(Sql.value(database.adminDataSource(), "select id::text from atlvs.locations"))
                            .isEqualTo(venue.id().toString());
                    assertThat(((HikariDataSource) context.getBean(AtlvsOwnerPool.class).dataSource()).getMaximumPoolSize())
                            .isEqualTo(2);
                });
    }

    @Test
    void theOwnerPoolIsClosedWithTheContext() {
        // given
        HikariDataSource[] pool = new HikariDataSource[1];
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues(database.ownerPool())
                .withPropertyValues("atlvs.runtime-role=" + TestDatabases.APP_ROLE)
                // when the context runs and closes
                .run(context -> pool[0] = (HikariDataSource) context.getBean(AtlvsOwnerPool.class).dataSource());
        // then
        assertThat(pool[0].isClosed()).isTrue();
    }

    @Test
    void anOwnerPoolOfOneConnectionIsRefusedNamingTheProperty() {
        // given
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues("atlvs.owner.url=" + database.url(), "atlvs.owner.maximum-pool-size=1")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class)
                            .hasMessageContaining("owner.maximumPoolSize").hasMessageContaining("rejected value [1]")
                            .hasMessageContaining("must be at least 2");
                });
    }

    @Test
    void aRunTimeRoleThatIsNoIdentifierIsRefusedNamingTheProperty() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                .withPropertyValues("atlvs.runtime-role=App Role")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class)
                            .hasMessageContaining("runtimeRole").hasMessageContaining("must be a lower-case SQL identifier");
                });
    }

    @Test
    void strictModeRefusesToStartOnASuperuser() {
        // given the application connected as the server's superuser
        runner.withPropertyValues(database.dataSource(database.admin()))
                .withPropertyValues("atlvs.strict=true", "atlvs.migrate-on-startup=false")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(AtlvsException.class,
                            failure -> assertThat(failure.code()).isEqualTo(CoreErrorCode.UNSAFE_CONNECTION_ROLE));
                });
    }

    @Test
    void anApplicationsOwnAtlvsBeanReplacesTheAutoConfiguredOne() {
        try (TestDatabase migrated = TestDatabases.shared().create(getClass())) {
            // given an application that builds its own Atlvs over a migrated database
            runner.withPropertyValues("spring.datasource.url=" + migrated.jdbcUrl(),
                            "spring.datasource.username=" + migrated.appCredentials().user(),
                            "spring.datasource.password=" + migrated.appCredentials().password())
                    .withBean("ownAtlvs", Atlvs.class, () -> migrated.atlvsBuilder().build())
                    .withPropertyValues("atlvs.migrate-on-startup=false")
                    // when
                    .run(context -> {
                        // then it is the only Atlvs bean, and it serves
                        assertThat(context).hasNotFailed().hasSingleBean(Atlvs.class).hasBean("ownAtlvs");
                        assertThat(createVenue(context.getBean(Atlvs.class)).name()).isEqualTo("Tøyen Park");
                    });
        }
    }

    @Test
    void customizersAdjustTheBuilderBeforeTheBeanIsBuilt() {
        // given a customizer that asks for strict mode, on a superuser connection
        runner.withPropertyValues(database.dataSource(database.admin()))
                .withPropertyValues("atlvs.migrate-on-startup=false")
                .withUserConfiguration(StrictCustomizer.class)
                // when
                .run(context -> {
                    // then strict mode refused it
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(AtlvsException.class,
                            failure -> assertThat(failure.code()).isEqualTo(CoreErrorCode.UNSAFE_CONNECTION_ROLE));
                });
    }

    @Test
    void theIsolationPropertySetsTheLevelOfEveryTransaction() {
        try (TestDatabase migrated = TestDatabases.shared().create(getClass())) {
            // given
            runner.withPropertyValues(migratedAsTheRunTimeRole(migrated))
                    .withPropertyValues("atlvs.isolation=serializable")
                    // when
                    .run(context -> {
                        Atlvs atlvs = context.getBean(Atlvs.class);
                        User maya = atlvs.platform().registerUser(User.builder().email("maya@northern-lights.example")
                                .displayName("Maya Okafor").build());
                        UUID org = atlvs.platform().createOrganization(Organization.builder().name("Northern Lights Festival")
                                .slug("northern-lights").build(), maya.id()).organization().id();
                        String level = atlvs.inTenant(org, maya.id(), tx -> tx.handle()
                                .createQuery("select current_setting('transaction_isolation')").mapTo(String.class).one());

                        // then
                        assertThat(level).isEqualTo("serializable");
                    });
        }
    }

    @Test
    void theApplicationsClockIsTheSdksClock() {
        try (TestDatabase migrated = TestDatabases.shared().create(getClass())) {
            // given
            Clock clock = Clock.fixed(Instant.parse("2026-07-03T10:00:00Z"), ZoneOffset.UTC);
            runner.withPropertyValues(migratedAsTheRunTimeRole(migrated))
                    .withBean(Clock.class, () -> clock)
                    // when
                    .run(context -> {
                        // then
                        assertThat(context.getBean(Atlvs.class).clock()).isSameAs(clock);
                    });
        }
    }

    @Test
    void aContextKeySecretThatIsNotBase64IsRefusedNamingTheProperty() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                .withPropertyValues("atlvs.migrate-on-startup=false", "atlvs.context-key.id=2026-01",
                        "atlvs.context-key.secret=not base64!")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageContaining("atlvs.context-key.secret").hasMessageContaining("must be Base64")
                            .hasMessageNotContaining("not base64!");
                });
    }

    @Test
    void theHostsContextKeyIsInstalledByTheMigrationsAndProvesTheTransactions() {
        // given a key of the host's, and an application connected as the run-time role
        String secret = Base64.getEncoder().encodeToString(ContextKey.generate("host-2026").secret());
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues(database.ownerPool())
                .withPropertyValues("atlvs.context-key.id=host-2026", "atlvs.context-key.secret=" + secret)
                // when
                .run(context -> {
                    // then the database holds it and a tenant transaction is proved with it
                    assertThat(context).hasNotFailed();
                    assertThat(Sql.value(database.adminDataSource(),
                            "select count(*) from atlvs.context_keys where key_id = 'host-2026'")).isEqualTo("1");
                    assertThat(createVenue(context.getBean(Atlvs.class)).name()).isEqualTo("Tøyen Park");
                });
    }

    /** A migrated database's run-time role as the application's DataSource, and its owner as the owner pool. */
    private static String[] migratedAsTheRunTimeRole(TestDatabase migrated) {
        return new String[] {"spring.datasource.url=" + migrated.jdbcUrl(),
            "spring.datasource.username=" + migrated.appCredentials().user(),
            "spring.datasource.password=" + migrated.appCredentials().password(),
            "atlvs.owner.url=" + migrated.jdbcUrl(), "atlvs.owner.username=" + migrated.ownerCredentials().user(),
            "atlvs.owner.password=" + migrated.ownerCredentials().password(), "atlvs.migrate-on-startup=false"};
    }

    private static Location createVenue(Atlvs atlvs) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User maya = atlvs.platform().registerUser(User.builder().email("maya+" + suffix + "@northern-lights.example")
                .displayName("Maya Okafor").build());
        UUID org = atlvs.platform().createOrganization(Organization.builder().name("Northern Lights Festival")
                .slug("northern-lights-" + suffix).build(), maya.id()).organization().id();
        return atlvs.inTenant(org, maya.id(), tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org).name("Tøyen Park").type(LocationType.SITE).city("Oslo").country("NO").build()));
    }

    @Configuration(proxyBeanMethods = false)
    static class StrictCustomizer {
        @Bean
        AtlvsBuilderCustomizer strict() {
            return builder -> builder.strict(true);
        }
    }
}
