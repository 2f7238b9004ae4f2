package dev.atlvs.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's own Flyway migrates its {@code classpath:db/migration} (here {@code V1__festival_stages.sql}, whose
 * table references {@code atlvs.locations}) into the application's schema, after the SDK migrated {@code atlvs}.
 *
 * <p>The application's Flyway is the pair of beans Boot's {@code FlywayAutoConfiguration} defines, a {@link Flyway} and
 * Boot's {@link FlywayMigrationInitializer}, made here by hand: Boot 3.5's auto-configuration calls Flyway options that
 * Flyway 12 removed, and this module builds on the SDK's Flyway. The application test in {@code atlvs-it}
 * ({@code spring-boot-app}) runs Boot's auto-configuration itself, on the Flyway that Boot manages.
 */
class BootFlywayBesideTheSdkTest extends OnAnEmptyDatabase {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, AtlvsAutoConfiguration.class))
            .withUserConfiguration(ApplicationFlyway.class);

    @Test
    void theApplicationsMigrationsRunAfterTheSdksInTheirOwnSchemaAndHistory() {
        // given an application with its own migration that references an atlvs table
        runner.withPropertyValues(database.dataSource(database.owner()))
                // when it starts
                .run(context -> {
                    // then both ran, each in its own schema with its own history
                    assertThat(context).hasNotFailed().hasSingleBean(Atlvs.class);
                    assertThat(Sql.value(database.adminDataSource(),
                            "select count(*) from festival.flyway_schema_history where success and version = '1'")).isEqualTo("1");
                    assertThat(Sql.value(database.adminDataSource(), "select to_regclass('festival.stages')::text"))
                            .isEqualTo("festival.stages");
                    assertThat(Sql.value(database.adminDataSource(),
                            "select count(*) from atlvs.flyway_schema_history_core where success")).isNotEqualTo("0");
                    assertThat(Sql.value(database.adminDataSource(), "select to_regclass('festival.locations')")).isNull();
                });
    }

    @Test
    void beansThatDependOnTheDatabaseAreCreatedAfterTheSdksMigrations() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                // when
                .run(context -> {
                    // then the JdbcTemplate depends on the SDK's initializer, through Boot's database initialization ordering
                    assertThat(context).hasNotFailed();
                    String[] jdbcTemplate = context.getBeanNamesForType(JdbcTemplate.class);
                    assertThat(jdbcTemplate).hasSize(1);
                    assertThat(context.getBeanFactory().getBeanDefinition(jdbcTemplate[0]).getDependsOn())
                            .contains(context.getBeanNamesForType(AtlvsSchemaInitializer.class));
                });
    }

    @Test
    void theApplicationsFlywayWaitsForTheSdksMigrations() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                // when
                .run(context -> {
                    // then Boot's database initialization ordering put the SDK's initializer first
                    assertThat(context).hasNotFailed();
                    String[] initializer = context.getBeanNamesForType(AtlvsSchemaInitializer.class);
                    assertThat(context.getBeanFactory().getBeanDefinition("applicationFlyway").getDependsOn()).contains(initializer);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationFlyway {
        @Bean
        Flyway applicationFlyway(DataSource dataSource) {
            return Flyway.configure().dataSource(dataSource).schemas("festival").locations("classpath:db/migration").load();
        }

        @Bean
        FlywayMigrationInitializer applicationFlywayInitializer(Flyway flyway) {
            return new FlywayMigrationInitializer(flyway);
        }
    }
}
