package dev.atlvs.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.IntegrationFixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database holds the event-type rules the SDK checks first: raw SQL as the run-time role, inside a
 * tenant transaction, can neither store an event of an unregistered type (or of another aggregate type)
 * nor subscribe a webhook to one.
 */
@AtlvsTest
class EventTypeRegistryTest {

    private static final String INSERT_EVENT = """
            insert into atlvs.domain_events (organization_id, aggregate_type, aggregate_id, sequence, event_type, occurred_at)
            values (:organizationId, :aggregateType, :aggregateId, 1, :eventType, now())
            """;

    @Test
    void rawSqlStoresAnEventOfARegisteredType(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        int stored = acme.asOwner(tx -> tx.handle().createUpdate(INSERT_EVENT).bind("organizationId", acme.id())
                .bind("aggregateType", "comment").bind("aggregateId", UUID.randomUUID()).bind("eventType", CoreEvents.COMMENT_POSTED)
                .execute());

        assertThat(stored).isEqualTo(1);
    }

    @Test
    void rawSqlCannotStoreAnEventOfAnUnregisteredType(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate(INSERT_EVENT).bind("organizationId", acme.id())
                .bind("aggregateType", "invoice").bind("aggregateId", UUID.randomUUID()).bind("eventType", "invoice.paid").execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRefusedBy(e, "eventType", "domain_events_event_type_registered"));
    }

    @Test
    void rawSqlCannotStoreAnEventUnderAnotherAggregateType(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate(INSERT_EVENT).bind("organizationId", acme.id())
                .bind("aggregateType", "location").bind("aggregateId", UUID.randomUUID()).bind("eventType", CoreEvents.COMMENT_POSTED)
                .execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRefusedBy(e, "eventType", "domain_events_event_type_registered"));
    }

    @Test
    void rawSqlCannotSubscribeAWebhookToAnUnregisteredType(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        UUID webhook = IntegrationFixtures.webhook(acme, "http://127.0.0.1:9/hooks", Set.of(CoreEvents.COMMENT_POSTED)).webhook().id();

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.webhooks set event_types = array['comment.posted', 'invoice.paid'] where id = :id")
                .bind("id", webhook).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRefusedBy(e, "eventTypes", "webhooks_event_types_registered"));
        String[] subscribed = acme.asOwner(tx -> tx.handle().createQuery("select event_types from atlvs.webhooks where id = :id")
                .bind("id", webhook).mapTo(String[].class).one());
        assertThat(subscribed).containsExactly(CoreEvents.COMMENT_POSTED);
    }

    private static void assertRefusedBy(ValidationException failure, String field, String constraint) {
        assertThat(failure.code()).isEqualTo(CoreErrorCode.UNKNOWN_EVENT_TYPE);
        assertThat(failure.violationsOf(field)).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo(constraint));
        assertThat(failure.getMessage()).doesNotContain("invoice.paid");
    }
}
