package dev.atlvs.people.compliance;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.people.profile.EmergencyContactRepository;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Crew compliance: the matrix of people × required certifications, and the people in on-site roles without a verified
 * emergency contact. There is no person → role column: the caller says which people fill a role (a project's team, the
 * people booked in a date range) and the service reads the role's requirements ({@code role_competencies} with
 * {@code certification_required}); or the caller passes the required competencies directly. A certification matches a
 * requirement when its {@code competency_id} is the required competency. Requires
 * {@link PeoplePermissions#PEOPLE_READ}.
 *
 * <pre>{@code
 * ComplianceService compliance = new ComplianceService(tx);
 * ComplianceMatrix riggers = compliance.forRole(rigger.id(), List.of(ana.id(), ben.id()), today, showEnd);
 * riggers.gaps().forEach(gap -> ...);
 * List<UUID> toChase = compliance.withoutVerifiedEmergencyContact(rigger.id(), List.of(ana.id(), ben.id()));
 * }</pre>
 */
public final class ComplianceService {
    private final TenantTransaction tx;

    public ComplianceService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * The matrix of {@code personIds} filling {@code roleId} against the certifications the role requires (the role's
     * requirements marked as needing one, and those of competencies that always need one), read on {@code asOf} through
     * {@code through}.
     */
    public ComplianceMatrix forRole(UUID roleId, Collection<UUID> personIds, LocalDate asOf, LocalDate through) {
        requireNonNull(roleId, "roleId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        dev.atlvs.people.competency.CompetencyRepository competencies = tx.repository(dev.atlvs.people.competency.CompetencyRepository.class);
        List<UUID> required = tx.repository(RoleCompetencyRepository.class).ofRole(roleId).stream()
                .filter(r -> r.certificationRequired() || competencies.get(r.competencyId()).requiresCertification())
                .map(RoleCompetency::competencyId)
                .toList();
        return matrix(personIds, required, asOf, through);
    }

    /** The matrix of {@code personIds} against certifications of {@code competencyIds}, read on {@code asOf} through {@code through}. */
    public ComplianceMatrix matrix(Collection<UUID> personIds, Collection<UUID> competencyIds, LocalDate asOf, LocalDate through) {
        requireNonNull(personIds, "personIds is null");
        requireNonNull(competencyIds, "competencyIds is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(through, "through is null");
        if (through.isBefore(asOf)) {
            throw new IllegalArgumentException("through is before asOf");
        }
        tx.require(PeoplePermissions.PEOPLE_READ);
        List<UUID> people = List.copyOf(new LinkedHashSet<>(personIds));
        List<UUID> competencies = List.copyOf(new LinkedHashSet<>(competencyIds));
        Map<UUID, List<Certification>> held = tx.repository(CertificationRepository.class).ofPeople(people.toArray(UUID[]::new)).stream()
                .filter(c -> c.competencyId().isPresent())
                .collect(Collectors.groupingBy(Certification::personId));
        List<ComplianceCell> cells = new ArrayList<>();
        for (UUID person : people) {
            for (UUID competency : competencies) {
                List<Certification> matching = held.getOrDefault(person, List.of()).stream()
                        .filter(c -> c.competencyId().get().equals(competency)).toList();
                cells.add(cell(person, competency, matching, asOf, through));
            }
        }
        return new ComplianceMatrix(asOf, through, people, competencies, cells);
    }

    private static ComplianceCell cell(UUID person, UUID competency, List<Certification> matching, LocalDate asOf, LocalDate through) {
        Comparator<Certification> latest = Comparator.comparing(c -> c.expiryDate().orElse(LocalDate.MAX));
        Optional<Certification> covering = matching.stream().filter(c -> c.validOn(asOf) && c.validOn(through)).max(latest);
        if (covering.isPresent()) {
            return of(person, competency, CellState.OK, covering.get());
        }
        Optional<Certification> lapsing = matching.stream().filter(c -> c.validOn(asOf)).max(latest);
        if (lapsing.isPresent()) {
            return of(person, competency, CellState.EXPIRING, lapsing.get());
        }
        Optional<Certification> expired = matching.stream().filter(c -> c.effectiveStatus(asOf) == CredentialStatus.EXPIRED).max(latest);
        if (expired.isPresent()) {
            return of(person, competency, CellState.EXPIRED, expired.get());
        }
        return new ComplianceCell(person, competency, CellState.MISSING, Optional.empty(), Optional.empty());
    }

    private static ComplianceCell of(UUID person, UUID competency, CellState state, Certification certification) {
        return new ComplianceCell(person, competency, state, Optional.of(certification.id()), certification.expiryDate());
    }

    /**
     * Of {@code personIds} filling {@code roleId}, those without a verified emergency contact, in the order given; none
     * when the role does not work on site ({@code people_roles.is_on_site}).
     */
    public List<UUID> withoutVerifiedEmergencyContact(UUID roleId, Collection<UUID> personIds) {
        requireNonNull(roleId, "roleId is null");
        requireNonNull(personIds, "personIds is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        CrewRole role = tx.repository(CrewRoleRepository.class).get(roleId);
        if (!role.isOnSite()) {
            return List.of();
        }
        List<UUID> people = List.copyOf(new LinkedHashSet<>(personIds));
        Set<UUID> covered = new HashSet<>(tx.repository(EmergencyContactRepository.class).withVerifiedContact(people.toArray(UUID[]::new)));
        return people.stream().filter(person -> !covered.contains(person)).toList();
    }
}
