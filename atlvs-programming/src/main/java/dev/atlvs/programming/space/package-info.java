/**
 * Spaces: stages, rooms and areas of a venue, bookable subtypes of locations, with turnover, longest booking, concurrent
 * use and curfew.
 *
 * <pre>{@code
 * Space main = new SpaceService(tx).create(Space.builder().organizationId(tx.organizationId()).name("Main Stage")
 *         .kind(SpaceKind.STAGE).capacity(12_000).curfew(LocalTime.of(23, 0)).turnoverMinutes(30).build());
 * }</pre>
 */
package dev.atlvs.programming.space;
