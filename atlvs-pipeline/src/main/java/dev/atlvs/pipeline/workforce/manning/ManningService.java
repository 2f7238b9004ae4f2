package dev.atlvs.pipeline.workforce.manning;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.people.availability.Availability;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The crew plan of a project: planning manning slots (one, or one per day of a range such as six riggers each day of
 * the build), assigning people of the directory to them, moving assignments along
 * {@link ManningAssignmentStatus#LIFECYCLE}, changing a slot's required count, and the {@link CrewPlan} report (fill
 * rate per role per day, day-rate cost, unfilled slots).
 *
 * <p>The database holds every rule whoever writes the rows; the service checks them first for a clear error: an
 * assignment above the required count ({@code manning_assignments_within_required}), to a person who is not active
 * ({@code manning_assignments_person_assignable}) or not free over the shift, as the people module's
 * {@link AvailabilityService} shows it ({@code manning_assignments_person_available}), a required count cut below the
 * live assignments ({@code manning_slots_required_covers_filled}). Assigned holds the person's time tentatively,
 * confirmed commits it, declined and cancelled release it.
 *
 * <pre>{@code
 * ManningService manning = new ManningService(tx);
 * List<ManningSlot> riggers = manning.planEachDay(ManningSlot.builder().organizationId(tx.organizationId())
 *         .projectId(festival.id()).roleName("Rigger").neededOn(LocalDate.of(2026, 7, 6))
 *         .startsAt(Instant.parse("2026-07-06T07:00:00Z")).endsAt(Instant.parse("2026-07-06T19:00:00Z"))
 *         .requiredCount(6).dayRate(new BigDecimal("320")).currency("EUR").build(), LocalDate.of(2026, 7, 10));
 * ManningAssignment ana = manning.assign(riggers.get(0).id(), anaId);
 * manning.confirm(ana.id());
 * CrewPlan plan = manning.crewPlan(festival.id());
 * }</pre>
 */
public final class ManningService {

    /** The source name of crew assignments among a person's commitments. */
    public static final String COMMITMENT_SOURCE = "manning_assignments";

    private final TenantTransaction tx;

    public ManningService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private ManningSlotRepository slots() {
        return tx.repository(ManningSlotRepository.class);
    }

    private ManningAssignmentRepository assignments() {
        return tx.repository(ManningAssignmentRepository.class);
    }

    // --- slots ---

    /** Plans a slot: open, nothing filled yet. */
    public ManningSlot plan(ManningSlot slot) {
        requireNonNull(slot, "slot is null");
        tx.require(PipelinePermissions.MANNING_CREATE);
        return slots().insert(ImmutableManningSlot.copyOf(slot).withOrganizationId(tx.organizationId())
                .withStatus(ManningSlotStatus.OPEN).withFilledCount(0));
    }

    /**
     * Plans {@code firstDay} and a copy of it for each following day up to {@code lastDay} inclusive, the shift moved by
     * whole days: six riggers each day of the build is one call.
     *
     * @return the slots, one per day, in order
     */
    public List<ManningSlot> planEachDay(ManningSlot firstDay, LocalDate lastDay) {
        requireNonNull(firstDay, "firstDay is null");
        requireNonNull(lastDay, "lastDay is null");
        tx.require(PipelinePermissions.MANNING_CREATE);
        if (lastDay.isBefore(firstDay.neededOn())) {
            throw new dev.atlvs.core.error.ValidationException(dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED, "ManningSlot",
                    List.of(new dev.atlvs.core.error.FieldViolation("neededOn", "day_range_order", "must be on or before the last day")));
        }
        List<ManningSlot> planned = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(firstDay.neededOn(), lastDay);
        for (long d = 0; d <= days; d++) {
            Duration shift = Duration.ofDays(d);
            planned.add(plan(ImmutableManningSlot.builder().from(firstDay).id(Ids.newId()).version(0)
                    .neededOn(firstDay.neededOn().plusDays(d))
                    .startsAt(firstDay.startsAt().plus(shift)).endsAt(firstDay.endsAt().plus(shift)).build()));
        }
        return planned;
    }

