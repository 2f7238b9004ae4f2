package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * JSON fields are read as JSON before any SQL runs: text that is not JSON PostgreSQL stores is refused under
 * {@code Json}, and JSON of another kind where the table requires an object under the CHECK that requires it, each
 * naming the field.
 */
@AtlvsTest
class JsonFieldTest {

    private static void refusedAs(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple(field, rule));
        });
    }

    private static UserPermission grant(OrganizationFixture org, User user, String metadata) {
        return org.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(UserPermission.builder().organizationId(org.id())
                .userId(user.id()).permission("core.notifications.manage").grantedAt(tx.now()).metadata(metadata).build()));
    }

    @Test
    void malformedJsonMetadataIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Malformed Grant Hall");
        User viewer = org.addMember(MemberRole.VIEWER);
        long before = Rows.count(database, "user_permissions");

        for (String malformed : List.of("{\"ticket\": ", "{'ticket': 'OPS-1'}", "{\"ticket\": \"OPS-1\",}", "{\"n\": 01}",
                "{\"ticket\": \"\\u0000\"}", "{\"ticket\": \"\\uD83C\"}", "{} {}")) {
            refusedAs(() -> grant(org, viewer, malformed), "metadata", "Json");
        }
        assertThat(Rows.count(database, "user_permissions")).isEqualTo(before);
    }

    @Test
    void jsonOfAnotherKindIsRefusedBeforeAnySqlUnderTheCheckThatRequiresAnObject(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Array Grant Hall");
        User viewer = org.addMember(MemberRole.VIEWER);

        for (String notAnObject : List.of("[]", "\"OPS-1\"", "42", "null", "true")) {
            // validation alone, which runs no SQL, refuses it as the database's CHECK would
            refusedAs(() -> org.asOwner(tx -> tx.validate("UserPermission", UserPermission.builder().organizationId(org.id())
                    .userId(viewer.id()).permission("core.notifications.manage").grantedAt(tx.now()).metadata(notAnObject).build())),
                    "metadata", "user_permissions_metadata_check");
            refusedAs(() -> grant(org, viewer, notAnObject), "metadata", "user_permissions_metadata_check");
        }
    }

    @Test
    void aJsonObjectIsStoredAndReadBackNormalized(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Object Grant Hall");
        User viewer = org.addMember(MemberRole.VIEWER);

        UserPermission stored = grant(org, viewer, "{\"ticket\":\"OPS-1\", \"by\": \"\\uD83C\\uDF89 Jo\\u00EBl\"}");

        assertThat(stored.metadata()).isEqualTo("{\"by\": \"\uD83C\uDF89 Jo\u00EBl\", \"ticket\": \"OPS-1\"}");
    }

    @Test
    void notificationDataThatIsNotAJsonObjectIsRefusedNamingTheField(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Notification Data Hall");
        User crew = org.addMember(MemberRole.VIEWER);
        var request = NotificationRequest.builder().type("job.assignment").title("Load-in at 06:00");

        refusedAs(() -> org.asOwner(tx -> new NotificationService(tx).notify(List.of(crew.id()), request.data("{\"link\": /jobs/7}").build())),
                "data", "Json");
        refusedAs(() -> org.asOwner(tx -> new NotificationService(tx).notify(List.of(crew.id()), request.data("[\"/jobs/7\"]").build())),
                "data", "JsonObject");
    }

    @Test
    void aJsonFilterValueThatIsNotJsonIsRefusedNamingTheFilter(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Json Filter Hall");

        refusedAs(() -> org.asOwner(tx -> tx.repository(UserPermissionRepository.class)
                .page(PageRequest.first().filter(Filter.equal("metadata", "{ticket: 1}")))), "filters.metadata", "Json");
    }

    @Test
    void anEventPayloadThatPostgresqlCannotStoreIsRefusedNamingThePayload(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Event Payload Hall");
        UUID comment = UUID.randomUUID();

        refusedAs(() -> org.asOwner(tx -> new DomainEvents(tx).appendJson("comment", comment, "comment.posted", "{\"body\": }")),
                "payload", "Json");
        refusedAs(() -> org.asOwner(tx -> new DomainEvents(tx).append("comment", comment, "comment.posted",
                Map.of("body", "a NUL \0 inside"))), "payload", "Json");
        refusedAs(() -> org.asOwner(tx -> new DomainEvents(tx).appendJson("comment", comment, "comment.posted", "[1, 2]")),
                "payload", "JsonObject");
        List<dev.atlvs.core.event.DomainEvent> stored = org.asOwner(tx -> new DomainEvents(tx).history("comment", comment));
        assertThat(stored).isEmpty();
    }
}
