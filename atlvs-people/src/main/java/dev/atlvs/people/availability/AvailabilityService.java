package dev.atlvs.people.availability;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.TransactionKey;
import dev.atlvs.people.PeoplePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is free when: every commitment of a person in a window, whatever module it comes from, and the other reasons that
 * keep a person off the work.
 *
 * <p><b>The extension point.</b> A module whose records take a person's time (call times, performances, travel)
 * commits it in the database, from a trigger on its own table, with
 * {@code atlvs.commit_person_time(organization, person, '<its table>', <row id>, starts_at, ends_at, allocation_pct,
 * 'tentative' | 'confirmed', label)} (or {@code atlvs.commit_project_time(organization, person, project, ...)} when the
 * time belongs to a project: commitments of one project share the person's time, the largest allocation counting at each
 * moment, so a call or a flight inside a festival booking is not a second job) and releases it with
 * {@code atlvs.release_person_time(organization, '<its table>', <row id>)}. Its commitments then show here, and a confirmed one that would take a person beyond 100% at any moment is
 * refused by the database with {@link dev.atlvs.people.PeopleErrorCode#PERSON_DOUBLE_BOOKED}, whichever module wrote the
 * other. Project bookings of people and leave are committed this way already. A host may commit time of its own (an
 * external engagement) through {@link #commit(Commitment)}, with a source name of its own. Code that reads more than
 * commitments (the credential checks of candidate matching) adds {@link Availability#blockers()}.
 *
 * <pre>{@code
 * AvailabilityService availability = new AvailabilityService(tx);
 * Availability week = availability.of(ana.id(), LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 19));
 * if (!week.isFree()) {
 *     week.confirmed().forEach(c -> System.out.println(c.label() + " " + c.startsAt() + " - " + c.endsAt()));
 * }
 * }</pre>
 */
public final class AvailabilityService {
    private static final TransactionKey<ZoneId> ZONE = TransactionKey.of("people.organization_zone", ZoneId.class);

    private final TenantTransaction tx;

    public AvailabilityService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The organization's time zone, in which dates of leave and availability windows are read. */
    public ZoneId zone() {
        return tx.attribute(ZONE, t -> ZoneId.of(t.handle().createQuery("select timezone from atlvs.organizations where id = :id")
                .bind("id", t.organizationId()).mapTo(String.class).one()));
    }

    /** The start of {@code date} in the organization's time zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** A person's availability over the days {@code from} to {@code to} inclusive, in the organization's time zone. */
    public Availability of(UUID personId, LocalDate from, LocalDate to) {
        return of(personId, startOf(from), startOf(to.plusDays(1)));
    }

    /**
     * A person's availability over the days {@code from} to {@code to} inclusive for work in crew role {@code roleId}: the
     * commitments, and as blockers every certification the role requires that the person lacks, or that is not valid on
     * the first day or lapses before the last (see {@link dev.atlvs.people.compliance.ComplianceService#forRole}).
     */
    public Availability forRole(UUID personId, UUID roleId, LocalDate from, LocalDate to) {
        Availability commitments = of(personId, from, to);
        dev.atlvs.people.competency.CompetencyRepository competencies = tx.repository(dev.atlvs.people.competency.CompetencyRepository.class);
        List<String> blockers = new ArrayList<>();
        for (dev.atlvs.people.compliance.ComplianceCell gap : new dev.atlvs.people.compliance.ComplianceService(tx)
                .forRole(roleId, List.of(personId), from, to).gaps()) {
            String name = competencies.get(gap.competencyId()).name();
            blockers.add(switch (gap.state()) {
                case MISSING -> name + " certification missing";
                case EXPIRED -> name + " certification expired" + gap.expiryDate().map(d -> " on " + d).orElse("");
                case EXPIRING -> name + " certification expires" + gap.expiryDate().map(d -> " on " + d).orElse("") + ", before the work ends";
                case OK -> throw new IllegalStateException("a gap is never OK");
            });
        }
        return new Availability(personId, commitments.from(), commitments.to(), commitments.commitments(), blockers);
    }

    /** A person's availability from {@code from} (inclusive) to {@code to} (exclusive). */
    public Availability of(UUID personId, Instant from, Instant to) {
        return of(List.of(personId), from, to).get(personId);
    }

    /** The availability of each of {@code personIds} from {@code from} (inclusive) to {@code to} (exclusive), by person. */
    public Map<UUID, Availability> of(Collection<UUID> personIds, Instant from, Instant to) {
        tx.require(PeoplePermissions.PEOPLE_READ);
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (!to.isAfter(from)) {
            throw new dev.atlvs.core.error.ValidationException(dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED, "Availability",
                    List.of(new dev.atlvs.core.error.FieldViolation("to", "window_order", "must be after from")));
        }
        Map<UUID, List<Commitment>> byPerson = new LinkedHashMap<>();
        personIds.forEach(id -> byPerson.put(id, new ArrayList<>()));
        for (Commitment commitment : tx.repository(CommitmentRepository.class).ofPeopleBetween(personIds.toArray(UUID[]::new), from, to)) {
            byPerson.get(commitment.personId()).add(commitment);
        }
        Map<UUID, Availability> result = new LinkedHashMap<>();
        byPerson.forEach((person, commitments) -> result.put(person, new Availability(person, from, to, commitments, List.of())));
        return result;
    }

    /**
     * Commits a person's time for a record of the host's own ({@link Commitment#source()} names its kind, such as
     * {@code external_engagements}), or moves that commitment. Refused with
     * {@link dev.atlvs.people.PeopleErrorCode#PERSON_DOUBLE_BOOKED} when a confirmed commitment would double-book the
     * person.
     */
    public Commitment commit(Commitment commitment) {
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        CommitmentRepository commitments = tx.repository(CommitmentRepository.class);
        return commitments.ofSource(commitment.source(), commitment.sourceId())
                .map(existing -> commitments.update(ImmutableCommitment.copyOf(commitment).withId(existing.id()).withVersion(existing.version())))
                .orElseGet(() -> commitments.insert(commitment));
    }

    /** Releases the commitment of a host record, if any. */
    public void release(String source, UUID sourceId) {
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        CommitmentRepository commitments = tx.repository(CommitmentRepository.class);
        commitments.ofSource(source, sourceId).ifPresent(commitments::delete);
    }
}