    /**
     * Changes a slot's details: role, department, day, shift, skills, rate, notes and required count (its status and
     * filled count are the database's; cancel it with {@link #cancelSlot}).
     *
     * @throws ConflictException ({@code manning_slots_required_covers_filled}) for a required count below the live
     *         assignments; ({@code manning_assignments_person_available}) for a shift moved onto a time an assigned or
     *         confirmed person of the slot is not free
     */
    public ManningSlot update(ManningSlot changed) {
        requireNonNull(changed, "changed is null");
        tx.require(PipelinePermissions.MANNING_UPDATE);
        ManningSlot current = slots().get(changed.id());
        if (changed.status() != current.status() && changed.status() == ManningSlotStatus.CANCELLED) {
            throw ConflictException.ofRule(PipelineErrorCode.MANNING_SLOT_TRANSITION_INVALID, "status", "manning_slots_status_transition",
                    "a manning slot is cancelled only through cancelSlot");
        }
        tx.validate("ManningSlot", changed);
        if (changed.requiredCount() < current.filledCount()) {
            throw PipelineRules.MANNING_SLOTS_REQUIRED_COVERS_FILLED.exception();
        }
        if (!changed.startsAt().equals(current.startsAt()) || !changed.endsAt().equals(current.endsAt())
                || !changed.projectId().equals(current.projectId())) {
            assignments().ofSlot(current.id()).stream()
                    .filter(a -> a.status() == ManningAssignmentStatus.ASSIGNED || a.status() == ManningAssignmentStatus.CONFIRMED)
                    .forEach(a -> requireFree(changed, a));
        }
        return slots().update(ImmutableManningSlot.copyOf(changed).withStatus(current.status()).withFilledCount(current.filledCount()));
    }

    /**
     * Changes how many people a slot needs; never below its live assignments.
     *
     * @throws ConflictException ({@code manning_slots_required_covers_filled}) for a count below the live assignments
     */
    public ManningSlot changeRequiredCount(UUID slotId, int requiredCount) {
        return update(ImmutableManningSlot.copyOf(slots().get(slotId)).withRequiredCount(requiredCount));
    }

    /**
     * Cancels a slot: its assigned and confirmed people are cancelled first (their time is released).
     *
     * @throws ConflictException ({@code manning_slots_required_covers_filled}) while a completed assignment fills it;
     *         ({@link PipelineErrorCode#MANNING_SLOT_TRANSITION_INVALID}) for a cancelled slot
     */
    public ManningSlot cancelSlot(UUID slotId) {
        tx.require(PipelinePermissions.MANNING_UPDATE);
        ManningSlot slot = ManningSlotStatus.LIFECYCLE.require(slots().get(slotId), ManningSlotStatus.CANCELLED);
        List<ManningAssignment> live = assignments().ofSlot(slotId).stream().filter(a -> a.status().live()).toList();
        if (live.stream().anyMatch(a -> a.status() == ManningAssignmentStatus.COMPLETED)) {
            throw PipelineRules.MANNING_SLOTS_REQUIRED_COVERS_FILLED.exception();
        }
        live.forEach(a -> move(a, ManningAssignmentStatus.CANCELLED));
        ManningSlot current = slots().get(slot.id());
        return slots().update(ImmutableManningSlot.copyOf(current).withStatus(ManningSlotStatus.CANCELLED));
    }

    /** Deletes a slot (it can be restored); its assigned and confirmed people are cancelled first. */
    public void deleteSlot(UUID slotId) {
        tx.require(PipelinePermissions.MANNING_DELETE);
        assignments().ofSlot(slotId).stream()
                .filter(a -> a.status() == ManningAssignmentStatus.ASSIGNED || a.status() == ManningAssignmentStatus.CONFIRMED)
                .forEach(a -> move(a, ManningAssignmentStatus.CANCELLED));
        slots().softDelete(slots().get(slotId));
    }

