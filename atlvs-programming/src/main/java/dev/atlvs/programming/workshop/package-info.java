/**
 * Workshops: seats, price, instructors and level of an event of type workshop, and their registrations with a waitlist
 * held by the database (a registration beyond the seats waits in line; a freed seat goes to the first in line).
 *
 * <pre>{@code
 * WorkshopService workshops = new WorkshopService(tx);
 * workshops.openRegistration(workshop.id());
 * Registration outcome = workshops.register(WorkshopRegistration.builder().organizationId(tx.organizationId())
 *         .workshopId(workshop.id()).personId(person.id()).build());
 * Roster roster = workshops.roster(workshop.id());
 * }</pre>
 */
package dev.atlvs.programming.workshop;
