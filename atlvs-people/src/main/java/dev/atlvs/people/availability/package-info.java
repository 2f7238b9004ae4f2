/**
 * Availability: the commitments of people (project bookings, leave, and what other modules commit through
 * {@code atlvs.commit_person_time}), double-booking refused by the database, and leave with its decisions.
 *
 * <pre>{@code
 * Availability buildWeek = new AvailabilityService(tx).of(ana.id(), LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 19));
 * boolean free = buildWeek.isFree();
 * }</pre>
 */
package dev.atlvs.people.availability;
