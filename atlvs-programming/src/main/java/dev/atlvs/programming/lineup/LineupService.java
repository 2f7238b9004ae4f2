package dev.atlvs.programming.lineup;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.event.ImmutableEvent;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lineup of a stage-day event and its running order: placing, moving, confirming and cancelling slots, building
 * slot times from an order, cascading a delay down the rest of the stage's lineup, and locking the lineup. The database
 * holds every rule whichever code writes the slots (see {@link Lineup}); this service repeats the ones it can decide
 * before writing.
 *
 * <pre>{@code
 * LineupService lineups = new LineupService(tx);
 * Lineup opener = lineups.add(Lineup.builder().organizationId(tx.organizationId()).eventId(friday.id())
 *         .spaceId(mainStage.id()).performerName("The Early Birds").billing(Billing.OPENER)
 *         .setStart(noon).setEnd(noon.plus(Duration.ofMinutes(40))).changeoverMinutes(20).build());
 * RunningOrder late = lineups.planDelay(opener.id(), Duration.ofMinutes(15));
 * if (late.fitsCurfew()) {
 *     lineups.apply(late);
 * }
 * lineups.confirmWithOverride(opener.id(), "Contract signed on site; paperwork follows");
 * lineups.lock(friday.id());
 * }</pre>
 */
public final class LineupService {
    private final TenantTransaction tx;

    public LineupService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private LineupRepository lineups() {
        return tx.repository(LineupRepository.class);
    }

    private EventRepository events() {
        return tx.repository(EventRepository.class);
    }

    /**
     * Places a slot in an event's lineup. A slot placed with an override reason needs
     * {@link ProgrammingPermissions#LINEUPS_OVERRIDE}, and the reason is recorded on the audit row.
     */
    public Lineup add(Lineup slot) {
        tx.require(ProgrammingPermissions.PROGRAMME_CREATE);
        requireNonNull(slot, "slot is null");
        tx.validate("Lineup", slot);
        Event event = events().get(slot.eventId());
        if (event.lineupLocked()) {
            throw ProgrammingRules.LINEUPS_LOCKED.exception();
        }
        if (slot.status() == SlotStatus.CANCELLED) {
            throw ProgrammingRules.LINEUPS_STATUS_TRANSITION.exception();
        }
        if (slot.status() == SlotStatus.CONFIRMED && slot.contractId().isEmpty() && slot.overrideReason().isEmpty()) {
            throw ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT.exception();
        }
        checkPlacement(slot, event);
        if (slot.overrideReason().isPresent()) {
            tx.require(ProgrammingPermissions.LINEUPS_OVERRIDE, ProgrammingRules.LINEUPS_OVERRIDE_PERMISSION);
            String reason = slot.overrideReason().get();
            return tx.withAuditReason(reason, () -> lineups().insert(slot));
        }
        return lineups().insert(slot);
    }

    /** The slot. */
    public Lineup get(UUID slotId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return lineups().get(slotId);
    }

    /** Every slot of an event, cancelled ones included, in running order. */
    public List<Lineup> ofEvent(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return lineups().ofEvent(eventId);
    }

