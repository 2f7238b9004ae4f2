package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** Text that PostgreSQL cannot store, or that is not well-formed, is refused by name before any SQL runs. */
@AtlvsTest
class StorableTextTest {

    private static Location venue(OrganizationFixture org, String name) {
        return Location.builder().organizationId(org.id()).name(name).type(LocationType.VENUE).build();
    }

    @Test
    void aNulCharacterIsAValidationErrorNamingTheFieldAndNothingIsWritten(TestDatabase database, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Nul Hall");
        long before = Rows.count(database, "locations");

        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(org, "Main\0Stage"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("name", "StorableText"));
                });
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anUnpairedSurrogateIsAValidationErrorNamingTheField(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Surrogate Hall");
        Location stored = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(org, "Main Stage")));

        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(LocationRepository.class)
                        .update(ImmutableLocation.copyOf(stored).withNotes("broken \uD83C text"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("notes")).hasSize(1));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(LocationRepository.class)
                        .update(ImmutableLocation.copyOf(stored).withNotes("\uDF89 reversed"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void wellFormedTextOutsideTheBasicPlaneIsStoredAsItIs(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Emoji Hall");

        Location stored = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(org, "Confetti Stage \uD83C\uDF89")));

        assertThat(org.asOwner(tx -> tx.repository(LocationRepository.class).get(stored.id())).name()).isEqualTo("Confetti Stage \uD83C\uDF89");
    }
}
