package dev.atlvs.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused before any SQL runs, with every broken rule named by field and rule, and
 * nothing is written. Rules that only the database knows come back in the same shape. No message
 * repeats the rejected value.
 */
@AtlvsTest
class InputValidationTest {

    @Test
    void aBlankLocationNameIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Blank Names Inc");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> insert(acme, location(acme.id()).name("   ").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("name", "locations_name_check"));
                });
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anOverLongLocationNameIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Long Names Inc");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> insert(acme, location(acme.id()).name("x".repeat(201)).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("name", "locations_name_check")));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void aNameOfExactlyTheMaximumLengthIsAccepted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Boundary Names Inc");

        // when
        Location stored = insert(acme, location(acme.id()).name("x".repeat(200)).build());

        // then
        assertThat(stored.name()).hasSize(200);
    }

    @Test
    void aMalformedSlugIsRefusedAndNoOrganizationIsWritten(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        User owner = fixtures.user();
        long before = Rows.count(database, "organizations");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().createOrganization(
                        Organization.builder().name("Bad Slug Live").slug("Bad Slug!").build(), owner.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("slug", "Pattern")));
        assertThat(Rows.count(database, "organizations")).isEqualTo(before);
        assertThat(Rows.count(database, "organization_members")).isEqualTo(Rows.count(database, "organizations"));
    }

    @Test
    void aSlugWithATrailingHyphenIsRefused(Atlvs atlvs, Fixtures fixtures) {
        // given
        User owner = fixtures.user();

        // when / then
        assertThatThrownBy(() -> atlvs.platform().createOrganization(
                        Organization.builder().name("Hyphen Live").slug("hyphen-live-").build(), owner.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("slug")).isNotEmpty());
    }

    @Test
    void aMalformedEmailIsRefusedWithoutRepeatingIt(Atlvs atlvs, TestDatabase database) {
        // given
        String email = "jane.doe.at.example.com";
        long before = Rows.count(database, "users");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().registerUser(User.builder().email(email).displayName("Jane Doe").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("email", "Email"));
                    assertThat(e.getMessage()).doesNotContain(email);
                    assertThat(e.violations()).extracting(FieldViolation::message).noneMatch(m -> m.contains(email));
                });
        assertThat(Rows.count(database, "users")).isEqualTo(before);
    }

    @Test
    void anEmailWithoutADomainDotIsRefusedByTheDatabaseWithoutRepeatingIt(Atlvs atlvs, TestDatabase database) {
        // given: Jakarta's @Email accepts a dotless domain, the users_email_check of the database does not
        String email = "jane@localhost";
        long before = Rows.count(database, "users");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().registerUser(User.builder().email(email).displayName("Jane Local").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("email", "users_email_check"));
                    assertThat(e.getMessage()).doesNotContain(email);
                });
        assertThat(Rows.count(database, "users")).isEqualTo(before);
    }

    @Test
    void anOutOfRangeLatitudeIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Polar Expeditions");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> insert(acme, location(acme.id())
                        .latitude(new BigDecimal("91.000000"))
                        .longitude(new BigDecimal("10.000000"))
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("latitude", "locations_latitude_check")));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void aNegativeCapacityIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Negative Space Events");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> insert(acme, location(acme.id()).capacity(-5).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("capacity", "locations_capacity_check")));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anUnknownTimeZoneIsRefusedWhenTheValueIsBuilt() {
        assertThatThrownBy(() -> location(UUID.randomUUID()).timezone("Mars/Olympus_Mons").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("timezone", "locations_timezone_zone"));
                    assertThat(e.getMessage()).doesNotContain("Olympus");
                });
    }

    @Test
    void everyViolationOfAValueIsListedAtOnce(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Many Mistakes Ltd");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> insert(acme, location(acme.id())
                        .name("")
                        .capacity(0)
                        .country("de")
                        .postalCode("1".repeat(21))
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("capacity", "locations_capacity_check"),
                                tuple("country", "Pattern"),
                                tuple("name", "locations_name_check"),
                                tuple("postalCode", "locations_postal_code_check")));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anInvalidStatusWrittenThroughRawSqlIsTranslatedWithTheConstraintAsRule(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw SQL Crew");
        Location stored = insert(acme, location(acme.id()).build());

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("update atlvs.locations set type = 'spaceship' where organization_id = :organizationId and id = :id")
                        .bind("id", stored.id())
                        .execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("type", "locations_type_check"));
                    assertThat(e.getMessage()).doesNotContain("spaceship");
                });
        assertThat(acme.asOwner(tx -> tx.repository(LocationRepository.class).get(stored.id())).type()).isEqualTo(LocationType.ROOM);
    }

    @Test
    void anUnknownTimeZoneWrittenThroughRawSqlIsRefusedByTheDatabase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Zones");
        Location stored = insert(acme, location(acme.id()).build());

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("update atlvs.locations set timezone = 'Mars/Olympus_Mons' where organization_id = :organizationId and id = :id")
                        .bind("id", stored.id())
                        .execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("timezone", "locations_timezone_zone"));
                    assertThat(e.getMessage()).doesNotContain("Olympus");
                });
    }

    @Test
    void aMalformedValueInRawSqlIsAValidationError(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Malformed Values Co");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createQuery("select count(*) from atlvs.locations where id = cast(:id as uuid)")
                        .bind("id", "not-a-uuid")
                        .mapTo(Long.class)
                        .one()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MALFORMED_VALUE);
                    assertThat(e.getMessage()).doesNotContain("not-a-uuid");
                });
    }

    private static Location insert(OrganizationFixture organization, Location location) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(location));
    }

    private static ImmutableLocation.Builder location(UUID organizationId) {
        return Location.builder().organizationId(organizationId).name("Rehearsal Room").type(LocationType.ROOM);
    }
}
