package dev.atlvs.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.spring.actuate.AtlvsHealthContributorAutoConfiguration;
import dev.atlvs.spring.actuate.AtlvsHealthIndicator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AtlvsHealthIndicatorTest extends OnAnEmptyDatabase {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, AtlvsAutoConfiguration.class, HealthContributorAutoConfiguration.class,
            AtlvsHealthContributorAutoConfiguration.class));

    @Test
    void healthIsUpOnACurrentSchemaAndASafeRunTimeRole() {
        // given the application as the run-time role, migrated through the owner's pool
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues(database.ownerPool())
                // when
                .run(context -> {
                    Health health = context.getBean(AtlvsHealthIndicator.class).health();

                    // then
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("connectionRole", "atlvs_app").doesNotContainKey("code");
                });
    }

    @Test
    void healthIsDownWithThePendingVersionsOnADatabaseNobodyMigrated() {
        // given
        runner.withPropertyValues(database.dataSource(database.app()))
                .withPropertyValues(database.ownerPool())
                .withPropertyValues("atlvs.migrate-on-startup=false")
                // when
                .run(context -> {
                    Health health = context.getBean(AtlvsHealthIndicator.class).health();

                    // then
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("code", "SCHEMA_MISSING");
                    @SuppressWarnings("unchecked")
                    Map<String, List<String>> pending = (Map<String, List<String>>) health.getDetails().get("pending");
                    assertThat(pending).containsKey("core");
                    assertThat(pending.get("core")).contains("1");
                });
    }

    @Test
    void healthIsDownOnARoleThatBypassesRowLevelSecurity() {
        // given the application connected as the server's superuser, on a migrated schema
        runner.withPropertyValues(database.dataSource(database.admin()))
                .withPropertyValues(database.ownerPool())
                // when
                .run(context -> {
                    Health health = context.getBean(AtlvsHealthIndicator.class).health();

                    // then
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("code", "UNSAFE_CONNECTION_ROLE");
                });
    }

    @Test
    void theIndicatorIsOffWhenTheApplicationTurnsItOff() {
        // given
        runner.withPropertyValues(database.dataSource(database.owner()))
                .withPropertyValues("management.health.atlvs.enabled=false", "atlvs.migrate-on-startup=false")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed().doesNotHaveBean(AtlvsHealthIndicator.class);
                });
    }

    @Test
    void theIndicatorIsAbsentWithoutActuator() {
        // given
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues(database.dataSource(database.owner()))
                .withPropertyValues("atlvs.migrate-on-startup=false")
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed().doesNotHaveBean(AtlvsHealthIndicator.class);
                });
    }
}
