package dev.atlvs.programming.workshop;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Workshops and their registrations: opening and closing registration, registering (seated while a seat is free,
 * otherwise waitlisted; never an error for a full workshop), cancelling (which seats the first on the waitlist), marking
 * attendance, and the roster. The seats are decided by the database one transaction at a time per workshop, so two
 * registrations racing for the last seat end with one seated and one waitlisted.
 *
 * <pre>{@code
 * WorkshopService workshops = new WorkshopService(tx);
 * Workshop masterclass = workshops.create(Workshop.builder().organizationId(tx.organizationId()).eventId(event.id())
 *         .maxParticipants(20).price(new BigDecimal("45")).currency("GBP").build());
 * workshops.openRegistration(masterclass.id());
 * Registration seat = workshops.register(WorkshopRegistration.builder().organizationId(tx.organizationId())
 *         .workshopId(masterclass.id()).attendeeName("Ada Lovelace").attendeeEmail("ada@example.org").build());
 * if (!seat.seated()) { int place = seat.waitlistPosition().getAsInt(); }
 * }</pre>
 */
public final class WorkshopService {
    private final TenantTransaction tx;

    public WorkshopService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private WorkshopRepository workshops() {
        return tx.repository(WorkshopRepository.class);
    }

    private WorkshopRegistrationRepository registrations() {
        return tx.repository(WorkshopRegistrationRepository.class);
    }

    /**
     * Adds a workshop in planning.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@code workshops_event_is_workshop}) for an event of another type
     */
    public Workshop create(Workshop workshop) {
        requireNonNull(workshop, "workshop is null");
        tx.require(ProgrammingPermissions.WORKSHOPS_CREATE);
        Workshop planned = ImmutableWorkshop.copyOf(workshop).withOrganizationId(tx.organizationId()).withStatus(WorkshopStatus.PLANNING);
        tx.validate("Workshop", planned);
        requireWorkshopEvent(planned.eventId());
        return workshops().insert(planned);
    }

    /**
     * Changes a workshop's details (its status moves only through the transition methods). More seats seat the waitlist
     * in order.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code workshops_max_participants_seated}) for fewer seats than are
     *         taken; ({@code workshops_status_transition}) for a changed status
     */
    public Workshop update(Workshop changed) {
        requireNonNull(changed, "changed is null");
        tx.require(ProgrammingPermissions.WORKSHOPS_UPDATE);
        Workshop current = workshops().get(changed.id());
        if (changed.status() != current.status()) {
            throw dev.atlvs.core.error.ConflictException.ofRule(dev.atlvs.programming.ProgrammingErrorCode.WORKSHOP_TRANSITION_INVALID,
                    "status", "workshops_status_transition", "a workshop's status moves only through its transitions");
        }
        tx.validate("Workshop", changed);
        requireWorkshopEvent(changed.eventId());
        if (changed.maxParticipants() < current.maxParticipants()
                && roster(current).seated().size() > changed.maxParticipants()) {
            throw ProgrammingRules.WORKSHOPS_MAX_PARTICIPANTS_SEATED.exception();
        }
        return workshops().update(changed);
    }

    /** The workshop. */
    public Workshop get(UUID workshopId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return workshops().get(workshopId);
    }

    /** The workshop of an event. */
    public Optional<Workshop> ofEvent(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return workshops().ofEvent(eventId);
    }

    /** Opens registration (from planning, or again after closing it). */
    public Workshop openRegistration(UUID workshopId) {
        return move(workshopId, WorkshopStatus.OPEN_REGISTRATION);
    }

    /** Closes registration. */
    public Workshop closeRegistration(UUID workshopId) {
        return move(workshopId, WorkshopStatus.REGISTRATION_CLOSED);
    }

    /** Starts the workshop (registration closed). */
    public Workshop start(UUID workshopId) {
        return move(workshopId, WorkshopStatus.IN_PROGRESS);
    }

    /** Completes a running workshop. */
    public Workshop complete(UUID workshopId) {
        return move(workshopId, WorkshopStatus.COMPLETED);
    }

    /** Cancels a workshop that is not completed. */
    public Workshop cancel(UUID workshopId) {
        return move(workshopId, WorkshopStatus.CANCELLED);
    }

