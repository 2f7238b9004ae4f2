package dev.atlvs.people.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.availability.Availability;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.people.testing.PeopleFixtures.Crew;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Candidate matching over the directory: the role's required competencies and certifications, the people's levels,
 * certificates and commitments, their endorsements and rates, ranked with every score explained.
 */
@AtlvsTest
class CandidateMatcherTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate BUILD_START = TODAY.plusDays(7);
    private static final LocalDate BUILD_END = TODAY.plusDays(11);

    private static Crew crew(OrganizationFixture org) {
        Crew crew = PeopleFixtures.crew(org, TODAY);
        // Ana holds both competencies, Ben rigging only (with an expired certificate)
        PeopleFixtures.personCompetency(org, crew.ana(), crew.ipaf(), CompetencyLevel.ADVANCED, Optional.empty());
        return crew;
    }

    @Test
    void theRiggerWithEveryCompetencyAndValidCertificatesRanksFirst(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Matching Riggers Live");
        Crew crew = crew(org);

        List<CandidateScore> ranked = org.asOwner(tx -> new CandidateMatcher(tx)
                .rank(MatchRequest.of(crew.rigger().id(), BUILD_START, BUILD_END).withBudget("400", "GBP")));

        assertThat(ranked).extracting(CandidateScore::name).first().isEqualTo("Ana Souza");
        CandidateScore ana = ranked.get(0);
        assertThat(ana.eligible()).isTrue();
        assertThat(ana.lines()).extracting(ScoreLine::factor, ScoreLine::points).startsWith(
                tuple(ScoreLine.Factor.COMPETENCIES, new BigDecimal("40.00")),
                tuple(ScoreLine.Factor.CERTIFICATIONS, new BigDecimal("20.00")),
                tuple(ScoreLine.Factor.AVAILABILITY, new BigDecimal("20.00")));
        CandidateScore ben = ranked.stream().filter(c -> c.name().equals("Ben Okafor")).findFirst().orElseThrow();
        assertThat(ben.eligible()).isFalse();
        assertThat(ben.gaps()).anyMatch(gap -> gap.equals(crew.rigging().name() + " certification valid only until " + TODAY.minusMonths(1)
                + ", before the work ends " + BUILD_END));
    }

    @Test
    void aCandidateBookedOverTheDatesIsNotEligible(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Matching Booked Live");
        Crew crew = crew(org);
        PeopleFixtures.engagement(org, crew.ana(), org.asOwner(tx -> new AvailabilityService(tx).startOf(BUILD_START.plusDays(1))),
                org.asOwner(tx -> new AvailabilityService(tx).startOf(BUILD_START.plusDays(2))), CommitmentStatus.CONFIRMED);

        List<CandidateScore> ranked = org.asOwner(tx -> new CandidateMatcher(tx)
                .rank(MatchRequest.of(crew.rigger().id(), BUILD_START, BUILD_END).among(List.of(crew.ana().id()))));

        assertThat(ranked).singleElement().satisfies(ana -> {
            assertThat(ana.eligible()).isFalse();
            assertThat(ana.gaps()).containsExactly("committed elsewhere over the dates");
        });
    }

    @Test
    void availabilityForARoleListsTheCertificatesThatLapse(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Matching Blockers Live");
        Crew crew = crew(org);

        Availability ben = org.asOwner(tx -> new AvailabilityService(tx).forRole(crew.ben().id(), crew.rigger().id(), BUILD_START, BUILD_END));
        Availability benLater = org.asOwner(tx -> new AvailabilityService(tx).forRole(crew.ben().id(), crew.rigger().id(),
                TODAY.plusDays(25), TODAY.plusDays(35)));

        assertThat(ben.isFree()).isFalse();
        assertThat(ben.blockers()).singleElement().asString().startsWith("Rigging").contains("expired");
        assertThat(benLater.blockers()).hasSize(2).anyMatch(b -> b.startsWith("IPAF") && b.contains("before the work ends"));
    }

    @Test
    void aRequestEndingBeforeItStartsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> MatchRequest.of(java.util.UUID.randomUUID(), BUILD_END, BUILD_START))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("to"));
    }
}
