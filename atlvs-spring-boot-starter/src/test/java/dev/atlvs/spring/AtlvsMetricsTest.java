package dev.atlvs.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.observe.MicrometerObserver;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AtlvsMetricsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AtlvsAutoConfiguration.class));

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.shared().create(getClass());
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void transactionsAndRepositoryCallsAreTimedInTheApplicationsMeterRegistry() {
        // given an application with a meter registry
        runner.withPropertyValues(asTheRunTimeRole())
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                // when a tenant transaction inserts a venue
                .run(context -> {
                    insertVenue(context.getBean(Atlvs.class));
                    MeterRegistry registry = context.getBean(MeterRegistry.class);

                    // then both are timed, tagged by module and operation
                    Timer insert = registry.find(MicrometerObserver.REPOSITORY).tag("module", "core")
                            .tag("operation", "LocationRepository.insert").tag("outcome", "success").timer();
                    assertThat(insert).isNotNull();
                    assertThat(insert.count()).isEqualTo(1);
                    assertThat(registry.find(MicrometerObserver.TRANSACTION).tag("kind", "tenant").timers()).isNotEmpty();
                });
    }

    @Test
    void anApplicationWithOpenTelemetryAndAMeterRegistryGetsSpansAndTimersBoth() {
        // given an application with both
        io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter spans = io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter.create();
        runner.withPropertyValues(asTheRunTimeRole())
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(io.opentelemetry.api.OpenTelemetry.class, () -> io.opentelemetry.sdk.OpenTelemetrySdk.builder()
                        .setTracerProvider(io.opentelemetry.sdk.trace.SdkTracerProvider.builder()
                                .addSpanProcessor(io.opentelemetry.sdk.trace.export.SimpleSpanProcessor.create(spans)).build())
                        .build())
                // when a tenant transaction inserts a venue
                .run(context -> {
                    insertVenue(context.getBean(Atlvs.class));

                    // then the insert is a span inside its transaction's span, and a timer
                    assertThat(spans.getFinishedSpanItems()).extracting(io.opentelemetry.sdk.trace.data.SpanData::getName)
                            .contains("atlvs.repository LocationRepository.insert", "atlvs.transaction none");
                    assertThat(context.getBean(MeterRegistry.class).find(MicrometerObserver.REPOSITORY)
                            .tag("operation", "LocationRepository.insert").timer()).isNotNull();
                });
    }

    @Test
    void withoutOpenTelemetryTheSdkStartsAndServes() {
        // given an application without OpenTelemetry on its class path
        runner.withClassLoader(new FilteredClassLoader(io.opentelemetry.api.OpenTelemetry.class))
                .withPropertyValues(asTheRunTimeRole())
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed();
                    assertThat(insertVenue(context.getBean(Atlvs.class)).name()).isEqualTo("Pier 4 Warehouse");
                });
    }

    @Test
    void withoutMicrometerTheSdkStartsAndServes() {
        // given an application without Micrometer on its class path
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .withPropertyValues(asTheRunTimeRole())
                // when
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed();
                    assertThat(insertVenue(context.getBean(Atlvs.class)).name()).isEqualTo("Pier 4 Warehouse");
                });
    }

    private String[] asTheRunTimeRole() {
        return new String[] {"spring.datasource.url=" + database.jdbcUrl(),
            "spring.datasource.username=" + database.appCredentials().user(),
            "spring.datasource.password=" + database.appCredentials().password(),
            "atlvs.owner.url=" + database.jdbcUrl(), "atlvs.owner.username=" + database.ownerCredentials().user(),
            "atlvs.owner.password=" + database.ownerCredentials().password(), "atlvs.migrate-on-startup=false"};
    }

    private static Location insertVenue(Atlvs atlvs) {
        User jonas = atlvs.platform().registerUser(User.builder().email("jonas.berg@harbour-sound.example")
                .displayName("Jonas Berg").build());
        UUID org = atlvs.platform().createOrganization(Organization.builder().name("Harbour Sound").slug("harbour-sound")
                .build(), jonas.id()).organization().id();
        return atlvs.inTenant(org, jonas.id(), tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org).name("Pier 4 Warehouse").type(LocationType.VENUE).city("Bergen").country("NO").build()));
    }
}
