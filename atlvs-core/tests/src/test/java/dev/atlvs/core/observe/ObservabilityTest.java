package dev.atlvs.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SDK's work seen by Micrometer and OpenTelemetry: a timer and a span per transaction, named after the service
 * operation it ran, and per repository method, tagged by module and operation, never by tenant or value.
 */
@AtlvsTest
class ObservabilityTest {

    @Test
    void aServiceOperationIsTimedAsItsTransactionAndItsRepositoryCallsByModuleAndOperation(Fixtures fixtures, TestDatabase database) {
        // given
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Atlvs atlvs = database.atlvsBuilder().observer(MicrometerObserver.of(registry)).build();
        OrganizationFixture acme = fixtures.organization("Observed");

        // when
        atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new TagService(tx).create("VIP", Optional.empty()));

        // then
        Timer transaction = registry.find(MicrometerObserver.TRANSACTION)
                .tags("kind", "tenant", "module", "core", "operation", "TagService.create", "outcome", "success").timer();
        assertThat(transaction).as("%s", meters(registry)).isNotNull();
        assertThat(transaction.count()).isEqualTo(1);
        Timer insert = registry.find(MicrometerObserver.REPOSITORY)
                .tags("module", "core", "operation", "TagRepository.insert", "outcome", "success").timer();
        assertThat(insert).as("%s", meters(registry)).isNotNull();
        assertThat(insert.count()).isEqualTo(1);
        assertThat(insert.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertNoTagNamesTheTenant(registry, acme.id(), acme.owner().id());
    }

    @Test
    void aRefusedOperationIsCountedUnderItsErrorCategoryAndWorkWithoutAServiceUnderNone(Fixtures fixtures, TestDatabase database) {
        // given
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Atlvs atlvs = database.atlvsBuilder().observer(MicrometerObserver.of(registry)).build();
        OrganizationFixture acme = fixtures.organization("Refused");

        // when
        assertThatThrownBy(() -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new TagService(tx).create(" ", Optional.empty())))
                .isInstanceOf(ValidationException.class);
        atlvs.inTenant(acme.id(), acme.owner().id(), tx -> tx.repository(TagRepository.class).find(java.util.UUID.randomUUID()));

        // then
        assertThat(registry.find(MicrometerObserver.TRANSACTION).tags("operation", "TagService.create", "outcome", "validation").timer())
                .isNotNull();
        assertThat(registry.find(MicrometerObserver.TRANSACTION).tags("module", "none", "operation", "none", "outcome", "success").timer())
                .isNotNull();
        assertThat(registry.find(MicrometerObserver.REPOSITORY).tags("operation", "TagRepository.find").timer()).isNotNull();
    }

    @Test
    void platformWorkIsTimedAsASystemTransactionNamedAfterThePlatformOperation(Fixtures fixtures, TestDatabase database) {
        // given
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Atlvs atlvs = database.atlvsBuilder().observer(MicrometerObserver.of(registry)).build();
        UUID founder = atlvs.platform().registerUser(fixtures.userBuilder().build()).id();

        // when
        atlvs.platform().createOrganization(Organization.builder().name("Observed Live").slug("observed-live").build(), founder);

        // then
        assertThat(registry.find(MicrometerObserver.TRANSACTION)
                .tags("kind", "system", "module", "core", "operation", "Platform.createOrganization").timer()).isNotNull();
    }

    @Test
    void spansNestTheRepositoryCallsInTheirTransactionAndCarryNoTenantOrValue(Fixtures fixtures, TestDatabase database) {
        // given
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
        Atlvs atlvs = database.atlvsBuilder().observer(AtlvsObserver.composite(OpenTelemetryObserver.of(openTelemetry),
                MicrometerObserver.of(new SimpleMeterRegistry()))).build();
        OrganizationFixture acme = fixtures.organization("Traced");

        // when
        atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new TagService(tx).create("Backstage", Optional.empty()));
        assertThatThrownBy(() -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new TagService(tx).create("", Optional.empty())))
                .isInstanceOf(ValidationException.class);

        // then
        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData created = spans.stream().filter(span -> span.getName().equals("atlvs.transaction TagService.create")
                && span.getStatus().getStatusCode() == StatusCode.UNSET).findFirst().orElseThrow();
        SpanData insert = spans.stream().filter(span -> span.getName().equals("atlvs.repository TagRepository.insert")).findFirst().orElseThrow();
        assertThat(insert.getParentSpanId()).isEqualTo(created.getSpanId());
        assertThat(insert.getTraceId()).isEqualTo(created.getTraceId());
        SpanData refused = spans.stream().filter(span -> span.getName().equals("atlvs.transaction TagService.create")
                && span.getStatus().getStatusCode() == StatusCode.ERROR).findFirst().orElseThrow();
        assertThat(refused.getAttributes().asMap().values()).map(String::valueOf).contains("VALIDATION_FAILED");
        assertThat(spans).allSatisfy(span -> assertThat(span.getAttributes().asMap().values()).map(String::valueOf)
                .noneMatch(value -> value.contains(acme.id().toString()) || value.contains("Backstage")));
    }

    private static java.util.List<String> meters(SimpleMeterRegistry registry) {
        return registry.getMeters().stream().map(meter -> meter.getId().toString()).sorted().toList();
    }

    private static void assertNoTagNamesTheTenant(SimpleMeterRegistry registry, UUID... ids) {
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                for (UUID id : ids) {
                    assertThat(tag.getValue()).doesNotContain(id.toString());
                }
            }
        }
    }
}
