package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.repository.internal.Engine;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Names go into statement text only quoted, and the audit trail replays only the tables of installed modules:
 * a table name carrying SQL is refused, or read as one (unknown) name, never run.
 */
@AtlvsTest
class IdentifierQuotingTest {

    /** Without quoting, this name turns a look-up by id into "the first location of the organization". */
    private static final String INJECTED = "locations where organization_id = ? and (id = ? or true) --";

    private static Table<Location, ImmutableLocation.Builder> declaredAs(String name) {
        return Table.tenant(name, Location.class, ImmutableLocation::builder, ImmutableLocation.Builder::build)
                .column("name", ColumnType.TEXT, Location::name, ImmutableLocation.Builder::name)
                .column("type", ColumnType.enumeration(LocationType.class), Location::type, ImmutableLocation.Builder::type)
                .build();
    }

    private static Location venue(OrganizationFixture org) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class)
                .insert(Location.builder().organizationId(org.id()).name("Quoted Hall").type(LocationType.VENUE).build()));
    }

    @Test
    void anIdentifierIsDoubleQuotedWithItsQuotesDoubled() {
        assertThat(Identifiers.quote("project_tasks")).isEqualTo("\"project_tasks\"");
        assertThat(Identifiers.quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
        assertThat(Identifiers.qualified("atlvs", "x\"; drop table y; --")).isEqualTo("\"atlvs\".\"x\"\"; drop table y; --\"");
        assertThat(Location.TABLE.quotedName()).isEqualTo("\"atlvs\".\"locations\"");
        assertThatThrownBy(() -> Identifiers.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.quote("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditTrailRefusesATableDeclarationNoInstalledModuleRegisters(TestDatabase database, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Injected Audit Hall");
        Location stored = venue(org);
        Table<Location, ImmutableLocation.Builder> injected = declaredAs("locations, null) r; drop table atlvs.locations; --");
        long before = Rows.count(database, "locations");

        assertThatThrownBy(() -> org.asOwner(tx -> new AuditTrail(tx).stateAt(injected, stored.id(), Instant.now())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("table", "InstalledTable")));
        assertThatThrownBy(() -> org.asOwner(tx -> new AuditTrail(tx).restore(injected, stored.id(), Instant.now())))
                .isInstanceOf(ValidationException.class);
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anInjectedTableNameReachesTheEngineAsOneUnknownNameAndFindsNothing(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Injected Engine Hall");
        venue(org);
        Table<Location, ImmutableLocation.Builder> injected = declaredAs(INJECTED);

        assertThatThrownBy(() -> org.asOwner(tx -> Engine.find(tx.handle(), injected, UUID.randomUUID(), false)))
                .isInstanceOf(AtlvsException.class);
        java.util.Optional<Location> byTheRealName = org.asOwner(tx -> Engine.find(tx.handle(), declaredAs("locations"), UUID.randomUUID(), false));
        assertThat(byTheRealName).isEmpty();
    }
}
