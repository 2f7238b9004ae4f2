/**
 * Events of the programme, nested festival, day, set; an event in a space books it for its occupancy window.
 *
 * <pre>{@code
 * Event friday = new EventService(tx).create(Event.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .title("Main Stage - Friday").spaceId(main.id()).startAt(doors).endAt(curfew).timezone("Europe/London").build());
 * }</pre>
 */
package dev.atlvs.programming.event;
