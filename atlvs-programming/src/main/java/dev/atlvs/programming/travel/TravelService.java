package dev.atlvs.programming.travel;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.profile.PersonDocumentService;
import dev.atlvs.people.profile.ProfileDocument;
import dev.atlvs.programming.ProgrammingPermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Travel of a project: itineraries, their participants and segments, moving them along
 * {@link ItineraryStatus#LIFECYCLE}, validating them and reading when a traveller arrives. The database holds the rules
 * on every write whichever code writes (see {@link ItinerarySegment}); {@link #validate(UUID)} lists every problem of an
 * itinerary at once. Transport segments commit their travellers' time within the project: tentatively while the
 * itinerary is a draft, confirmed once it is confirmed, released when it is cancelled or deleted.
 *
 * <pre>{@code
 * TravelService travel = new TravelService(tx);
 * Itinerary trip = travel.create(Itinerary.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .title("The Night Owls - inbound").type(ItineraryType.TOUR)
 *         .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).build());
 * travel.addParticipant(trip.id(), singer.id(), "Artist");
 * travel.addSegment(ItinerarySegment.builder().organizationId(tx.organizationId()).itineraryId(trip.id())
 *         .fromPlace("LAX").toPlace("JFK").fromCountry("US").toCountry("US")
 *         .departAt(Instant.parse("2026-07-08T16:00:00Z")).arriveAt(Instant.parse("2026-07-08T21:30:00Z")).build());
 * List<Finding> problems = travel.validate(trip.id());
 * travel.confirm(trip.id());
 * }</pre>
 */
public final class TravelService {
    private final TenantTransaction tx;

    public TravelService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private ItineraryRepository itineraries() {
        return tx.repository(ItineraryRepository.class);
    }

    private ItineraryParticipantRepository participants() {
        return tx.repository(ItineraryParticipantRepository.class);
    }

    private ItinerarySegmentRepository segments() {
        return tx.repository(ItinerarySegmentRepository.class);
    }

    /** Adds an itinerary. */
    public Itinerary create(Itinerary itinerary) {
        tx.require(ProgrammingPermissions.TRAVEL_CREATE);
        return itineraries().insert(itinerary);
    }

    /** Changes an itinerary's title, dates, budget or thresholds (not its status: see {@link #changeStatus}). */
    public Itinerary update(Itinerary itinerary) {
        tx.require(ProgrammingPermissions.TRAVEL_UPDATE);
        Itinerary stored = itineraries().get(itinerary.id());
        return itineraries().update(ImmutableItinerary.copyOf(itinerary).withStatus(stored.status()));
    }

    /** The itinerary. */
    public Itinerary get(UUID itineraryId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return itineraries().get(itineraryId);
    }

    /** The live itineraries of a project, by start date. */
    public List<Itinerary> ofProject(UUID projectId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return itineraries().ofProject(projectId);
    }

    /**
     * Adds a person to an itinerary: they travel on every segment that names nobody. Refused without the passport or
     * visa those segments need ({@code itinerary_participants_passport_valid}, {@code itinerary_participants_visa_valid}),
     * and when those segments clash with the person's travel on another live itinerary
     * ({@code itinerary_participants_schedule}).
     */
    public ItineraryParticipant addParticipant(UUID itineraryId, UUID personId, String role) {
        tx.require(ProgrammingPermissions.TRAVEL_CREATE);
        return participants().insert(ItineraryParticipant.builder().organizationId(tx.organizationId()).itineraryId(itineraryId)
                .personId(personId).role(Optional.ofNullable(role)).build());
    }

    /** Removes a person from an itinerary, with the segments that name them; their travel time is released. */
    public void removeParticipant(UUID itineraryId, UUID personId) {
        tx.require(ProgrammingPermissions.TRAVEL_UPDATE);
        participants().delete(participants().find(itineraryId, personId)
                .orElseThrow(() -> NotFoundException.of("ItineraryParticipant", personId)));
    }

    /** The participants of an itinerary. */
    public List<ItineraryParticipant> participantsOf(UUID itineraryId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return participants().ofItinerary(itineraryId);
    }

    /**
     * Adds a segment. Refused when it overlaps another segment of one of its travellers, on this itinerary or another live
     * one
     * ({@code itinerary_segments_overlap}, {@code itinerary_segments_hotel_overlap}), leaves less than the minimum
     * connection time ({@code itinerary_segments_connection}), or a traveller lacks the passport or visa it needs
     * ({@code itinerary_segments_passport_valid}, {@code itinerary_segments_visa_valid}).
     */
    public ItinerarySegment addSegment(ItinerarySegment segment) {
        tx.require(ProgrammingPermissions.TRAVEL_CREATE);
        return segments().insert(segment);
    }

    /** Changes a segment, under the same rules as {@link #addSegment}. */
    public ItinerarySegment updateSegment(ItinerarySegment segment) {
        tx.require(ProgrammingPermissions.TRAVEL_UPDATE);
        return segments().update(segment);
    }

    /** Removes a segment; its travellers' time is released. */
    public void removeSegment(UUID segmentId) {
        tx.require(ProgrammingPermissions.TRAVEL_UPDATE);
        segments().delete(segments().get(segmentId));
    }

    /** The segments of an itinerary, by departure. */
    public List<ItinerarySegment> segmentsOf(UUID itineraryId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return segments().ofItinerary(itineraryId);
    }

    /** Confirms a draft itinerary: its travellers' time is committed for good. */
    public Itinerary confirm(UUID itineraryId) {
        return changeStatus(itineraryId, ItineraryStatus.CONFIRMED);
    }

    /** Cancels an itinerary: its travellers' time is released. */
    public Itinerary cancel(UUID itineraryId) {
        return changeStatus(itineraryId, ItineraryStatus.CANCELLED);
    }

    /** Moves the itinerary's status along {@link ItineraryStatus#LIFECYCLE}. */
    public Itinerary changeStatus(UUID itineraryId, ItineraryStatus target) {
        tx.require(ProgrammingPermissions.TRAVEL_UPDATE);
        Itinerary itinerary = ItineraryStatus.LIFECYCLE.require(itineraries().get(itineraryId), target);
        return itineraries().update(ImmutableItinerary.copyOf(itinerary).withStatus(target));
    }

    /** Deletes an itinerary (it can be restored); its travellers' time is released. */
    public void delete(UUID itineraryId) {
        tx.require(ProgrammingPermissions.TRAVEL_DELETE);
        itineraries().softDelete(itineraries().get(itineraryId));
    }

    /** Restores a deleted itinerary; its travellers' time is committed again, refused if they have been taken meanwhile. */
    public Itinerary restore(UUID itineraryId) {
        tx.require(ProgrammingPermissions.TRAVEL_DELETE);
        return itineraries().restore(itineraries().findIncludingDeleted(itineraryId)
                .orElseThrow(() -> NotFoundException.of("Itinerary", itineraryId)));
    }

    /**
     * Every problem of the itinerary, per participant (see {@link ItineraryValidator}). Reads the travellers' passports
     * and visas through the people module, which requires {@code people.personal.access}.
     */
    public List<Finding> validate(UUID itineraryId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        Itinerary itinerary = itineraries().get(itineraryId);
        return new ItineraryValidator().validate(itinerary, participants().ofItinerary(itineraryId),
                segments().ofItinerary(itineraryId), documents());
    }

    /**
     * When the person's travel of the project gets them to the show on {@code date}: the last arrival of the first chain
     * of transport segments (ended by a hotel stay, an activity or a gap of more than 12 hours) of their live itineraries
     * of the project covering the date, the latest of those; empty when they have no such travel. The database function
     * {@code atlvs.person_arrival_at(organization, person, project, date)} answers the same.
     */
    public Optional<Instant> arrivalOf(UUID personId, UUID projectId, LocalDate date) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return segments().arrivalOf(requireNonNull(personId, "personId is null"), requireNonNull(projectId, "projectId is null"),
                requireNonNull(date, "date is null"));
    }

    /** The travel documents of people as the people module gives them to the actor, read once per person. */
    private TravelDocuments documents() {
        PersonalDataService personal = new PersonalDataService(tx);
        PersonDocumentService documents = new PersonDocumentService(tx);
        Map<UUID, Optional<LocalDate>> passports = new HashMap<>();
        Map<UUID, List<Optional<LocalDate>>> visas = new HashMap<>();
        return new TravelDocuments() {
            @Override
            public Optional<LocalDate> passportExpiresOn(UUID personId) {
                return passports.computeIfAbsent(personId, p -> personal.profileOf(p).flatMap(PersonProfile::passportExpiresOn));
            }

            @Override
            public List<Optional<LocalDate>> visaExpiries(UUID personId) {
                return visas.computeIfAbsent(personId, p -> documents.of(p).stream()
                        .filter(d -> d.documentType() == DocumentType.VISA).map(ProfileDocument::expiresAt).toList());
            }
        };
    }
}
