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
    }

    private static void profile(Guardrails.Builder guardrails) {
        // profiles and credentials
    }

    private static void companies(Guardrails.Builder guardrails) {
        // companies
        CompanyRuleProbes.declare(guardrails);
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