    /**
     * Registers a person or an attendee: seated while a seat is free (and no one waits), otherwise waitlisted at the next
     * position. The status of {@code registration} is ignored: the database decides it.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code workshop_registrations_registration_open}) unless the workshop
     *         is open for registration
     * @throws dev.atlvs.core.error.DuplicateException when the person holds a registration of the workshop already
     */
    public Registration register(WorkshopRegistration registration) {
        requireNonNull(registration, "registration is null");
        tx.require(ProgrammingPermissions.WORKSHOP_REGISTRATIONS_CREATE);
        WorkshopRegistration wanted = ImmutableWorkshopRegistration.copyOf(registration).withOrganizationId(tx.organizationId())
                .withStatus(RegistrationStatus.REGISTERED).withWaitlistPosition(Optional.empty());
        tx.validate("WorkshopRegistration", wanted);
        if (workshops().get(wanted.workshopId()).status() != WorkshopStatus.OPEN_REGISTRATION) {
            throw ProgrammingRules.WORKSHOP_REGISTRATIONS_REGISTRATION_OPEN.exception();
        }
        registrations().insert(wanted);
        return new Registration(registrations().get(wanted.id()));
    }

    /** Cancels a registration; a seat it held goes to the first on the waitlist, and the waitlist moves up. */
    public WorkshopRegistration cancelRegistration(UUID registrationId) {
        tx.require(ProgrammingPermissions.WORKSHOP_REGISTRATIONS_CREATE);
        return moveRegistration(registrationId, RegistrationStatus.CANCELLED);
    }

    /** Marks a seated registration as attended ({@code true}) or as a no-show ({@code false}). */
    public WorkshopRegistration markAttendance(UUID registrationId, boolean attended) {
        tx.require(ProgrammingPermissions.WORKSHOPS_UPDATE);
        return moveRegistration(registrationId, attended ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW);
    }

    /** The registration. */
    public WorkshopRegistration registration(UUID registrationId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return registrations().get(registrationId);
    }

    /** Who holds a seat, and who waits in which order. */
    public Roster roster(UUID workshopId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return roster(workshops().get(workshopId));
    }

    /**
     * Adds a person (of the people module) as an instructor of the workshop; the database commits their time for the
     * workshop event's window (tentative while planned, confirmed from the opening of registration), refusing a
     * double-booking with their other commitments.
     */
    public WorkshopInstructor addInstructor(UUID workshopId, UUID personId, InstructorRole role) {
        tx.require(ProgrammingPermissions.WORKSHOPS_UPDATE);
        return tx.repository(WorkshopInstructorRepository.class).insert(WorkshopInstructor.builder().organizationId(tx.organizationId())
                .workshopId(workshopId).personId(personId).role(role).build());
    }

    /** Removes an instructor; their time is released. */
    public void removeInstructor(UUID instructorId) {
        tx.require(ProgrammingPermissions.WORKSHOPS_UPDATE);
        WorkshopInstructorRepository instructors = tx.repository(WorkshopInstructorRepository.class);
        instructors.delete(instructors.get(instructorId));
    }

    /** The instructors of a workshop, leads first. */
    public List<WorkshopInstructor> instructors(UUID workshopId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return tx.repository(WorkshopInstructorRepository.class).ofWorkshop(workshopId);
    }

    private Roster roster(Workshop workshop) {
        List<WorkshopRegistration> all = registrations().ofWorkshop(workshop.id());
        return new Roster(workshop, all.stream().filter(r -> r.status().seated()).toList(),
                all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList());
    }

    private Workshop move(UUID workshopId, WorkshopStatus target) {
        tx.require(ProgrammingPermissions.WORKSHOPS_UPDATE);
        Workshop workshop = WorkshopStatus.LIFECYCLE.require(workshops().get(workshopId), target);
        return workshops().update(ImmutableWorkshop.copyOf(workshop).withStatus(target));
    }

    private WorkshopRegistration moveRegistration(UUID registrationId, RegistrationStatus target) {
        WorkshopRegistration registration = RegistrationStatus.LIFECYCLE.require(registrations().get(registrationId), target);
        return registrations().update(ImmutableWorkshopRegistration.copyOf(registration).withStatus(target));
    }

    private void requireWorkshopEvent(UUID eventId) {
        tx.repository(EventRepository.class).find(eventId)
                .filter(event -> event.eventType() != EventKind.WORKSHOP)
                .ifPresent(event -> {
                    throw ProgrammingRules.WORKSHOPS_EVENT_IS_WORKSHOP.exception();
                });
    }
}
