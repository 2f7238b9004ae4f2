package dev.atlvs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class AuditTrailTest {

    @Test
    void historyListsEveryChangeWithActorTransactionAndCorrelationId(TestDatabase database, Fixtures fixtures) {
        UUID correlation = UUID.randomUUID();
        Atlvs correlated = database.atlvsBuilder().correlationIds(() -> correlation).build();
        OrganizationFixture org = fixtures.organization();
        Location stage = insert(org, "Aurora Stage");
        long renameTx = correlated.inTenant(org.id(), org.owner().id(), tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(stage.id())).withName("Aurora Main Stage"));
            return tx.transactionId();
        });

        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));

        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        AuditEntry rename = history.get(1);
        assertThat(rename.changedFields()).containsExactly("name");
        assertThat(rename.oldValues()).hasValueSatisfying(json -> assertThat(json).isEqualTo("{\"name\": \"Aurora Stage\"}"));
        assertThat(rename.newValues()).hasValueSatisfying(json -> assertThat(json).isEqualTo("{\"name\": \"Aurora Main Stage\"}"));
        assertThat(rename.actorId()).contains(org.owner().id());
        assertThat(rename.transactionId()).isEqualTo(renameTx);
        assertThat(rename.correlationId()).contains(correlation);
        assertThat(rename.recordVersion()).contains(2L);
    }

    @Test
    void aChangeMadeWithRawSqlIsAuditedToo(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Location stage = insert(org, "Fjord Tent");

        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.locations set capacity = 3500 where id = :id").bind("id", stage.id()).execute());

        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));
        assertThat(history).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.changedFields()).containsExactly("capacity");
            assertThat(entry.actorId()).contains(org.owner().id());
        });
    }

    @Test
    void theStateAtAPointInTimeIsReplayedFromTheTrail(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Location stage = insert(org, "Aurora Stage");
        Location renamed = rename(org, stage.id(), "Aurora Main Stage");
        org.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(renamed);
            return null;
        });
        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));

        Location atInsert = org.asOwner(tx -> new AuditTrail(tx).stateAt(Location.TABLE, stage.id(), history.get(0).occurredAt())).orElseThrow();
        Location atRename = org.asOwner(tx -> new AuditTrail(tx).stateAt(Location.TABLE, stage.id(), history.get(1).occurredAt())).orElseThrow();

        assertThat(atInsert.name()).isEqualTo("Aurora Stage");
        assertThat(atInsert).isEqualTo(ImmutableLocation.copyOf(stage));
        assertThat(atRename.name()).isEqualTo("Aurora Main Stage");
        Optional<Location> afterDelete = org.asOwner(tx -> new AuditTrail(tx).stateAt(Location.TABLE, stage.id(), history.get(2).occurredAt()));
        Optional<Location> beforeInsert = org.asOwner(
                tx -> new AuditTrail(tx).stateAt(Location.TABLE, stage.id(), history.get(0).occurredAt().minusSeconds(1)));
        assertThat(afterDelete).isEmpty();
        assertThat(beforeInsert).isEmpty();
    }

    @Test
    void aRevertThatWouldOverwriteALaterChangeBySomeoneElseIsRefusedUnlessForced(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        User manager = org.addMember(MemberRole.MANAGER);
        Location stage = insert(org, "Aurora Stage");
        long renameTx = org.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(stage.id())).withName("Aurora Main Stage"));
            return tx.transactionId();
        });
        org.as(manager, tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            return locations.update(ImmutableLocation.copyOf(locations.get(stage.id())).withCapacity(9000));
        });

        assertThatThrownBy(() -> org.asOwner(tx -> new AuditTrail(tx).revertTransaction(renameTx)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.REVERT_CONFLICT));
        assertThat(get(org, stage.id()).name()).isEqualTo("Aurora Main Stage");

        int undone = org.asOwner(tx -> new AuditTrail(tx).revertTransaction(renameTx, true));

        Location reverted = get(org, stage.id());
        assertThat(undone).isEqualTo(1);
        assertThat(reverted.name()).isEqualTo("Aurora Stage");
        assertThat(reverted.capacity()).contains(9000);
    }

    @Test
    void revertingAnUnknownTransactionIsNotFound(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();

        assertThatThrownBy(() -> org.asOwner(tx -> new AuditTrail(tx).revertTransaction(42L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherOrganizationsTransactionCannotBeRevertedOrRead(Fixtures fixtures) {
        OrganizationFixture owner = fixtures.organization();
        OrganizationFixture other = fixtures.organization();
        Location stage = insert(owner, "Aurora Stage");
        long insertTx = owner.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id())).get(0).transactionId();

        assertThatThrownBy(() -> other.asOwner(tx -> new AuditTrail(tx).revertTransaction(insertTx, true)))
                .isInstanceOf(NotFoundException.class);
        List<AuditEntry> seenByOther = other.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));
        assertThat(seenByOther).isEmpty();
        assertThat(get(owner, stage.id())).isEqualTo(stage);
    }

    @Test
    void revertingADeleteBringsBackTheParentAndItsChildrensLinks(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Location park = insert(org, "Tøyen Park");
        Location aurora = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).parentId(park.id()).name("Aurora Stage").type(LocationType.AREA).build()));
        Location fjord = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).parentId(park.id()).name("Fjord Tent").type(LocationType.AREA).build()));
        long deleteTx = org.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(park);
            return tx.transactionId();
        });
        assertThat(get(org, aurora.id()).parentId()).isEmpty();

        int undone = org.asOwner(tx -> new AuditTrail(tx).revertTransaction(deleteTx));

        assertThat(undone).isEqualTo(3);
        Location restoredPark = get(org, park.id());
        assertThat(ImmutableLocation.copyOf(restoredPark).withVersion(park.version()).withUpdatedAt(park.updatedAt()).withUpdatedBy(park.updatedBy()))
                .isEqualTo(park);
        assertThat(get(org, aurora.id()).parentId()).contains(park.id());
        assertThat(get(org, fjord.id()).parentId()).contains(park.id());
        List<AuditEntry> parkHistory = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, park.id()));
        assertThat(parkHistory).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.reason()).contains("revert of transaction " + deleteTx);
        });
    }

    @Test
    void aRecordIsRestoredToItsStateAtATime(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Location stage = insert(org, "Aurora Stage");
        rename(org, stage.id(), "Aurora Main Stage");
        rename(org, stage.id(), "Main Stage North");
        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));

        Location restored = org.asOwner(tx -> new AuditTrail(tx).restore(Location.TABLE, stage.id(), history.get(1).occurredAt())).orElseThrow();

        assertThat(restored.name()).isEqualTo("Aurora Main Stage");
        assertThat(restored.version()).isEqualTo(4L);
        assertThat(get(org, stage.id())).isEqualTo(restored);
    }

    @Test
    void aDeletedRecordIsRestoredWithItsOriginalCreationStamps(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Location stage = insert(org, "Aurora Stage");
        org.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(stage);
            return null;
        });
        AuditEntry insertEntry = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id())).get(0);

        Location restored = org.asOwner(tx -> new AuditTrail(tx).restore(Location.TABLE, stage.id(), insertEntry.occurredAt())).orElseThrow();

        assertThat(restored.createdAt()).isEqualTo(stage.createdAt());
        assertThat(restored.createdBy()).isEqualTo(stage.createdBy());
        assertThat(restored.name()).isEqualTo(stage.name());
    }

    @Test
    void sensitiveValuesAreRedactedFromTheTrailButRestoredExactlyByARevert(TestDatabase database, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UserProfile profile = org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                .organizationId(org.id()).userId(org.owner().id()).jobTitle("Stage Manager").city("Bergen").phonePrimary("+47 555 0101").build()));
        long moveTx = org.asOwner(tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            profiles.update(ImmutableUserProfile.copyOf(profiles.get(profile.id())).withCity("Oslo").withJobTitle("Production Manager"));
            return tx.transactionId();
        });

        AuditEntry move = org.asOwner(tx -> new AuditTrail(tx).history(UserProfile.TABLE, profile.id())).get(1);
        assertThat(move.changedFields()).contains("city", "job_title");
        assertThat(move.redactedFields()).containsExactly("city");
        assertThat(move.oldValues().orElseThrow()).contains("\"city\": null").doesNotContain("Bergen");
        assertThat(move.newValues().orElseThrow()).contains("\"job_title\": \"Production Manager\"").doesNotContain("Oslo");
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.audit_sealed_values").mapTo(Long.class).one()))
                .isInstanceOf(AtlvsException.class);

        org.asOwner(tx -> new AuditTrail(tx).revertTransaction(moveTx));

        UserProfile reverted = org.asOwner(tx -> tx.repository(UserProfileRepository.class).get(profile.id()));
        assertThat(reverted.city()).contains("Bergen");
        assertThat(reverted.jobTitle()).contains("Stage Manager");
        assertThat(reverted.phonePrimary()).contains("+47 555 0101");
    }

    @Test
    void aRestoredRecordGetsItsSensitiveValuesOfThatTimeBackWhileItsStateAtThatTimeShowsThemRedacted(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UserProfile profile = org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                .organizationId(org.id()).userId(org.owner().id()).jobTitle("Stage Manager").city("Bergen").build()));
        org.asOwner(tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            return profiles.update(ImmutableUserProfile.copyOf(profiles.get(profile.id())).withCity("Oslo").withJobTitle("Production Manager"));
        });
        Instant created = org.asOwner(tx -> new AuditTrail(tx).history(UserProfile.TABLE, profile.id())).get(0).occurredAt();

        Optional<UserProfile> then = org.asOwner(tx -> new AuditTrail(tx).stateAt(UserProfile.TABLE, profile.id(), created));
        UserProfile restored = org.asOwner(tx -> new AuditTrail(tx).restore(UserProfile.TABLE, profile.id(), created)).orElseThrow();

        assertThat(then.orElseThrow().jobTitle()).contains("Stage Manager");
        assertThat(then.orElseThrow().city()).isEmpty();
        assertThat(restored.jobTitle()).contains("Stage Manager");
        assertThat(restored.city()).contains("Bergen");
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheRuntimeRole(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        insert(org, "Aurora Stage");

        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.audit_logs set reason = 'tampered'").execute()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("delete from atlvs.audit_logs").execute()))
                .isInstanceOf(AccessDeniedException.class);
        long tampered = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.audit_logs where reason = 'tampered'")
                .mapTo(Long.class).one());
        assertThat(tampered).isZero();
    }

    @Test
    void readingNeedsAuditReadAndRevertingNeedsAuditManage(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        User contributor = org.addMember(MemberRole.CONTRIBUTOR);
        Location stage = insert(org, "Aurora Stage");
        long insertTx = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id())).get(0).transactionId();

        List<AuditEntry> seenByContributor = org.as(contributor, tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));
        assertThat(seenByContributor).hasSize(1);
        assertThatThrownBy(() -> org.as(contributor, tx -> new AuditTrail(tx).revertTransaction(insertTx)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(CorePermissions.AUDIT_MANAGE.name()));
        assertThat(get(org, stage.id())).isEqualTo(stage);
    }

    @Test
    void platformChangesToUsersAreAuditedUnderThePlatformTenant(TestDatabase database, Fixtures fixtures) throws SQLException {
        User user = fixtures.user();

        try (Connection connection = database.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).platform(connection);
            try (ResultSet rows = statement.executeQuery("select action, redacted_fields::text from atlvs.audit_logs where table_name = 'users' and record_id = '"
                    + user.id() + "'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("insert");
                assertThat(rows.getString(2)).isEqualTo("{display_name,email}");
                assertThat(rows.next()).isFalse();
            }
            connection.rollback();
        }
    }

    @Test
    void monthlyPartitionsAreCreatedAheadAndDetachedForArchival(TestDatabase database) throws SQLException {
        Atlvs maintenance = database.atlvsBuilder().migrateAs(database.ownerDataSource(), "atlvs_app").build();
        LocalDate farMonth = LocalDate.now().withDayOfMonth(1).plusMonths(6);

        List<String> created = maintenance.createAuditPartitions(farMonth);
        List<String> again = maintenance.createAuditPartitions(farMonth);
        var detached = maintenance.detachAuditPartition(YearMonth.from(farMonth));

        String expected = String.format("audit_logs_y%04dm%02d", farMonth.getYear(), farMonth.getMonthValue());
        assertThat(created).contains(expected);
        assertThat(again).isEmpty();
        assertThat(detached).contains(expected);
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relispartition from pg_class c where c.relname = '" + expected + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean(1)).as("still a partition").isFalse();
        }
        assertThat(maintenance.detachAuditPartition(YearMonth.from(farMonth))).isEmpty();
    }

    private static Location insert(OrganizationFixture org, String name) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(LocationType.VENUE).city("Oslo").country("NO").build()));
    }

    private static Location rename(OrganizationFixture org, UUID id, String name) {
        return org.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            return locations.update(ImmutableLocation.copyOf(locations.get(id)).withName(name));
        });
    }

    private static Location get(OrganizationFixture org, UUID id) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).get(id));
    }
}
