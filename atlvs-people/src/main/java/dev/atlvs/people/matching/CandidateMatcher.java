package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.availability.Availability;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.certification.PersonCompetencyRepository;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.endorsement.Endorsement;
import dev.atlvs.people.endorsement.EndorsementRepository;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks people for a crew role over dates: loads what {@link CandidateScorer} weighs — the role's required competencies
 * (with a certification where the role or the competency requires one), each candidate's levels, their certifications
 * valid through the last day, their commitments over the days, their endorsements (verified when endorser and candidate
 * worked a completed project together) and their day rate — each a query over the whole pool — and returns the ranking,
 * each score explained.
 *
 * <pre>{@code
 * List<CandidateScore> riggers = new CandidateMatcher(tx).rank(MatchRequest.of(rigger.id(), LocalDate.of(2026, 7, 13),
 *         LocalDate.of(2026, 7, 17)).withBudget("450", "GBP").limit(10));
 * riggers.forEach(c -> System.out.println(c.name() + " " + c.score() + (c.eligible() ? "" : " " + c.gaps())));
 * }</pre>
 */
public final class CandidateMatcher {
    private final TenantTransaction tx;

    public CandidateMatcher(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The candidates for the request, best first: eligible ones before the others, then by score, then by name. */
    public List<CandidateScore> rank(MatchRequest request) {
        requireNonNull(request, "request is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        tx.repository(CrewRoleRepository.class).get(request.roleId());
        List<Requirement> requirements = requirements(request.roleId());
        List<Person> pool = pool(request);
        if (pool.isEmpty()) {
            return List.of();
        }
        UUID[] ids = pool.stream().map(Person::id).toArray(UUID[]::new);
        AvailabilityService availabilityService = new AvailabilityService(tx);
        Map<UUID, Availability> availability = availabilityService.of(List.of(ids), availabilityService.startOf(request.from()),
                availabilityService.startOf(request.to().plusDays(1)));
        Map<UUID, Map<UUID, Optional<LocalDate>>> certified = certifiedUntil(ids, request.from());
        Map<UUID, List<CandidateFacts.Endorsement>> endorsements = endorsements(ids);
        Map<UUID, Map<UUID, CompetencyLevel>> levelsByPerson = new HashMap<>();
        for (PersonCompetency held : tx.repository(PersonCompetencyRepository.class).ofPeople(ids)) {
            levelsByPerson.computeIfAbsent(held.personId(), k -> new HashMap<>()).put(held.competencyId(), held.level());
        }
        List<CandidateFacts> facts = new ArrayList<>();
        for (Person person : pool) {
            Map<UUID, CompetencyLevel> levels = levelsByPerson.getOrDefault(person.id(), Map.of());
            Availability window = availability.get(person.id());
            CandidateFacts.Free free = !window.isFree() ? CandidateFacts.Free.COMMITTED
                    : window.isFreeButHeld() ? CandidateFacts.Free.HELD : CandidateFacts.Free.FREE;
            facts.add(new CandidateFacts(person.id(), person.displayName(), person.status(), levels,
                    certified.getOrDefault(person.id(), Map.of()), free, endorsements.getOrDefault(person.id(), List.of()),
                    rateIn(person, request.budget())));
        }
        List<CandidateScore> ranked = CandidateScorer.rank(facts, requirements, request.to(),
                request.budget().map(MatchRequest.Budget::dayRate));
        return ranked.subList(0, Math.min(request.limit(), ranked.size()));
    }

    /**
     * What crew role {@code roleId} requires: each competency with its name, the minimum level and whether a certification
     * valid through the end of the work is required (always for a competency that requires certification, whatever the
     * role says), in the role's order. Requires {@link PeoplePermissions#PEOPLE_READ}.
     */
    public List<Requirement> requirementsOf(UUID roleId) {
        requireNonNull(roleId, "roleId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        tx.repository(CrewRoleRepository.class).get(roleId);
        return requirements(roleId);
    }

    /** The role's requirements; a competency that requires certification requires it whatever the role says. */
    private List<Requirement> requirements(UUID roleId) {
        Map<UUID, Competency> competencies = new HashMap<>();
        tx.repository(CompetencyRepository.class).all().forEach(c -> competencies.put(c.id(), c));
        List<Requirement> requirements = new ArrayList<>();
        for (RoleCompetency required : tx.repository(RoleCompetencyRepository.class).ofRole(roleId)) {
            Competency competency = competencies.get(required.competencyId());
            requirements.add(new Requirement(competency.id(), competency.name(), required.minLevel(),
                    required.certificationRequired() || competency.requiresCertification()));
        }
        return requirements;
    }

    private List<Person> pool(MatchRequest request) {
        PersonRepository people = tx.repository(PersonRepository.class);
        if (request.among().isEmpty()) {
            return people.withStatus(PersonStatus.ACTIVE);
        }
        List<Person> pool = new ArrayList<>();
        for (UUID id : request.among()) {
            people.find(id).filter(p -> p.deletedAt().isEmpty()).ifPresent(pool::add);
        }
        return pool;
    }

    /**
     * Per person and competency, the last day of their best certification (empty: no expiry): one valid on {@code day}, or
     * one that has expired by then (so that the gap names its date); suspended, revoked and pending ones do not count.
     */
    private Map<UUID, Map<UUID, Optional<LocalDate>>> certifiedUntil(UUID[] ids, LocalDate day) {
        Map<UUID, Map<UUID, Optional<LocalDate>>> result = new HashMap<>();
        for (Certification certification : tx.repository(CertificationRepository.class).ofPeople(ids)) {
            if (certification.competencyId().isEmpty() || !(certification.validOn(day)
                    || certification.effectiveStatus(day) == dev.atlvs.people.credential.CredentialStatus.EXPIRED)) {
                continue;
            }
            result.computeIfAbsent(certification.personId(), k -> new HashMap<>())
                    .merge(certification.competencyId().get(), certification.expiryDate(), CandidateMatcher::later);
        }
        return result;
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private Map<UUID, List<CandidateFacts.Endorsement>> endorsements(UUID[] ids) {
        EndorsementRepository repository = tx.repository(EndorsementRepository.class);
        List<Endorsement> all = repository.ofPeople(ids, null);
        Set<UUID> verified = new HashSet<>(all.isEmpty() ? List.of()
                : repository.verifiedAmong(all.stream().map(Endorsement::id).toArray(UUID[]::new)));
        Map<UUID, List<CandidateFacts.Endorsement>> result = new HashMap<>();
        for (Endorsement endorsement : all) {
            result.computeIfAbsent(endorsement.personId(), k -> new ArrayList<>()).add(new CandidateFacts.Endorsement(
                    endorsement.competencyId(), verified.contains(endorsement.id()), endorsement.rating().orElse(3)));
        }
        return result;
    }

    /** The person's day rate when it is in the budget's currency; otherwise unknown. */
    private static Optional<BigDecimal> rateIn(Person person, Optional<MatchRequest.Budget> budget) {
        if (budget.isEmpty()) {
            return person.dayRate();
        }
        return person.dayRate().filter(rate -> person.currency().map(budget.get().currency()::equals).orElse(false));
    }
}
