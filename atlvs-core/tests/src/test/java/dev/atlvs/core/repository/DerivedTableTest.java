package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationTable;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** The table declarations the processor derives from the value types, and the repositories that find them. */
@AtlvsTest
class DerivedTableTest {

    @Test
    void theDeclarationOfAValueTypeIsTheOneGeneratedBesideIt() {
        assertThat(Table.of(Location.class)).isSameAs(LocationTable.TABLE).isSameAs(Location.TABLE);
    }

    @Test
    void aColumnIsNamedAfterItsAccessorAndIsNullableExactlyWhenTheAccessorIsOptional() {
        Column<Location, ?, ?> line = Location.TABLE.column("address_line1").orElseThrow();
        Column<Location, ?, ?> name = Location.TABLE.column("name").orElseThrow();

        assertThat(line.property()).isEqualTo("addressLine1");
        assertThat(line.nullable()).isTrue();
        assertThat(name.nullable()).isFalse();
        assertThat(name.type()).isSameAs(ColumnType.TEXT);
    }

    @Test
    void theAnnotatedExceptionsChangeTheColumnTypeAndItsRole() {
        assertThat(Location.TABLE.column("country").orElseThrow().type().sqlType()).isEqualTo("character(2)");
        assertThat(Location.TABLE.column("latitude").orElseThrow().type().sqlType()).isEqualTo("numeric(9,6)");
        assertThat(Location.TABLE.column("name").orElseThrow().sortable()).isTrue();
        assertThat(Location.TABLE.softDelete()).isTrue();
    }

    @Test
    void anAccessorInheritedFromADomainInterfaceKeepsItsAnnotations() {
        Column<Notification, ?, ?> type = Notification.TABLE.column("type").orElseThrow();
        Column<Notification, ?, ?> data = Notification.TABLE.column("data").orElseThrow();

        assertThat(type.updatable()).isFalse();
        assertThat(type.sortable()).isTrue();
        assertThat(data.type()).isSameAs(ColumnType.JSONB);
    }

    @Test
    void theStandardColumnsComeFromTheEntityInterfacesNotFromTheValueType() {
        assertThat(Location.TABLE.columns()).extracting(Column::name)
                .startsWith("organization_id", "id")
                .endsWith("created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at")
                .doesNotHaveDuplicates();
    }

    @Test
    void aRepositoryServesTheTableOfItsTypeArgument(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Derived Tables");

        Table<?, ?> locations = acme.asOwner(tx -> tx.repository(LocationRepository.class).table());
        Table<?, ?> tags = acme.asOwner(tx -> tx.repository(TagRepository.class).table());

        assertThat(locations).isSameAs(Location.TABLE);
        assertThat(tags).isSameAs(Tag.TABLE);
    }

    @Test
    void aValueTypeWithoutAGeneratedDeclarationIsASetupErrorNamingTheProcessor() {
        assertThatThrownBy(() -> Table.of(Undeclared.class))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID))
                .hasMessageContaining(Undeclared.class.getName())
                .hasMessageContaining("atlvs-processor");
    }

    /** A value type nobody declared a table for. */
    interface Undeclared extends TenantEntity {}
}