    /** Restores a deleted slot. */
    public ManningSlot restoreSlot(UUID slotId) {
        tx.require(PipelinePermissions.MANNING_DELETE);
        return slots().restore(slots().findIncludingDeleted(slotId).orElseGet(() -> slots().get(slotId)));
    }

    /** The slot. */
    public ManningSlot slot(UUID slotId) {
        tx.require(PipelinePermissions.MANNING_READ);
        return slots().get(slotId);
    }

    /** The live slots of a project, by day, role and shift. */
    public List<ManningSlot> slots(UUID projectId) {
        tx.require(PipelinePermissions.MANNING_READ);
        return slots().ofProject(projectId);
    }

    // --- assignments ---

    /** Assigns a person to a slot at the slot's day rate; see {@link #assign(ManningAssignment)}. */
    public ManningAssignment assign(UUID slotId, UUID personId) {
        requireNonNull(slotId, "slotId is null");
        requireNonNull(personId, "personId is null");
        return assign(ManningAssignment.builder().organizationId(tx.organizationId()).slotId(slotId)
                .projectId(slots().get(slotId).projectId()).personId(personId).build());
    }

    /**
     * Assigns a person to a slot (status assigned; the person's time is held tentatively over the shift), at the
     * assignment's day rate or the slot's. The project is the slot's whatever the value says.
     *
     * @throws ConflictException ({@code manning_assignments_within_required}) when the slot is full or cancelled;
     *         ({@code manning_assignments_person_assignable}) for a person who is not active;
     *         ({@code manning_assignments_person_available}) for a person committed elsewhere over the shift
     * @throws dev.atlvs.core.error.DuplicateException when the person is live in the slot already
     */
    public ManningAssignment assign(ManningAssignment assignment) {
        requireNonNull(assignment, "assignment is null");
        tx.require(PipelinePermissions.MANNING_CREATE);
        ManningSlot slot = slots().get(assignment.slotId());
        ManningAssignment wanted = ImmutableManningAssignment.copyOf(assignment).withOrganizationId(tx.organizationId())
                .withProjectId(slot.projectId()).withStatus(ManningAssignmentStatus.ASSIGNED).withConfirmedAt(Optional.empty());
        tx.validate("ManningAssignment", wanted);
        if (slot.openCount() == 0) {
            throw PipelineRules.MANNING_ASSIGNMENTS_WITHIN_REQUIRED.exception();
        }
        requireFree(slot, wanted);
        assignments().insert(wanted);
        return assignments().get(wanted.id());
    }

    /**
     * Confirms an assignment: the person's time is committed over the shift.
     *
     * @throws ConflictException ({@code manning_assignments_person_available}) when the person was committed elsewhere
     *         meanwhile; ({@link PipelineErrorCode#MANNING_ASSIGNMENT_TRANSITION_INVALID}) unless assigned
     */
    public ManningAssignment confirm(UUID assignmentId) {
        tx.require(PipelinePermissions.MANNING_UPDATE);
        ManningAssignment assignment = ManningAssignmentStatus.LIFECYCLE.require(assignments().get(assignmentId),
                ManningAssignmentStatus.CONFIRMED);
        requireFree(slots().get(assignment.slotId()), assignment);
        return move(assignment, ManningAssignmentStatus.CONFIRMED);
    }

    /** Records that the person declined; the place is open again and their time released. */
    public ManningAssignment decline(UUID assignmentId) {
        return move(assignmentId, ManningAssignmentStatus.DECLINED);
    }

    /** Records that a confirmed assignment was worked. */
    public ManningAssignment complete(UUID assignmentId) {
        return move(assignmentId, ManningAssignmentStatus.COMPLETED);
    }

    /** Cancels an assigned or confirmed assignment; the place is open again and the person's time released. */
    public ManningAssignment cancel(UUID assignmentId) {
        return move(assignmentId, ManningAssignmentStatus.CANCELLED);
    }

    /** The assignment. */
    public ManningAssignment assignment(UUID assignmentId) {
        tx.require(PipelinePermissions.MANNING_READ);
        return assignments().get(assignmentId);
    }

