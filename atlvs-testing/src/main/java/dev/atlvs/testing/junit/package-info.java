/**
 * JUnit 5 support: {@link dev.atlvs.testing.junit.AtlvsTest} gives a test class its own migrated database
 * and injects {@code Atlvs}, {@code Fixtures} and {@code TestDatabase} parameters.
 *
 * <pre>{@code
 * @AtlvsTest
 * class VenueTest {
 *     @Test
 *     void aVenueIsInvisibleToAnotherOrganization(Fixtures fixtures) {
 *         OrganizationFixture a = fixtures.organization();
 *         OrganizationFixture b = fixtures.organization();
 *         ...
 *     }
 * }
 * }</pre>
 */
package dev.atlvs.testing.junit;
