package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.repository.internal.TransactionScope;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Each write validates its value once: a value the transaction validated ahead of its look-ups
 * ({@code tx.validate}) is not validated again by its insert or update, and any other value is validated
 * by the write itself. The value used to tell the two apart has a latitude with seven decimals: Java's
 * {@code @Digits} refuses it, the database's {@code numeric(9, 6)} rounds it.
 */
@AtlvsTest
class ValidationOnceTest {

    private static final BigDecimal SEVEN_DECIMALS = new BigDecimal("52.5200001");

    @Test
    void aValueValidatedByTheTransactionIsNotValidatedAgainByItsInsert(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Validated Once");
        Location tooPrecise = location(acme).latitude(SEVEN_DECIMALS).longitude(BigDecimal.ONE).build();

        Location stored = acme.asOwner(tx -> {
            // As tx.validate records it, without the validation that would refuse this value.
            tx.handle().getConfig(TransactionScope.class).validated(tooPrecise);
            return tx.repository(LocationRepository.class).insert(tooPrecise);
        });

        assertThat(stored.latitude()).contains(new BigDecimal("52.520000"));
    }

    @Test
    void aValueTheTransactionDidNotValidateIsValidatedByItsInsert(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Validated On Write");
        Location tooPrecise = location(acme).latitude(SEVEN_DECIMALS).longitude(BigDecimal.ONE).build();

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(tooPrecise)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("latitude"));
    }

    @Test
    void aChangedCopyOfAValidatedValueIsValidatedByItsWrite(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Changed Copies");

        assertThatThrownBy(() -> acme.asOwner(tx -> {
            Location checked = tx.validate("Location", location(acme).build());
            return tx.repository(LocationRepository.class).insert(ImmutableLocation.copyOf(checked)
                    .withLatitude(SEVEN_DECIMALS).withLongitude(BigDecimal.ONE));
        })).isInstanceOf(ValidationException.class);
    }

    @Test
    void aValueMarkedInAnotherTransactionIsValidatedByItsInsert(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Marks Do Not Travel");
        Location tooPrecise = location(acme).latitude(SEVEN_DECIMALS).longitude(BigDecimal.ONE).build();
        acme.asOwner(tx -> {
            tx.handle().getConfig(TransactionScope.class).validated(tooPrecise);
            return null;
        });

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(tooPrecise)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theTransactionRefusesAnInvalidValueBeforeAnySqlWithEveryViolation(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Refused Early");
        long before = Rows.count(database, "locations");

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.validate("Location",
                location(acme).name(" ").latitude(SEVEN_DECIMALS).longitude(BigDecimal.ONE).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("latitude", "name"));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    private static ImmutableLocation.Builder location(OrganizationFixture organization) {
        return ImmutableLocation.builder().organizationId(organization.id()).name("Main Stage").type(LocationType.VENUE);
    }
}
