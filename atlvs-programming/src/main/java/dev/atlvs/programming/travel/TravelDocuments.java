package dev.atlvs.programming.travel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The travel documents of people that {@link ItineraryValidator} checks: the expiry of a person's passport and the
 * expiry of each of their visas (empty: a visa without expiry). {@link TravelService} reads them through the people
 * module's {@code PersonalDataService} and {@code PersonDocumentService}.
 */
public interface TravelDocuments {

    /** The day the person's passport expires; empty when no passport is on record. */
    Optional<LocalDate> passportExpiresOn(UUID personId);

    /** The expiry of each visa of the person (empty element: no expiry). */
    List<Optional<LocalDate>> visaExpiries(UUID personId);
}
