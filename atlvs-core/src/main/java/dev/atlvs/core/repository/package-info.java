/**
 * The generic repository engine: a {@link dev.atlvs.core.repository.Table} declaration per table, from
 * which {@link dev.atlvs.core.repository.Repository} derives get, keyset-paginated pages, insert, update
 * with a version check, delete, soft delete and restore.
 *
 * <pre>{@code
 * LocationRepository locations = tx.repository(LocationRepository.class);
 * Location stage = locations.insert(Location.builder().organizationId(tx.organizationId())
 *         .name("Aurora Stage").type(LocationType.AREA).build());
 * Location renamed = locations.update(stage.withName("Aurora Main Stage"));   // version 1 -> 2
 * Page<Location> venues = locations.page(PageRequest.sortedBy("name").filter(Filter.equal("type", LocationType.VENUE)));
 * }</pre>
 */
package dev.atlvs.core.repository;
