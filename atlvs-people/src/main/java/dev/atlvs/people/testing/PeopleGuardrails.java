package dev.atlvs.people.testing;

import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.competency.ImmutableCompetency;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.ImmutableCrewRole;
import dev.atlvs.people.role.ImmutableRoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import java.util.concurrent.atomic.AtomicLong;

/** The guardrail samples and mutations of the people module's tables (see {@link Guardrails}). */
public final class PeopleGuardrails {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private PeopleGuardrails() {}

    /** Names of roles and competencies are unique in an organization, and the suites take several samples in one. */
    static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** One sample row and one ordinary update per table of the module, and a probe of each of its rules. */
    public static Guardrails guardrails() {
        Guardrails.Builder builder = PeopleRuleProbes.declare(Guardrails.builder());
        directory(builder);
        network(builder);
        profile(builder);
        companies(builder);
        availability(builder);
        return builder.build();
    }

    private static void network(Guardrails.Builder builder) {
        // endorsements, shortlists and network
        builder.table("people_endorsements",
                        org -> PeopleFixtures.endorsement(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger"),
                                PeopleFixtures.person(org, "Ben", "Okafor", "Rigger"), PeopleFixtures.competency(org, unique("Rigging"), true),
                                4, "Safe, fast and calm under pressure").endorsement().id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.endorsement.EndorsementRepository endorsements =
                                    tx.repository(dev.atlvs.people.endorsement.EndorsementRepository.class);
                            return endorsements.update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsements.get(id))
                                    .withRating(5));
                        }))
                .table("people_shortlists",
                        org -> PeopleFixtures.shortlist(org, "LD candidates - Q3 tour", PeopleFixtures.role(org, unique("Lighting Designer"),
                                "650.0000"), 2).id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.shortlist.ShortlistRepository shortlists =
                                    tx.repository(dev.atlvs.people.shortlist.ShortlistRepository.class);
                            return shortlists.update(dev.atlvs.people.shortlist.ImmutableShortlist.copyOf(shortlists.get(id))
                                    .withDescription("Busy programming season: start early"));
                        }))
                .lifecycle(dev.atlvs.people.shortlist.ShortlistStatus.LIFECYCLE)
                .table("shortlist_members",
                        org -> PeopleFixtures.candidate(org, PeopleFixtures.shortlist(org, "LD candidates - Q3 tour",
                                        PeopleFixtures.role(org, unique("Lighting Designer"), "650.0000"), 2),
                                PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                dev.atlvs.people.shortlist.ShortlistMemberStatus.CANDIDATE).id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.shortlist.ShortlistMemberRepository members =
                                    tx.repository(dev.atlvs.people.shortlist.ShortlistMemberRepository.class);
                            return members.update(dev.atlvs.people.shortlist.ImmutableShortlistMember.copyOf(members.get(id))
                                    .withRank(1).withNotes("Programmed the spring arena run"));
                        }))
                .lifecycle(dev.atlvs.people.shortlist.ShortlistMemberStatus.LIFECYCLE)
                .table("people_network",
                        PeopleRuleProbes::colleagues,
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.network.ConnectionRepository connections =
                                    tx.repository(dev.atlvs.people.network.ConnectionRepository.class);
                            return connections.update(dev.atlvs.people.network.ImmutableConnection.copyOf(connections.get(id))
                                    .withStrength(5).withNotes("Toured Europe together in 2025"));
                        }));
    }

    private static void profile(Guardrails.Builder builder) {
        // profiles and credentials
    }

    private static void companies(Guardrails.Builder builder) {
        // companies
    }

    private static void availability(Guardrails.Builder builder) {
        // availability
    }

    private static void directory(Guardrails.Builder builder) {
        builder.table("people",
                        org -> PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger").id(),
                        (org, id) -> org.asOwner(tx -> {
                            PersonRepository people = tx.repository(PersonRepository.class);
                            return people.update(ImmutablePerson.copyOf(people.get(id)).withTitle("Rigging Supervisor"));
                        }))
                .lifecycle(PersonStatus.LIFECYCLE)
                .table("people_roles",
                        org -> PeopleFixtures.role(org, unique("Head Rigger"), "450.0000").id(),
                        (org, id) -> org.asOwner(tx -> {
                            CrewRoleRepository roles = tx.repository(CrewRoleRepository.class);
                            return roles.update(ImmutableCrewRole.copyOf(roles.get(id)).withDescription("Leads the rigging crew"));
                        }))
                .freeStatus("people_roles", "status")
                .table("people_competencies",
                        org -> PeopleFixtures.competency(org, unique("Rigging"), true).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CompetencyRepository competencies = tx.repository(CompetencyRepository.class);
                            return competencies.update(ImmutableCompetency.copyOf(competencies.get(id)).withCategory("Stage"));
                        }))
                .table("role_competencies",
                        org -> PeopleFixtures.requirement(org, PeopleFixtures.role(org, unique("Rigger"), "350.0000"),
                                PeopleFixtures.competency(org, unique("Working at height"), true), CompetencyLevel.INTERMEDIATE, true).id(),
                        (org, id) -> org.asOwner(tx -> {
                            RoleCompetencyRepository requirements = tx.repository(RoleCompetencyRepository.class);
                            return requirements.update(ImmutableRoleCompetency.copyOf(requirements.get(id)).withMinLevel(CompetencyLevel.ADVANCED));
                        }));
    }
}
