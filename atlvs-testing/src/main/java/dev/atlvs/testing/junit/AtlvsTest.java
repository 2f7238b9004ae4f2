package dev.atlvs.testing.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a fresh, migrated ATLVS database of its own and lets its tests declare
 * parameters of type {@link dev.atlvs.core.Atlvs}, {@link dev.atlvs.testing.Fixtures} and
 * {@link dev.atlvs.testing.TestDatabase}:
 *
 * <pre>{@code
 * @AtlvsTest
 * class LocationTest {
 *     @Test
 *     void anOrganizationSeesItsOwnLocations(Fixtures fixtures) {
 *         var acme = fixtures.organization();
 *         acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(...));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(AtlvsExtension.class)
public @interface AtlvsTest {}
