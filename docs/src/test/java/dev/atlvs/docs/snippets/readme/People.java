package dev.atlvs.docs.snippets.readme;

// tag::readme-people[]
import dev.atlvs.core.search.SearchPage;
import dev.atlvs.core.search.SearchQuery;
import dev.atlvs.people.availability.Availability;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.certification.PersonCompetencies;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.compliance.ComplianceMatrix;
import dev.atlvs.people.compliance.ComplianceService;
import dev.atlvs.people.matching.CandidateMatcher;
import dev.atlvs.people.matching.CandidateScore;
import dev.atlvs.people.matching.MatchRequest;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

// end::readme-people[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.user.User;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.role.CrewRole;
import java.util.UUID;

/** The README's people: a rigger added, matched, checked for compliance and found by search. */
public final class People {
    private People() {
    }

    /** What the search for the new rigger finds; {@code rigging} is a competency the role {@code rigger} requires. */
    public static SearchPage addAndMatch(Atlvs atlvs, UUID org, User maya, Competency rigging, CrewRole rigger) {
        // tag::readme-people[]
        SearchPage found = atlvs.inTenant(org, maya.id(), tx -> {
            Person ana = new PersonService(tx).add(Person.builder().organizationId(org).firstName("Ana").lastName("Souza")
                    .title("Head Rigger").email("ana@crew.example").phone("+4791234567").dayRate(new BigDecimal("4500")).currency("NOK").build());
            new PersonCompetencies(tx).add(PersonCompetency.builder().organizationId(org).personId(ana.id())
                    .competencyId(rigging.id()).level(CompetencyLevel.EXPERT).build());

            Availability week = new AvailabilityService(tx).forRole(ana.id(), rigger.id(), LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3));
            List<CandidateScore> ranked = new CandidateMatcher(tx).rank(MatchRequest.of(rigger.id(), LocalDate.of(2026, 6, 29),
                    LocalDate.of(2026, 7, 3)).withBudget("4200", "NOK"));      // each score explained, factor by factor
            ComplianceMatrix gaps = new ComplianceService(tx).forRole(rigger.id(), List.of(ana.id()), LocalDate.of(2026, 6, 29),
                    LocalDate.of(2026, 7, 3));
            return tx.search().query(SearchQuery.of("souza rigger").types("person"));
        });
        // end::readme-people[]
        return found;
    }
}
