package dev.atlvs.projects.resource;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.projects.schedule.Allocation;
import dev.atlvs.projects.schedule.Overallocation;
import dev.atlvs.projects.schedule.ResourceLoad;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The days on which a named person or asset is booked for more than 100 % across the organization's
 * projects, read from the stored bookings ({@link ProjectResource}) inside the caller's tenant transaction.
 *
 * <p>Only bookings that hold the resource count: tentative and confirmed ones of resource type person or
 * asset with a {@link ProjectResource#resourceId()}; released bookings, roles, vendors and spaces are
 * ignored. Unlike the database's capacity check, which only weighs confirmed bookings, tentative ones count
 * here: the planner warns about what would overload a resource if confirmed.
 *
 * <p>Each booking becomes an {@link Allocation} of {@link ProjectResource#allocationPct()} on the calendar
 * days its window touches in the <em>organization's</em> time zone ({@code organizations.timezone}, UTC by
 * default): the first day is the date of {@code start_at}, the last the date of the last instant before
 * {@code end_at} (a booking ending at midnight does not touch the next day). The organization's zone is used
 * rather than a venue's because one resource's bookings on projects in different places must fall on the
 * same calendar to be compared. Then {@link ResourceLoad} finds the over-allocated days.
 *
 * <pre>{@code
 * List<Overallocation> july = new ResourcePlanner(tx).overallocations(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * List<Overallocation> festivalCrew = new ResourcePlanner(tx).overallocations(festival.id(), from, to);
 * }</pre>
 */
public final class ResourcePlanner {
    private final TenantTransaction tx;
    private final ProjectResourceRepository resources;

    public ResourcePlanner(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.resources = tx.repository(ProjectResourceRepository.class);
    }

    /**
     * The over-allocated days from {@code from} to {@code to}, both inclusive, of every person and asset of the
     * organization, ordered by resource (in the order of their first booking), then by date.
     *
     * @throws ValidationException (field {@code to}, rule {@code NotBeforeFrom}) when {@code to} is before {@code from}
     */
    public List<Overallocation> overallocations(LocalDate from, LocalDate to) {
        return load(from, to).overallocations(from, to);
    }

    /**
     * The over-allocated days from {@code from} to {@code to}, both inclusive, of the people and assets that
     * have a tentative or confirmed booking on project {@code projectId} (at any time), counting their
     * bookings on every project; ordered as {@link #overallocations(LocalDate, LocalDate)}.
     *
     * @throws ValidationException (field {@code to}, rule {@code NotBeforeFrom}) when {@code to} is before {@code from}
     */
    public List<Overallocation> overallocations(UUID projectId, LocalDate from, LocalDate to) {
        requireNonNull(projectId, "projectId is null");
        Set<UUID> onProject = resources.ofProject(projectId).stream()
                .filter(ResourcePlanner::holdsResource)
                .map(booking -> booking.resourceId().orElseThrow())
                .collect(Collectors.toSet());
        return load(from, to).overallocations(from, to).stream()
                .filter(day -> onProject.contains(day.resourceId()))
                .toList();
    }

    private ResourceLoad load(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw ValidationException.of("ResourcePlanner", "to", "NotBeforeFrom", "must not be before from");
        }
        ZoneId zone = ZoneId.of(tx.repository(OrganizationRepository.class).get(tx.organizationId()).timezone());
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Allocation> allocations = resources.heldPeopleAndAssetsBetween(start, end).stream()
                .filter(ResourcePlanner::holdsResource)
                .map(booking -> allocation(booking, zone))
                .toList();
        return ResourceLoad.of(allocations);
    }

    private static boolean holdsResource(ProjectResource booking) {
        boolean named = booking.resourceId().isPresent() && booking.status() != ResourceStatus.RELEASED;
        return switch (booking.resourceType()) {
            case PERSON, ASSET -> named;
            case ROLE, VENDOR, SPACE -> false;
        };
    }

    private static Allocation allocation(ProjectResource booking, ZoneId zone) {
        LocalDate firstDay = LocalDate.ofInstant(booking.startAt(), zone);
        LocalDate lastDay = LocalDate.ofInstant(booking.endAt().minusNanos(1), zone);
        return Allocation.builder()
                .resourceId(booking.resourceId().orElseThrow())
                .projectId(booking.projectId())
                .taskId(booking.taskId())
                .firstDay(firstDay)
                .lastDay(lastDay.isBefore(firstDay) ? firstDay : lastDay)
                .percent(booking.allocationPct())
                .build();
    }
}
