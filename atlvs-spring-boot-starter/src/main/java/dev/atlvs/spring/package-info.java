/**
 * The Spring Boot starter of the ATLVS SDK: with the starter and a PostgreSQL URL, an application gets an
 * {@link dev.atlvs.core.Atlvs} bean over its DataSource, and the {@code atlvs} schema migrated at start-up
 * before Boot's own Flyway migrates the application's schema.
 *
 * <pre>{@code
 * @Service
 * class Venues {
 *     private final Atlvs atlvs;
 *
 *     Venues(Atlvs atlvs) {
 *         this.atlvs = atlvs;
 *     }
 *
 *     List<Location> list(UUID organizationId, UUID userId) {
 *         return atlvs.inTenant(organizationId, userId,
 *                 tx -> tx.repository(LocationRepository.class).page(PageRequest.sortedBy("name")).items());
 *     }
 * }
 * }</pre>
 *
 * <p>Settings are {@link dev.atlvs.spring.AtlvsProperties} ({@code atlvs.*}); objects such as field keys
 * are given through {@link dev.atlvs.spring.AtlvsBuilderCustomizer} beans; an application's own
 * {@code Atlvs} bean replaces the auto-configured one.
 */
package dev.atlvs.spring;
