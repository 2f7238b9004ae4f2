package dev.atlvs.people.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.competency.ImmutableCompetency;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.ImmutableCrewRole;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The probes of the people module's rules ({@link dev.atlvs.people.PeopleRules}): each breaks its rule once through
 * the SDK and once by raw SQL, so that the generated suites can require one identity from both (see
 * {@link Guardrails}).
 */
final class PeopleRuleProbes {

    private PeopleRuleProbes() {}

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        directory(guardrails);
        network(guardrails);
        profile(guardrails);
        companies(guardrails);
        availability(guardrails);
        return guardrails;
    }

    private static void network(Guardrails.Builder guardrails) {
        // endorsements, shortlists and network
        guardrails
                .rule("people_endorsements_endorser_check",
                        (tx, id) -> endorsements(tx).update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsements(tx).get(id))
                                .withEndorserName("Maya Brandt")),
                        (tx, id) -> sql(tx, "update atlvs.people_endorsements set endorser_name = 'Maya Brandt' where id = :id", id))
                .rule("people_endorsements_self_check",
                        (tx, id) -> {
                            dev.atlvs.people.endorsement.Endorsement endorsement = endorsements(tx).get(id);
                            endorsements(tx).update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsement)
                                    .withEndorserId(endorsement.personId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.people_endorsements set endorser_id = person_id where id = :id", id))
                .rule("shortlist_members_selected_target",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 1);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            return PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Jonas", "Lind", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.OFFERED).id();
                        },
                        (tx, id) -> new dev.atlvs.people.shortlist.ShortlistService(tx).select(id),
                        (tx, id) -> sql(tx, "update atlvs.shortlist_members set status = 'selected' where id = :id", id))
                .rule("people_shortlists_target_selected",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 2);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Jonas", "Lind", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            return shortlist.id();
                        },
                        (tx, id) -> new dev.atlvs.people.shortlist.ShortlistService(tx).changeTarget(id, java.util.Optional.of(1)),
                        (tx, id) -> sql(tx, "update atlvs.people_shortlists set target_count = 1 where id = :id", id))
                .rule("shortlist_members_person_assignable",
                        org -> shortlist(org, 2).id(),
                        (tx, id) -> {
                            UUID terminated = people(tx).insert(dev.atlvs.people.person.Person.builder().organizationId(tx.organizationId())
                                    .firstName("Tomas").lastName("Berg").status(dev.atlvs.people.person.PersonStatus.TERMINATED).build()).id();
                            new dev.atlvs.people.shortlist.ShortlistService(tx).addCandidate(id, terminated, java.util.Optional.empty(),
                                    java.util.Optional.empty());
                        },
                        (tx, id) -> addBySql(tx, id, "terminated"))
                .rule("shortlist_members_shortlist_active",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 2);
                            return org.asOwner(tx -> new dev.atlvs.people.shortlist.ShortlistService(tx).close(shortlist.id())).id();
                        },
                        (tx, id) -> {
                            UUID active = people(tx).insert(dev.atlvs.people.person.Person.builder().organizationId(tx.organizationId())
                                    .firstName("Nia").lastName("Osei").build()).id();
                            new dev.atlvs.people.shortlist.ShortlistService(tx).addCandidate(id, active, java.util.Optional.empty(),
                                    java.util.Optional.empty());
                        },
                        (tx, id) -> addBySql(tx, id, "active"))
                .rule("people_network_self_check",
                        PeopleRuleProbes::mentorship,
                        (tx, id) -> {
                            dev.atlvs.people.network.Connection row = connections(tx).get(id);
                            connections(tx).update(dev.atlvs.people.network.ImmutableConnection.copyOf(row).withConnectedPersonId(row.personId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.people_network set connected_person_id = person_id where id = :id", id))
                .rule("people_network_order_check",
                        (tx, id) -> {
                            dev.atlvs.people.network.Connection row = connections(tx).get(id);
                            connections(tx).update(dev.atlvs.people.network.ImmutableConnection.builder().from(row)
                                    .personId(row.connectedPersonId()).connectedPersonId(row.personId()).build());
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.people_network set person_id = connected_person_id, connected_person_id = person_id where id = :id
                                """, id))
                .rule("people_network_inverse",
                        PeopleRuleProbes::mentorship,
                        (tx, id) -> connections(tx).delete(connections(tx).get(id)),
                        (tx, id) -> sql(tx, "delete from atlvs.people_network where id = :id", id));
    }

    /** Two new colleagues, connected once: the id of the stored row. */
    static UUID colleagues(dev.atlvs.core.module.FixtureOrganization org) {
        dev.atlvs.people.person.Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        dev.atlvs.people.person.Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Rigger");
        PeopleFixtures.connection(org, ana, ben, dev.atlvs.people.network.RelationshipType.COLLEAGUE, 3);
        return org.asOwner(tx -> connections(tx).between(ana.id(), ben.id()).get(0).id());
    }

    /** A new mentor and mentee: the id of the mentor row of the pair. */
    private static UUID mentorship(dev.atlvs.core.module.FixtureOrganization org) {
        dev.atlvs.people.person.Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Production Electrician");
        dev.atlvs.people.person.Person cleo = PeopleFixtures.person(org, "Cleo", "Martin", "Lighting Technician");
        PeopleFixtures.connection(org, ben, cleo, dev.atlvs.people.network.RelationshipType.MENTOR, 5);
        return org.asOwner(tx -> connections(tx).between(ben.id(), cleo.id()).stream()
                .filter(row -> row.relationshipType() == dev.atlvs.people.network.RelationshipType.MENTOR).findFirst().orElseThrow().id());
    }

    private static dev.atlvs.people.shortlist.Shortlist shortlist(dev.atlvs.core.module.FixtureOrganization org, int target) {
        return PeopleFixtures.shortlist(org, "LD candidates - Q3 tour", PeopleFixtures.role(org, PeopleGuardrails.unique("Lighting Designer"),
                "650.0000"), target);
    }

    /** Adds a new person in {@code status} to the shortlist {@code shortlistId} by raw SQL. */
    private static void addBySql(TenantTransaction tx, UUID shortlistId, String status) {
        UUID person = tx.handle().createQuery("""
                insert into atlvs.people (organization_id, first_name, status) values (:organizationId, 'Tomas', :status) returning id
                """).bind("organizationId", tx.organizationId()).bind("status", status).mapTo(UUID.class).one();
        tx.handle().createUpdate("""
                insert into atlvs.shortlist_members (organization_id, shortlist_id, person_id, added_at)
                values (:organizationId, :shortlistId, :personId, now())
                """).bind("organizationId", tx.organizationId()).bind("shortlistId", shortlistId).bind("personId", person).execute();
    }

    private static dev.atlvs.people.endorsement.EndorsementRepository endorsements(TenantTransaction tx) {
        return tx.repository(dev.atlvs.people.endorsement.EndorsementRepository.class);
    }

    private static dev.atlvs.people.network.ConnectionRepository connections(TenantTransaction tx) {
        return tx.repository(dev.atlvs.people.network.ConnectionRepository.class);
    }

    private static void profile(Guardrails.Builder guardrails) {
        // profiles and credentials
    }

    private static void companies(Guardrails.Builder guardrails) {
        // companies
    }

    private static void availability(Guardrails.Builder guardrails) {
        // availability
    }

    private static void directory(Guardrails.Builder guardrails) {
        guardrails
                .rule("people_end_date_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id))
                                .withStartDate(LocalDate.of(2026, 9, 10)).withEndDate(LocalDate.of(2026, 9, 1))),
                        (tx, id) -> sql(tx, "update atlvs.people set start_date = date '2026-09-10', end_date = date '2026-09-01' where id = :id", id))
                .rule("people_manager_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withManagerId(id)),
                        (tx, id) -> sql(tx, "update atlvs.people set manager_id = id where id = :id", id))
                .rule("people_day_rate_currency_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withCurrency(java.util.Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.people set currency = null where id = :id", id))
                .rule("people_timezone_zone",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withTimezone("Mars/Olympus_Mons")),
                        (tx, id) -> sql(tx, "update atlvs.people set timezone = 'Mars/Olympus_Mons' where id = :id", id))
                .rule("people_roles_day_rate_currency_check",
                        (tx, id) -> roles(tx).update(ImmutableCrewRole.copyOf(roles(tx).get(id)).withCurrency(java.util.Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.people_roles set currency = null where id = :id", id))
                .rule("people_competencies_validity_check",
                        (tx, id) -> competencies(tx).update(ImmutableCompetency.copyOf(competencies(tx).get(id)).withRequiresCertification(false)),
                        (tx, id) -> sql(tx, "update atlvs.people_competencies set requires_certification = false where id = :id", id));
    }

    static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static PersonRepository people(TenantTransaction tx) {
        return tx.repository(PersonRepository.class);
    }

    private static CrewRoleRepository roles(TenantTransaction tx) {
        return tx.repository(CrewRoleRepository.class);
    }

    private static CompetencyRepository competencies(TenantTransaction tx) {
        return tx.repository(CompetencyRepository.class);
    }
}
