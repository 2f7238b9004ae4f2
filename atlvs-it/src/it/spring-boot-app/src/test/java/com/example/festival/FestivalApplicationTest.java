package com.example.festival;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with only the starter and a PostgreSQL URL: the SDK migrates, Boot's Flyway migrates, a tenant serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FestivalApplicationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedDatabase::url);
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.USER);
        registry.add("spring.datasource.password", () -> EmbeddedDatabase.PASSWORD);
    }

    @Autowired
    private Atlvs atlvs;

    @Autowired
    private Stages stages;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private HealthEndpoint health;

    @Test
    void theSdkMigratedTheAtlvsSchemaAtStartUp() {
        // given the application started (when)
        // then
        assertThat(jdbc.queryForObject("select count(*) from atlvs.flyway_schema_history_core where success", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from atlvs.locations", Long.class)).isZero();
    }

    @Test
    void bootsFlywayMigratedTheApplicationsOwnSchemaWithItsOwnHistory() {
        // given the application started (when)
        // then
        assertThat(jdbc.queryForObject("select count(*) from festival.flyway_schema_history where success and version = '1'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select table_schema from information_schema.tables where table_name = 'stages'", String.class))
                .containsExactly("festival");
        assertThat(jdbc.queryForList("select table_schema from information_schema.tables where table_name like 'flyway_schema_history%'",
                String.class)).containsOnly("festival", "atlvs");
    }

    @Test
    void aTenantTransactionServesAnOrganizationCreatedThroughThePlatform() {
        // given
        User maya = atlvs.platform().registerUser(User.builder().email("maya@northern-lights.example").displayName("Maya Okafor").build());
        UUID organization = atlvs.platform().createOrganization(Organization.builder().name("Northern Lights Festival")
                .slug("northern-lights").build(), maya.id()).organization().id();

        // when
        UUID venue = stages.open(organization, maya.id(), "Tøyen Park", "Main stage");

        // then
        assertThat(stages.venueName(organization, maya.id(), venue)).isEqualTo("Tøyen Park");
        assertThat(jdbc.queryForObject("select name from festival.stages where location_id = ?", String.class, venue))
                .isEqualTo("Main stage");
    }

    @Test
    void theHealthOfTheSdkIsUp() {
        // given the application started (when)
        // then
        assertThat(health.healthForPath("atlvs").getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void flywayAndHibernateValidatorAreTheVersionsBootManages() {
        // given the versions Boot's dependency management chose
        String flyway = System.getProperty("boot.flyway.version");
        String hibernateValidator = System.getProperty("boot.hibernate-validator.version");

        // when
        String flywayJar = jarOf(Flyway.class);
        String hibernateValidatorJar = jarOf(HibernateValidator.class);

        // then they are the jars the SDK runs on
        assertThat(flyway).isNotBlank();
        assertThat(flywayJar).isEqualTo("flyway-core-" + flyway + ".jar");
        assertThat(hibernateValidatorJar).isEqualTo("hibernate-validator-" + hibernateValidator + ".jar");
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (java.net.URISyntaxException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
