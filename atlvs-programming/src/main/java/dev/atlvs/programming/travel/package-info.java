/**
 * Travel of a project: itineraries, who travels on them and their segments (flights, trains, ground transfers, hotel
 * stays). The database refuses overlapping segments of a traveller, connections shorter than the itinerary's minimum,
 * and travellers without the passport or visa a segment needs; transport commits the travellers' time.
 *
 * <pre>{@code
 * TravelService travel = new TravelService(tx);
 * Itinerary trip = travel.create(Itinerary.builder().organizationId(tx.organizationId()).projectId(project.id())
 *         .title("Inbound").startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).build());
 * travel.addParticipant(trip.id(), singer.id(), "Artist");
 * List<Finding> problems = travel.validate(trip.id());
 * Optional<Instant> arrival = travel.arrivalOf(singer.id(), project.id(), LocalDate.of(2026, 7, 10));
 * }</pre>
 */
package dev.atlvs.programming.travel;
