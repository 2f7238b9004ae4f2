/**
 * Locations: one hierarchy of venues, sites, rooms, warehouses and vehicles for every module.
 *
 * <pre>{@code
 * LocationRepository locations = tx.repository(LocationRepository.class);
 * List<Location> areas = locations.children(siteId);
 * List<Location> enclosing = locations.ancestors(roomId);   // nearest first
 * }</pre>
 */
package dev.atlvs.core.location;
