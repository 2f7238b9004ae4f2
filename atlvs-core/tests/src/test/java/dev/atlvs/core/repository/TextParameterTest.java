package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Text bound to a hand-written statement, a page filter or a bulk load is held to the rule of stored text: a NUL
 * character or an unpaired surrogate is a validation error naming the parameter, before the statement runs.
 */
@AtlvsTest
class TextParameterTest {

    private static void refusedAs(ThrowingCallable call, String subject, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
            assertThat(e.getMessage()).startsWith("[VALIDATION_FAILED] " + subject + " is invalid");
            assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple(field, "StorableText"));
        });
    }

    @Test
    void aNulCharacterInAParameterOfARepositoryQueryIsRefusedNamingTheParameter(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Query Hall");

        refusedAs(() -> org.asOwner(tx -> tx.repository(TagRepository.class).findByName("urgent\0")), "TagRepository.findByName", "name");
    }

    @Test
    void anUnpairedSurrogateBoundByHandIsRefusedInsteadOfBeingReplaced(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Surrogate Query Hall");

        refusedAs(() -> org.asOwner(tx -> tx.handle().createQuery("select :term").bind("term", "half \uD83C").mapTo(String.class).one()),
                "Statement", "term");
        refusedAs(() -> org.asOwner(tx -> tx.handle().createQuery("select :term").bind("term", "\uDF89 reversed").mapTo(String.class).one()),
                "Statement", "term");
    }

    @Test
    void positionalParametersAreNamedByTheirIndex(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Positional Query Hall");

        refusedAs(() -> org.asOwner(tx -> tx.handle().createQuery("select ?, ?").bind(0, "fine").bind(1, "not\0fine")
                .mapToMap().one()), "Statement", "1");
    }

    @Test
    void textInAnArrayOrAListIsCheckedElementByElement(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Array Query Hall");

        refusedAs(() -> org.asOwner(tx -> tx.handle()
                .createQuery("select count(*) from atlvs.tags where organization_id = :organizationId and name = any(:names)")
                .bind("names", new String[] {"urgent", "late\0"}).mapTo(Long.class).one()), "Statement", "names");
        refusedAs(() -> org.asOwner(tx -> tx.handle()
                .createQuery("select count(*) from atlvs.tags where organization_id = :organizationId and name in (<names>)")
                .bindList("names", List.of("urgent", "late\0")).mapTo(Long.class).one()), "Statement", "names[1]");
    }

    @Test
    void wellFormedTextOfEveryPlaneIsBoundAsItIs(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Emoji Query Hall");

        String echoed = org.asOwner(tx -> tx.handle().createQuery("select :term").bind("term", "Confetti \uD83C\uDF89 Bühne")
                .mapTo(String.class).one());

        assertThat(echoed).isEqualTo("Confetti \uD83C\uDF89 Bühne");
    }

    @Test
    void aTagNameWithANulCharacterIsRefusedBeforeTheLookUpRuns(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Nul Tag Hall");
        long before = Rows.count(database, "tags");

        assertThatThrownBy(() -> org.asOwner(tx -> new TagService(tx).create("vip\0")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("name"))
                        .extracting(FieldViolation::rule).containsExactly("StorableText"));
        assertThat(Rows.count(database, "tags")).isEqualTo(before);
    }

    @Test
    void anAuditReasonWithANulCharacterIsRefusedNamingTheReason(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Reason Hall");

        refusedAs(() -> org.asOwner(tx -> tx.withAuditReason("because\0", () -> null)), "Statement", "reason");
    }

    @Test
    void aPageFilterValueWithANulCharacterIsRefusedNamingTheFilter(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Filter Hall");

        refusedAs(() -> org.asOwner(tx -> tx.repository(LocationRepository.class)
                .page(PageRequest.sortedBy("name").filter(Filter.equal("name", "Main\0Stage")))), "PageRequest", "filters.name");
        refusedAs(() -> org.asOwner(tx -> tx.repository(LocationRepository.class)
                .page(PageRequest.first().filter(Filter.in("name", List.of("Main Stage", "Side \uD83C"))))), "PageRequest", "filters.name");
    }

    @Test
    void aForgedCursorCarryingANulCharacterIsNotACursor(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Cursor Hall");
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("name\nASCENDING\n" + UUID.randomUUID() + "\nMain\0").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(LocationRepository.class).page(PageRequest.sortedBy("name").after(forged))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("cursor", "Cursor")));
    }

    @Test
    void aBulkLoadRowWithANulCharacterIsRefusedNamingTheProperty(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Nul Bulk Hall");
        long before = Rows.count(database, "locations");

        refusedAs(() -> org.asOwner(tx -> {
            try (var load = tx.bulkLoad(Location.TABLE, List.of("id", "organization_id", "name", "type"))) {
                load.row(Ids.newId(), org.id(), "Main Stage", LocationType.VENUE);
                load.row(Ids.newId(), org.id(), "Side\0Stage", LocationType.VENUE);
                return load.finish();
            }
        }), "Location", "name");
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void aNulCharacterThatReachesTheServerAnywayIsAValidationErrorNotADatabaseError(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Literal Hall");
        Consumer<ValidationException> storableText = e -> assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("value", "StorableText"));

        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createQuery("select E'Main\\000Stage'").mapTo(String.class).one()))
                .isInstanceOfSatisfying(ValidationException.class, storableText::accept);
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createQuery("select '{\"name\": \"Main\\u0000Stage\"}'::jsonb")
                        .mapTo(String.class).one()))
                .isInstanceOfSatisfying(ValidationException.class, storableText::accept);
    }
}
