package dev.atlvs.programming.runofshow;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.lineup.Curfew;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupRepository;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the {@link RunOfShow} of a stage for a show day from its events and their live lineup slots.
 *
 * <pre>{@code
 * RunOfShow friday = new RunOfShowService(tx).of(mainStage.id(), LocalDate.of(2026, 7, 10));
 * for (RunOfShowItem item : friday.items()) {
 *     System.out.println(item.localAt().toLocalTime() + "  " + item.kind() + "  " + item.title());
 * }
 * }</pre>
 */
public final class RunOfShowService {
    private final TenantTransaction tx;

    public RunOfShowService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * The run of show of {@code spaceId} on {@code date}: every live event in the space whose show day (the local date
     * of its start in its own zone) is {@code date}, with its setup, doors, live slots (changeover, then set), end,
     * curfew and teardown.
     */
    public RunOfShow of(UUID spaceId, LocalDate date) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        requireNonNull(spaceId, "spaceId is null");
        requireNonNull(date, "date is null");
        Space space = tx.repository(SpaceRepository.class).get(spaceId);
        Instant from = date.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = date.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Event> events = tx.repository(EventRepository.class).inSpaceBetween(spaceId, from, to).stream()
                .filter(e -> e.status() != EventStatus.CANCELLED && Curfew.showDay(e).equals(date)).toList();
        LineupRepository lineups = tx.repository(LineupRepository.class);
        List<RunOfShowItem> items = new ArrayList<>();
        for (Event event : events) {
            ZoneId zone = event.zone();
            UUID id = event.id();
            event.setupStart().ifPresent(s -> items.add(new RunOfShowItem(ItemKind.SETUP, "Setup: " + event.title(), s,
                    Optional.of(event.startAt()), zone, id, Optional.empty())));
            items.add(new RunOfShowItem(ItemKind.DOORS, event.title(), event.startAt(), Optional.empty(), zone, id, Optional.empty()));
            for (Lineup slot : lineups.liveOfEvent(id)) {
                if (slot.changeoverMinutes() > 0) {
                    items.add(new RunOfShowItem(ItemKind.CHANGEOVER, "Changeover: " + slot.performerName(), slot.occupiedFrom(),
                            Optional.of(slot.setStart()), zone, id, Optional.of(slot.id())));
                }
                items.add(new RunOfShowItem(ItemKind.SET, slot.performerName(), slot.setStart(), Optional.of(slot.setEnd()), zone, id,
                        Optional.of(slot.id())));
            }
            items.add(new RunOfShowItem(ItemKind.END, "End: " + event.title(), event.endAt(), Optional.empty(), zone, id, Optional.empty()));
            Curfew.of(event, Optional.of(space)).ifPresent(c -> items.add(new RunOfShowItem(ItemKind.CURFEW, "Curfew", c,
                    Optional.empty(), zone, id, Optional.empty())));
            event.teardownEnd().ifPresent(t -> items.add(new RunOfShowItem(ItemKind.TEARDOWN, "Stage clear: " + event.title(), t,
                    Optional.empty(), zone, id, Optional.empty())));
        }
        ZoneId zone = events.isEmpty() ? ZoneOffset.UTC : events.get(0).zone();
        return new RunOfShow(spaceId, space.name(), date, zone, items);
    }
}