    /** The assignments of a slot, live ones first. */
    public List<ManningAssignment> assignments(UUID slotId) {
        tx.require(PipelinePermissions.MANNING_READ);
        return assignments().ofSlot(slotId);
    }

    // --- the report ---

    /** The crew plan of a project: fill rate per role per day, day-rate cost per currency, unfilled slots. */
    public CrewPlan crewPlan(UUID projectId) {
        tx.require(PipelinePermissions.MANNING_READ);
        return CrewPlan.of(projectId, slots().ofProject(projectId), assignments().liveOfProject(projectId), Optional.empty());
    }

    /** The crew plan of a project over the days {@code from} to {@code to} inclusive. */
    public CrewPlan crewPlan(UUID projectId, LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        tx.require(PipelinePermissions.MANNING_READ);
        return CrewPlan.of(projectId, slots().ofProjectBetween(projectId, from, to), assignments().liveOfProject(projectId),
                Optional.empty());
    }

    /**
     * {@link #crewPlan(UUID)} with the costs also in the organization's base currency, each slot's and assignment's amount
     * converted at the rate of the slot's day through the finance module's {@link ExchangeRates}.
     *
     * @throws ConflictException ({@code EXCHANGE_RATE_MISSING}) when no rate applies to a currency on a day of the plan
     */
    public CrewPlan crewPlanInBaseCurrency(UUID projectId) {
        tx.require(PipelinePermissions.MANNING_READ);
        ExchangeRates rates = new ExchangeRates(tx);
        return CrewPlan.of(projectId, slots().ofProject(projectId), assignments().liveOfProject(projectId),
                Optional.of(new CrewPlan.Converter(rates.baseCurrency(), (money, day) -> rates.toBase(money, day))));
    }

    // --- helpers ---

    private ManningAssignment move(UUID assignmentId, ManningAssignmentStatus target) {
        tx.require(PipelinePermissions.MANNING_UPDATE);
        return move(ManningAssignmentStatus.LIFECYCLE.require(assignments().get(assignmentId), target), target);
    }

    private ManningAssignment move(ManningAssignment assignment, ManningAssignmentStatus target) {
        ManningAssignmentStatus.LIFECYCLE.require(assignment, target);
        assignments().update(ImmutableManningAssignment.copyOf(assignment).withStatus(target));
        String event = switch (target) {
            case CONFIRMED -> ManningEvents.ASSIGNMENT_CONFIRMED;
            case DECLINED -> ManningEvents.ASSIGNMENT_DECLINED;
            case CANCELLED -> ManningEvents.ASSIGNMENT_CANCELLED;
            default -> null;
        };
        if (event != null) {
            new DomainEvents(tx).append(ManningEvents.AGGREGATE, assignment.slotId(), event,
                    Map.of("assignmentId", assignment.id().toString(), "personId", assignment.personId().toString()));
        }
        return assignments().get(assignment.id());
    }

    /** Refuses a person who is not active, or not free over the slot's shift, as the people module shows it. */
    private void requireFree(ManningSlot slot, ManningAssignment assignment) {
        Person person = new PersonService(tx).get(assignment.personId());
        if (!person.status().assignable()) {
            throw PipelineRules.MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE.exception();
        }
        Availability availability = new AvailabilityService(tx).of(assignment.personId(), slot.startsAt(), slot.endsAt());
        java.util.Set<UUID> ofThisSlot = assignments().ofSlot(slot.id()).stream().map(ManningAssignment::id)
                .collect(java.util.stream.Collectors.toSet());
        for (Commitment commitment : availability.commitments()) {
            boolean own = COMMITMENT_SOURCE.equals(commitment.source())
                    && (commitment.sourceId().equals(assignment.id()) || ofThisSlot.contains(commitment.sourceId()));
            boolean otherShift = COMMITMENT_SOURCE.equals(commitment.source());
            boolean elsewhere = commitment.status() == CommitmentStatus.CONFIRMED
                    && commitment.projectId().map(p -> !p.equals(slot.projectId())).orElse(true);
            if (!own && (otherShift || elsewhere)) {
                throw PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE.exception();
            }
        }
    }
}
