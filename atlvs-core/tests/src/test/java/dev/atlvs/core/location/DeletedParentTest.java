package dev.atlvs.core.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A location's parent is an optional reference that its deletion nulls, through the trigger that
 * {@code atlvs.null_on_delete} installs in place of ON DELETE SET NULL (which Citus refuses on a key holding
 * organization_id), with what the key's action did: one statement deletes a whole tree, and the nulling is an
 * audited change that reverting the deletion undoes.
 */
@AtlvsTest
class DeletedParentTest {

    @Test
    void oneStatementDeletesAParentTogetherWithItsChildren(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Demolished Sites");
        Location site = insert(acme, "Harbour Field", LocationType.SITE, null);
        Location stage = insert(acme, "Main Stage", LocationType.AREA, site.id());
        insert(acme, "Stage Left Wing", LocationType.AREA, stage.id());

        int deleted = acme.asOwner(tx -> tx.handle()
                .createUpdate("delete from atlvs.locations where organization_id = :organizationId")
                .bind("organizationId", acme.id())
                .execute());

        assertThat(deleted).isEqualTo(3);
    }

    @Test
    void revertingTheDeletionOfAParentGivesItsChildrenTheirParentBack(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rebuilt Sites");
        Location hall = insert(acme, "Concert Hall", LocationType.BUILDING, null);
        Location foyer = insert(acme, "Foyer", LocationType.ROOM, hall.id());
        long deletion = acme.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(hall);
            return tx.transactionId();
        });
        List<AuditEntry> audited = acme.asOwner(tx -> new AuditTrail(tx).transaction(deletion));
        assertThat(audited).extracting(AuditEntry::recordId, AuditEntry::action)
                .containsExactly(tuple(foyer.id(), AuditAction.UPDATE),
                        tuple(hall.id(), AuditAction.DELETE));

        acme.asOwner(tx -> new AuditTrail(tx).revertTransaction(deletion));

        assertThat(acme.asOwner(tx -> tx.repository(LocationRepository.class).get(foyer.id())).parentId()).contains(hall.id());
    }

    private static Location insert(OrganizationFixture acme, String name, LocationType type, UUID parent) {
        return acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name(name).type(type).parentId(Optional.ofNullable(parent)).build()));
    }
}
