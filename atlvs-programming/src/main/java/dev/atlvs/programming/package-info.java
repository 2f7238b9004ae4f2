/**
 * The programming module: the show itself. Spaces and their bookings, events (festival, day, set), activations,
 * lineups and the running order, riders, call sheets, travel, accreditation and workshops.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder().dataSource(dataSource).build();   // the module is found on the class path
 * atlvs.inTenant(organizationId, actorId, tx -> new EventService(tx).create(Event.builder()
 *         .organizationId(organizationId).projectId(festivalId).title("Main Stage - Friday").spaceId(mainStageId)
 *         .startAt(doors).endAt(curfew).timezone("Europe/London").build()));
 * }</pre>
 */
package dev.atlvs.programming;