    /**
     * Changes a slot (its times, act, fee, contract, notes). A new override reason is an override: it needs
     * {@link ProgrammingPermissions#LINEUPS_OVERRIDE} and is recorded on the audit row, as in
     * {@link #confirmWithOverride}. Prefer the status methods below for moving the status.
     */
    public Lineup update(Lineup slot) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        requireNonNull(slot, "slot is null");
        tx.validate("Lineup", slot);
        Lineup current = lineups().get(slot.id());
        if (current.status() != slot.status()) {
            SlotStatus.LIFECYCLE.require(current, slot.status());
        }
        Event event = events().get(slot.eventId());
        if (event.lineupLocked() && !(sameSlot(current, slot)
                && (slot.status() == current.status() || slot.status() == SlotStatus.CANCELLED))) {
            throw ProgrammingRules.LINEUPS_LOCKED.exception();
        }
        boolean moved = !current.status().live() || !current.eventId().equals(slot.eventId())
                || !current.spaceId().equals(slot.spaceId()) || !current.setStart().equals(slot.setStart())
                || !current.setEnd().equals(slot.setEnd());
        if (moved) {
            checkPlacement(slot, event);
        }
        if (slot.status() == SlotStatus.CONFIRMED && current.status() != SlotStatus.CONFIRMED && slot.contractId().isEmpty()
                && slot.overrideReason().isEmpty()) {
            throw ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT.exception();
        }
        if (slot.overrideReason().isPresent() && !slot.overrideReason().equals(current.overrideReason())) {
            tx.require(ProgrammingPermissions.LINEUPS_OVERRIDE, ProgrammingRules.LINEUPS_OVERRIDE_PERMISSION);
            String reason = slot.overrideReason().get();
            return tx.withAuditReason(reason, () -> lineups().update(slot));
        }
        return lineups().update(slot);
    }

    /** Whether two versions of a slot differ in nothing but status and actual attendance (what a locked lineup allows). */
    private static boolean sameSlot(Lineup a, Lineup b) {
        return a.eventId().equals(b.eventId()) && a.spaceId().equals(b.spaceId()) && a.performerName().equals(b.performerName())
                && a.actPersonId().equals(b.actPersonId()) && a.actCompanyId().equals(b.actCompanyId())
                && a.performerType() == b.performerType() && a.billing() == b.billing() && a.setStart().equals(b.setStart())
                && a.setEnd().equals(b.setEnd()) && a.changeoverMinutes() == b.changeoverMinutes() && a.position() == b.position()
                && a.contactInfo().equals(b.contactInfo()) && a.fee().map(java.math.BigDecimal::stripTrailingZeros)
                        .equals(b.fee().map(java.math.BigDecimal::stripTrailingZeros))
                && a.currency().equals(b.currency()) && a.contractId().equals(b.contractId())
                && a.overrideReason().equals(b.overrideReason()) && a.expectedAttendance().equals(b.expectedAttendance())
                && a.notes().equals(b.notes());
    }

    /** Records how many people saw the set; allowed in a locked lineup too. */
    public Lineup recordAttendance(UUID slotId, int actualAttendance) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        return lineups().update(ImmutableLineup.copyOf(lineups().get(slotId)).withActualAttendance(actualAttendance));
    }

    /** The placement rules the database holds for a live slot: the event's stage, inside its window, by the curfew. */
    private void checkPlacement(Lineup slot, Event event) {
        if (!slot.status().live()) {
            return;
        }
        if (event.spaceId().map(space -> !space.equals(slot.spaceId())).orElse(false)) {
            throw ProgrammingRules.LINEUPS_SPACE_OF_EVENT.exception();
        }
        if (slot.setStart().isBefore(event.startAt()) || slot.setEnd().isAfter(event.endAt())) {
            throw ProgrammingRules.LINEUPS_INSIDE_EVENT.exception();
        }
        if (curfewOf(event).map(curfew -> slot.setEnd().isAfter(curfew)).orElse(false)) {
            throw ProgrammingRules.LINEUPS_CURFEW.exception();
        }
    }

    /** Moves a slot's status to pending or tentative along {@link SlotStatus#LIFECYCLE}. */
    public Lineup changeStatus(UUID slotId, SlotStatus target) {
        requireNonNull(target, "target is null");
        if (target == SlotStatus.CONFIRMED) {
            return confirm(slotId);
        }
        if (target == SlotStatus.CANCELLED) {
            return cancel(slotId);
        }
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Lineup slot = SlotStatus.LIFECYCLE.require(lineups().get(slotId), target);
        return lineups().update(ImmutableLineup.copyOf(slot).withStatus(target));
    }

    /**
     * Confirms a slot under its contract, which must be an active contract of the act's company
     * ({@code lineups_confirmed_contract}); a person act's time becomes confirmed.
     */
    public Lineup confirm(UUID slotId) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Lineup slot = SlotStatus.LIFECYCLE.require(lineups().get(slotId), SlotStatus.CONFIRMED);
        if (slot.contractId().isEmpty() && slot.overrideReason().isEmpty()) {
            throw ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT.exception();
        }
        return published(lineups().update(ImmutableLineup.copyOf(slot).withStatus(SlotStatus.CONFIRMED)), false);
    }

    private Lineup published(Lineup confirmed, boolean override) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("slotId", confirmed.id());
        payload.put("performerName", confirmed.performerName());
        payload.put("override", override);
        new DomainEvents(tx).append(LineupEvents.AGGREGATE, confirmed.eventId(), LineupEvents.SLOT_CONFIRMED, payload);
        return confirmed;
    }

    /**
     * Confirms a slot without an active contract, for {@code reason}: needs {@link ProgrammingPermissions#LINEUPS_OVERRIDE};
     * the reason is kept on the slot and recorded on the audit row of the write.
     */
    public Lineup confirmWithOverride(UUID slotId, String reason) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        tx.require(ProgrammingPermissions.LINEUPS_OVERRIDE, ProgrammingRules.LINEUPS_OVERRIDE_PERMISSION);
        Lineup slot = SlotStatus.LIFECYCLE.require(lineups().get(slotId), SlotStatus.CONFIRMED);
        return published(tx.withAuditReason(reason, () -> lineups().update(ImmutableLineup.copyOf(slot)
                .withStatus(SlotStatus.CONFIRMED).withOverrideReason(reason))), true);
    }

    /** Cancels a slot, even in a locked lineup: the stage and the performer's time are free again. */
    public Lineup cancel(UUID slotId) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Lineup slot = SlotStatus.LIFECYCLE.require(lineups().get(slotId), SlotStatus.CANCELLED);
        Lineup cancelled = lineups().update(ImmutableLineup.copyOf(slot).withStatus(SlotStatus.CANCELLED));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("slotId", cancelled.id());
        payload.put("performerName", cancelled.performerName());
        new DomainEvents(tx).append(LineupEvents.AGGREGATE, cancelled.eventId(), LineupEvents.SLOT_CANCELLED, payload);
        return cancelled;
    }

    /** Deletes a slot; a live slot of a locked lineup is cancelled instead ({@code lineups_locked}). */
    public void delete(UUID slotId) {
        tx.require(ProgrammingPermissions.PROGRAMME_DELETE);
        Lineup slot = lineups().get(slotId);
        if (slot.status().live() && events().get(slot.eventId()).lineupLocked()) {
            throw ProgrammingRules.LINEUPS_LOCKED.exception();
        }
        lineups().delete(slot);
    }

    /** Locks an event's lineup: from now on its slots change only by cancellation, and it takes no new slot. */
    public Event lock(UUID eventId) {
        return setLocked(eventId, true);
    }

    /** Unlocks an event's lineup. */
    public Event unlock(UUID eventId) {
        return setLocked(eventId, false);
    }

    private Event setLocked(UUID eventId, boolean locked) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Event event = events().get(eventId);
        if (event.lineupLocked() == locked) {
            return event;
        }
        Event changed = events().update(ImmutableEvent.copyOf(event).withLineupLocked(locked));
        new DomainEvents(tx).append(LineupEvents.AGGREGATE, eventId, LineupEvents.LOCK_CHANGED, Map.of("locked", locked));
        return changed;
    }

    /** The curfew that binds the slots of an event: the earlier of the event's and its stage's. */
    public Optional<Instant> curfew(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return curfewOf(events().get(eventId));
    }

    private Optional<Instant> curfewOf(Event event) {
        Optional<Space> stage = event.spaceId().map(id -> tx.repository(SpaceRepository.class).get(id));
        return Curfew.of(event, stage);
    }

    /**
     * A plan laying the slots of {@code entries} (each a slot of {@code eventId}) end to end from {@code from}, in the
     * entries' order: the first changeover starts at {@code from}; positions are 0, 1, 2… Nothing is written.
     */
    public RunningOrder plan(UUID eventId, Instant from, List<RunningOrder.Entry> entries) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        requireNonNull(entries, "entries is null");
        Event event = events().get(eventId);
        Map<UUID, Lineup> slots = new HashMap<>();
        for (Lineup slot : lineups().ofEvent(eventId)) {
            slots.put(slot.id(), slot);
        }
        if (entries.stream().map(RunningOrder.Entry::slotId).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("a slot appears more than once in the running order");
        }
        for (RunningOrder.Entry entry : entries) {
            if (!slots.containsKey(entry.slotId())) {
                throw new IllegalArgumentException("slot " + entry.slotId() + " is not a slot of event " + eventId);
            }
        }
        Optional<Instant> curfew = curfewOf(event);
        return new RunningOrder(eventId, RunningOrder.layOut(from, 0, entries, curfew), curfew);
    }

    /**
     * A plan cascading {@code delay} (negative to bring forward) from slot {@code slotId} down the rest of its event's
     * live lineup: that slot and every live slot after it move by the delay, keeping their order, lengths and
     * changeovers. The plan reports the slots that would end after the curfew. Nothing is written.
     */
    public RunningOrder planDelay(UUID slotId, Duration delay) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        requireNonNull(delay, "delay is null");
        Lineup from = lineups().get(slotId);
        Event event = events().get(from.eventId());
        Optional<Instant> curfew = curfewOf(event);
        List<RunningOrder.Planned> planned = new ArrayList<>();
        for (Lineup slot : lineups().liveOfEvent(from.eventId())) {
            if (slot.spaceId().equals(from.spaceId()) && !slot.setStart().isBefore(from.setStart())) {
                Instant start = slot.setStart().plus(delay);
                Instant end = slot.setEnd().plus(delay);
                planned.add(new RunningOrder.Planned(slot.id(), slot.position(), slot.changeoverMinutes(), start, end,
                        curfew.map(end::isAfter).orElse(false)));
            }
        }
        return new RunningOrder(event.id(), planned, curfew);
    }

    /**
     * Writes a plan's times, changeovers and positions, all at once. A plan with a slot past the curfew is refused
     * ({@code lineups_curfew}), as is any change of a locked lineup ({@code lineups_locked}) and an overlap with a slot
     * outside the plan ({@code lineups_no_overlap}).
     *
     * @return the slots as written, in the plan's order
     */
    public List<Lineup> apply(RunningOrder plan) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        requireNonNull(plan, "plan is null");
        Event event = events().get(plan.eventId());
        if (event.lineupLocked()) {
            throw ProgrammingRules.LINEUPS_LOCKED.exception();
        }
        Optional<Instant> curfew = curfewOf(event);
        if (plan.slots().stream().anyMatch(p -> curfew.map(c -> p.setEnd().isAfter(c)).orElse(false))) {
            throw ProgrammingRules.LINEUPS_CURFEW.exception();
        }
        tx.handle().execute("set constraints atlvs.lineups_no_overlap, atlvs.lineups_person_no_overlap, "
                + "atlvs.lineups_company_no_overlap deferred");
        Map<UUID, Lineup> current = new HashMap<>();
        for (RunningOrder.Planned planned : plan.slots()) {
            Lineup slot = lineups().get(planned.slotId());
            if (!slot.eventId().equals(plan.eventId())) {
                throw new IllegalArgumentException("slot " + slot.id() + " is not a slot of event " + plan.eventId());
            }
            current.put(slot.id(), slot);
        }
        // Each slot is written once its new place is clear of the places the slots not yet written still hold, so that a
        // delay, a bring-forward or a reorder into free time never meets a slot that has not moved yet, even where the
        // overlap constraints cannot be deferred (on Citus, SET CONSTRAINTS does not reach the shards). Slots that take
        // each other's places (a swap) are untangled through a free place of the event: one of them waits there (inside
        // the event, before the curfew) until its own place is clear. Without a free place the deferral decides.
        Map<UUID, Lineup> written = new LinkedHashMap<>();
        List<RunningOrder.Planned> remaining = new ArrayList<>(plan.slots());
        remaining.sort(Comparator.comparing(RunningOrder.Planned::occupiedFrom));
        Set<UUID> parked = new HashSet<>();
        while (!remaining.isEmpty()) {
            Optional<RunningOrder.Planned> clear = remaining.stream()
                    .filter(p -> remaining.stream().filter(other -> other != p).noneMatch(other -> {
                        Lineup held = current.get(other.slotId());
                        return p.occupiedFrom().isBefore(held.setEnd()) && held.occupiedFrom().isBefore(p.setEnd());
                    }))
                    .findFirst();
            if (clear.isEmpty()) {
                RunningOrder.Planned stuck = remaining.stream().filter(p -> !parked.contains(p.slotId())).findFirst()
                        .orElse(remaining.get(0));
                Optional<Lineup> waiting = parked.contains(stuck.slotId()) ? Optional.empty()
                        : park(event, curfew, current.get(stuck.slotId()), plan, current, written);
                if (waiting.isPresent()) {
                    parked.add(stuck.slotId());
                    current.put(stuck.slotId(), waiting.get());
                    continue;
                }
            }
            RunningOrder.Planned next = clear.orElse(remaining.get(0));
            remaining.remove(next);
            written.put(next.slotId(), lineups().update(ImmutableLineup.builder().from(current.get(next.slotId()))
                    .setStart(next.setStart()).setEnd(next.setEnd()).changeoverMinutes(next.changeoverMinutes())
                    .position(next.position()).occupiedFrom(next.occupiedFrom()).build()));
        }
        tx.handle().execute("set constraints atlvs.lineups_no_overlap, atlvs.lineups_person_no_overlap, "
                + "atlvs.lineups_company_no_overlap immediate");
        List<Lineup> result = plan.slots().stream().map(p -> written.get(p.slotId())).toList();
        if (!result.isEmpty()) {
            new DomainEvents(tx).append(LineupEvents.AGGREGATE, plan.eventId(), LineupEvents.RUNNING_ORDER_CHANGED,
                    Map.of("slotIds", result.stream().map(Lineup::id).toList()));
        }
        return result;
    }

    /**
     * Moves a whole stage day by {@code delay} (negative to bring it forward): the event (setup, start, end, teardown,
     * and its curfew when {@code moveCurfew}) and every live slot of its lineup, keeping their order, lengths and
     * changeovers. Refused like {@link #apply} when a set would end after the curfew or the lineup is locked.
     *
     * @return the slots as written, by start
     */
    public List<Lineup> shiftEvent(UUID eventId, Duration delay, boolean moveCurfew) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        requireNonNull(delay, "delay is null");
        if (events().get(eventId).lineupLocked()) {
            throw ProgrammingRules.LINEUPS_LOCKED.exception();
        }
        new dev.atlvs.programming.event.EventService(tx).shift(eventId, delay, moveCurfew);
        List<Lineup> live = liveOfEvent(eventId);
        if (live.isEmpty()) {
            return live;
        }
        apply(planDelay(live.get(0).id(), delay));
        return liveOfEvent(eventId);
    }

    /**
     * Moves {@code slot} to the first free place of its event where it fits whole (changeover and set), clear of every
     * other live slot of the stage as it stands now and of the places the plan gives them, inside the event and before
     * the curfew; empty when there is none.
     */
    private Optional<Lineup> park(Event event, Optional<Instant> curfew, Lineup slot, RunningOrder plan, Map<UUID, Lineup> current,
            Map<UUID, Lineup> written) {
        List<Instant[]> taken = new ArrayList<>();
        for (Lineup other : lineups().liveOfEvent(event.id())) {
            if (other.id().equals(slot.id()) || !other.spaceId().equals(slot.spaceId())) {
                continue;
            }
            Lineup now = written.getOrDefault(other.id(), current.getOrDefault(other.id(), other));
            taken.add(new Instant[] {now.occupiedFrom(), now.setEnd()});
        }
        for (RunningOrder.Planned target : plan.slots()) {
            if (!target.slotId().equals(slot.id())) {
                taken.add(new Instant[] {target.occupiedFrom(), target.setEnd()});
            }
        }
        taken.sort(Comparator.comparing((Instant[] span) -> span[0]));
        Instant latestEnd = curfew.filter(c -> c.isBefore(event.endAt())).orElse(event.endAt());
        Duration whole = slot.changeover().plus(slot.length());
        Instant from = event.startAt();
        for (Instant[] span : taken) {
            if (!from.plus(whole).isAfter(span[0]) && !from.plus(whole).isAfter(latestEnd)) {
                break;
            }
            if (span[1].isAfter(from)) {
                from = span[1];
            }
        }
        if (from.plus(whole).isAfter(latestEnd)) {
            return Optional.empty();
        }
        Instant start = from.plus(slot.changeover());
        return Optional.of(lineups().update(ImmutableLineup.builder().from(slot).setStart(start).setEnd(start.plus(slot.length()))
                .occupiedFrom(from).build()));
    }

    /** The live slots on a stage occupying it (changeover included) between {@code from} and {@code to}, by start. */
    public List<Lineup> onStage(UUID spaceId, Instant from, Instant to) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return lineups().liveInSpaceBetween(spaceId, from, to);
    }

    /** The live slots of an event, by start. */
    public List<Lineup> liveOfEvent(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return lineups().liveOfEvent(eventId).stream().sorted(Comparator.comparing(Lineup::setStart)).toList();
    }
}
