package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.people.compliance.CellState;
import dev.atlvs.people.compliance.ComplianceCell;
import dev.atlvs.people.compliance.ComplianceMatrix;
import dev.atlvs.people.compliance.ComplianceService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.people.testing.PeopleFixtures.Crew;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The crew compliance matrix (people × required certifications through the end of the work) and emergency-contact completeness. */
@AtlvsTest
class ComplianceServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void theRiggersMatrixShowsValidExpiringExpiredAndMissingCertificationsThroughTheEndOfTheTour(Fixtures fixtures) {
        // given: a tour running until 15 October; Ben's IPAF expires on 1 October, his rigging card expired last month,
        // Dev has none
        OrganizationFixture acme = fixtures.organization("Touring Crew");
        Crew crew = PeopleFixtures.crew(acme, TODAY);
        List<UUID> riggers = List.of(crew.ana().id(), crew.ben().id(), crew.dev().id());

        // when
        ComplianceMatrix matrix = acme.asOwner(tx -> new ComplianceService(tx).forRole(crew.rigger().id(), riggers, TODAY,
                LocalDate.of(2026, 10, 15)));

        // then
        assertThat(matrix.competencyIds()).containsExactly(crew.rigging().id(), crew.ipaf().id());
        assertThat(matrix.cells()).extracting(ComplianceCell::personId, ComplianceCell::competencyId, ComplianceCell::state, ComplianceCell::expiryDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(crew.ana().id(), crew.rigging().id(), CellState.OK, Optional.of(TODAY.plusYears(2))),
                        org.assertj.core.groups.Tuple.tuple(crew.ana().id(), crew.ipaf().id(), CellState.OK, Optional.of(TODAY.plusYears(4))),
                        org.assertj.core.groups.Tuple.tuple(crew.ben().id(), crew.rigging().id(), CellState.EXPIRED, Optional.of(TODAY.minusMonths(1))),
                        org.assertj.core.groups.Tuple.tuple(crew.ben().id(), crew.ipaf().id(), CellState.EXPIRING, Optional.of(TODAY.plusDays(30))),
                        org.assertj.core.groups.Tuple.tuple(crew.dev().id(), crew.rigging().id(), CellState.MISSING, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(crew.dev().id(), crew.ipaf().id(), CellState.MISSING, Optional.empty()));
        assertThat(matrix.gaps()).hasSize(4);
        assertThat(matrix.compliant()).isFalse();
        assertThat(matrix.cell(crew.ben().id(), crew.ipaf().id()).flatMap(ComplianceCell::certificationId)).contains(crew.benIpaf().id());
    }

    @Test
    void aWorkEndingBeforeTheExpiryDateIsCovered(Fixtures fixtures) {
        // given: a one-week job, well before Ben's IPAF expires
        OrganizationFixture acme = fixtures.organization("Short Job");
        Crew crew = PeopleFixtures.crew(acme, TODAY);

        // when
        ComplianceMatrix matrix = acme.asOwner(tx -> new ComplianceService(tx).matrix(List.of(crew.ben().id()), List.of(crew.ipaf().id()),
                TODAY, TODAY.plusDays(7)));

        // then
        assertThat(matrix.compliant()).isTrue();
        assertThat(matrix.cells()).extracting(ComplianceCell::state).containsExactly(CellState.OK);
    }

    @Test
    void theStageManagersFirstAidGapIsAnExpiredCell(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Stage Management");
        Crew crew = PeopleFixtures.crew(acme, TODAY);

        // when
        ComplianceMatrix matrix = acme.asOwner(tx -> new ComplianceService(tx).forRole(crew.stageManager().id(), List.of(crew.caro().id()),
                TODAY, TODAY.plusDays(3)));

        // then
        assertThat(matrix.gaps()).containsExactly(new ComplianceCell(crew.caro().id(), crew.firstAid().id(), CellState.EXPIRED,
                Optional.of(crew.caroFirstAid().id()), Optional.of(TODAY.minusDays(10))));
    }

    @Test
    void peopleInAnOnSiteRoleWithoutAVerifiedEmergencyContactAreListed(Fixtures fixtures) {
        // given: Ana's and Caro's contacts are verified, Ben's is not, Dev has none
        OrganizationFixture acme = fixtures.organization("Who To Call");
        Crew crew = PeopleFixtures.crew(acme, TODAY);
        List<UUID> everyone = List.of(crew.ana().id(), crew.ben().id(), crew.caro().id(), crew.dev().id());

        // when
        List<UUID> missing = acme.asOwner(tx -> new ComplianceService(tx).withoutVerifiedEmergencyContact(crew.rigger().id(), everyone));

        // then
        assertThat(missing).containsExactly(crew.ben().id(), crew.dev().id());
    }

    @Test
    void aRoleThatIsNotOnSiteNeedsNoEmergencyContact(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Office Role");
        Crew crew = PeopleFixtures.crew(acme, TODAY);
        acme.asOwner(tx -> {
            dev.atlvs.people.role.CrewRoleRepository roles = tx.repository(dev.atlvs.people.role.CrewRoleRepository.class);
            return roles.update(dev.atlvs.people.role.ImmutableCrewRole.copyOf(roles.get(crew.audio().id())).withIsOnSite(false));
        });

        // when
        List<UUID> missing = acme.asOwner(tx -> new ComplianceService(tx).withoutVerifiedEmergencyContact(crew.audio().id(),
                List.of(crew.dev().id())));

        // then
        assertThat(missing).isEmpty();
    }
}
