package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.CoreRules;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.module.Guardrails.Breach;
import dev.atlvs.core.module.Guardrails.TenantProbe;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.RuleIdentityCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rule-identity guardrail catches what it exists for: a Java check that names a rule otherwise than the database,
 * a break nothing refuses, and a registered rule without a probe each make it report a finding.
 */
@AtlvsTest
class RuleIdentitySelfTest {

    /** Drops a location's longitude, which breaks locations_coordinates_check, by raw SQL. */
    private static final Breach SQL = (tx, id) -> tx.handle()
            .createUpdate("update atlvs.locations set longitude = null where id = :id").bind("id", id).execute();

    @Test
    void aJavaCheckThatNamesTheRuleOtherwiseThanTheDatabaseIsReported(Fixtures fixtures) {
        // given: a pre-check as locations had it before the registry, with an invented rule name
        Breach inventedName = (tx, id) -> {
            throw ValidationException.of("Location", "longitude", "CoordinatePair", "latitude and longitude must be given together");
        };
        OrganizationFixture acme = fixtures.organization("Invented Rule Names");

        // when
        List<Finding> findings = RuleIdentityCheck.check(CoreRules.LOCATIONS_COORDINATES_CHECK, probe(inventedName), acme, location(acme));

        // then
        assertThat(findings).extracting(Finding::rule).containsExactly("one identity through the SDK");
        assertThat(findings).extracting(Finding::detail).singleElement().satisfies(detail -> assertThat(detail)
                .contains("expected VALIDATION_FAILED on longitude (locations_coordinates_check)", "CoordinatePair"));
    }

    @Test
    void aBreakThatNothingRefusesIsReported(Fixtures fixtures) {
        // given: an SDK break that keeps both coordinates, so it breaks nothing
        Breach harmless = (tx, id) -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(id)).withName("Main Stage (North)"));
        };
        OrganizationFixture acme = fixtures.organization("Harmless Breaks");

        // when
        List<Finding> findings = RuleIdentityCheck.check(CoreRules.LOCATIONS_COORDINATES_CHECK, probe(harmless), acme, location(acme));

        // then
        assertThat(findings).extracting(Finding::rule).containsExactly("refused through the SDK");
    }

    @Test
    void theSameBreakOfTheRegisteredRuleOnBothPathsIsNoFinding(Fixtures fixtures) {
        // given: the SDK's own check of the coordinates
        Breach sdk = (tx, id) -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(id)).withLongitude(Optional.empty()));
        };
        OrganizationFixture acme = fixtures.organization("One Identity");

        // when / then
        assertThat(RuleIdentityCheck.check(CoreRules.LOCATIONS_COORDINATES_CHECK, probe(sdk), acme, location(acme))).isEmpty();
    }

    @Test
    void aRegisteredRuleWithoutAProbeIsReported() {
        // given: guardrails that probe none of the core rules
        Guardrails guardrails = Guardrails.builder().build();

        // when
        List<Finding> findings = RuleIdentityCheck.unprobed(List.of(CoreRules.LOCATIONS_PARENT_CHECK), guardrails);

        // then
        assertThat(findings).extracting(Finding::object, Finding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("locations_parent_check", "probe declared"));
    }

    private static TenantProbe probe(Breach sdk) {
        return new TenantProbe(Optional.empty(), Optional.of(sdk), Optional.of(SQL), Optional.empty());
    }

    private static UUID location(OrganizationFixture organization) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name("Main Stage").type(LocationType.VENUE)
                .latitude(new BigDecimal("52.520000")).longitude(new BigDecimal("13.405000")).build()).id());
    }
}
