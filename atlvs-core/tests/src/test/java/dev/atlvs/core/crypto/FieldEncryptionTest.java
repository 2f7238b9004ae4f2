package dev.atlvs.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Encrypted columns, on the encrypted personal fields of user profiles. */
@AtlvsTest
class FieldEncryptionTest {

    private static UserProfile profile(OrganizationFixture org, String phone, String employeeId) {
        return UserProfile.builder().organizationId(org.id()).userId(org.addMember(MemberRole.CONTRIBUTOR).id())
                .phonePrimary(phone).dateOfBirth(LocalDate.of(1988, 4, 12)).addressLine1("Kastanienallee 7")
                .employeeId(employeeId).jobTitle("Rigger").build();
    }

    private static UserProfile insert(Atlvs atlvs, OrganizationFixture org, UserProfile profile) {
        return atlvs.inTenant(org.id(), org.owner().id(), tx -> tx.repository(UserProfileRepository.class).insert(profile));
    }

    private static byte[] stored(TestDatabase database, String column, UUID id) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select " + column + " from atlvs.user_profiles where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static int keyId(byte[] ciphertext) {
        assertThat(ciphertext[0]).isEqualTo((byte) 1);
        return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
    }

    @Test
    void anEncryptedValueIsStoredAsCiphertextOfThePrimaryKeyAndReadBackAsItself(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Cipher Crew");

        UserProfile saved = insert(fixtures.atlvs(), org, profile(org, "+49 30 5550 1234", "E-1042"));
        UserProfile read = org.asOwner(tx -> tx.repository(UserProfileRepository.class).get(saved.id()));

        assertThat(read.phonePrimary()).contains("+49 30 5550 1234");
        assertThat(read.dateOfBirth()).contains(LocalDate.of(1988, 4, 12));
        assertThat(read.employeeId()).contains("E-1042");
        byte[] phone = stored(database, "phone_primary", saved.id());
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).doesNotContain("5550");
        assertThat(keyId(phone)).isEqualTo(database.fieldKeys().primaryKeyId());
        assertThat(keyId(stored(database, "employee_id_bidx", saved.id()))).isEqualTo(database.fieldKeys().primaryIndexKeyId());
    }

    @Test
    void rewritingAnUnchangedValueKeepsItsCiphertext(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Steady Hands");
        UserProfile saved = insert(fixtures.atlvs(), org, profile(org, "+49 40 5550 7777", "E-7"));
        byte[] before = stored(database, "phone_primary", saved.id());

        org.asOwner(tx -> tx.repository(UserProfileRepository.class).update(ImmutableUserProfile.copyOf(saved).withJobTitle("Head Rigger")));

        assertThat(stored(database, "phone_primary", saved.id())).isEqualTo(before);
    }

    @Test
    void aCiphertextCopiedToAnotherRowDoesNotDecryptThere(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Swapped Rows");
        UserProfile first = insert(fixtures.atlvs(), org, profile(org, "+44 20 5550 0001", "E-1"));
        UserProfile second = insert(fixtures.atlvs(), org, profile(org, "+44 20 5550 0002", "E-2"));
        // Someone with direct access to the database swaps a ciphertext between rows (triggers off, as a restore tool would).
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("update atlvs.user_profiles set phone_primary = (select phone_primary from atlvs.user_profiles where organization_id = ? and id = ?) "
                        + "where organization_id = ? and id = ?")) {
            // Triggers off for this transaction, on the shards too where Citus is installed (placeholders elsewhere).
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local citus.propagate_set_commands = 'local'");
                settings.execute("set local session_replication_role = replica");
            }
            statement.setObject(1, org.id());
            statement.setObject(2, first.id());
            statement.setObject(3, org.id());
            statement.setObject(4, second.id());
            statement.executeUpdate();
            connection.commit();
        }

        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(UserProfileRepository.class).get(second.id())))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ENCRYPTION_KEY_MISSING))
                .hasMessageNotContaining("5550");
    }

    @Test
    void theBlindIndexFindsAnEmployeeIdWithinItsOrganizationOnly(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture north = fixtures.organization("North Stage");
        OrganizationFixture south = fixtures.organization("South Stage");
        UserProfile northern = insert(fixtures.atlvs(), north, profile(north, "+1 555 0100", "CREW-17"));
        UserProfile southern = insert(fixtures.atlvs(), south, profile(south, "+1 555 0200", "CREW-17"));

        Optional<UserProfile> inNorth = north.asOwner(tx -> tx.repository(UserProfileRepository.class).findByEmployeeId("CREW-17"));
        Optional<UserProfile> inSouth = south.asOwner(tx -> tx.repository(UserProfileRepository.class).findByEmployeeId("CREW-17"));
        Optional<UserProfile> unknown = north.asOwner(tx -> tx.repository(UserProfileRepository.class).findByEmployeeId("CREW-18"));

        assertThat(inNorth.map(UserProfile::id)).contains(northern.id());
        assertThat(inSouth.map(UserProfile::id)).contains(southern.id());
        assertThat(unknown).isEmpty();
        assertThat(stored(database, "employee_id_bidx", northern.id())).isNotEqualTo(stored(database, "employee_id_bidx", southern.id()));
    }

    @Test
    void anEmployeeIdStaysUniqueInItsOrganizationThroughItsBlindIndex(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Unique Badges");
        insert(fixtures.atlvs(), org, profile(org, "+33 1 5550 0001", "B-1"));

        assertThatThrownBy(() -> insert(fixtures.atlvs(), org, profile(org, "+33 1 5550 0002", "B-1")))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("employeeId"));
    }

    @Test
    void writingAnEncryptedValueWithoutKeysIsRefusedByNameAndWritesNothing(TestDatabase database, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Keyless");
        Atlvs keyless = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).strict(true).build();
        UserProfile withPhone = profile(org, "+39 06 5550 1111", "K-1");
        UserProfile withoutEncryptedValues = UserProfile.builder().organizationId(org.id()).userId(org.addMember(MemberRole.CONTRIBUTOR).id())
                .jobTitle("Runner").build();

        assertThatThrownBy(() -> insert(keyless, org, withPhone))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ENCRYPTION_KEY_MISSING))
                .hasMessageContaining("user_profiles.")
                .hasMessageContaining("fieldKeys");
        Optional<UserProfile> written = org.asOwner(tx -> tx.repository(UserProfileRepository.class).findByUser(withPhone.userId()));
        assertThat(written).isEmpty();
        assertThat(insert(keyless, org, withoutEncryptedValues).jobTitle()).contains("Runner");
    }

    @Test
    void aDatabaseDumpHoldsNoPlaintextOfAnEncryptedColumn(TestDatabase database, Fixtures fixtures) throws Exception {
        OrganizationFixture org = fixtures.organization("Dump Check");
        UserProfile saved = insert(fixtures.atlvs(), org, profile(org, "+46 8 5550 9731", "DUMP-EMPLOYEE-5531"));
        org.asOwner(tx -> tx.repository(UserProfileRepository.class).update(ImmutableUserProfile.copyOf(saved)
                .withPhonePrimary("+46 8 5550 9732").withAddressLine1("Hornsgatan 118")));

        String dump = TableDump.allTables(database);

        // The dump did read the profile and its audit rows: its id and its plaintext job title are there.
        assertThat(dump).contains(saved.id().toString(), "Rigger");
        assertThat(dump).doesNotContain("5550 9731", "5550 9732", "DUMP-EMPLOYEE-5531", "Hornsgatan", "Kastanienallee", "1988-04-12");
    }

    @Test
    void rotationReencryptsEveryRowUnderTheNewKeysWithNothingLost(TestDatabase database, Fixtures fixtures) throws Exception {
        KeysetHandle oldValues = KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
        KeysetHandle oldIndexes = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        Atlvs before = database.atlvsBuilder().fieldKeys(FieldKeys.of(oldValues, oldIndexes)).build();
        OrganizationFixture north = fixtures.organization("Rotation North");
        OrganizationFixture south = fixtures.organization("Rotation South");
        Map<UUID, String> phones = new java.util.HashMap<>();
        for (int i = 0; i < 7; i++) {
            OrganizationFixture org = i % 2 == 0 ? north : south;
            UserProfile saved = insert(before, org, profile(org, "+47 555 10" + i, "R-" + i));
            phones.put(saved.id(), "+47 555 10" + i);
        }
        KeysetHandle newValues = KeysetHandle.newBuilder(oldValues)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedDeterministicAeadParameters.AES256_SIV).withRandomId().makePrimary())
                .build();
        KeysetHandle newIndexes = KeysetHandle.newBuilder(oldIndexes)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedPrfParameters.HMAC_SHA256_PRF).withRandomId().makePrimary())
                .build();
        FieldKeys rotated = FieldKeys.of(newValues, newIndexes);
        Atlvs during = database.atlvsBuilder().fieldKeys(rotated).build();

        long rewritten = during.platform().reencrypt(north.id(), UserProfile.TABLE, 2) + during.platform().reencrypt(south.id(), UserProfile.TABLE, 2);
        long again = during.platform().reencrypt(north.id(), UserProfile.TABLE, 2) + during.platform().reencrypt(south.id(), UserProfile.TABLE, 2);

        assertThat(rewritten).isEqualTo(7);
        assertThat(again).isZero();
        KeysetHandle onlyNewValues = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(newValues.getPrimary().getKey()).withFixedId(newValues.getPrimary().getId()).makePrimary())
                .build();
        KeysetHandle onlyNewIndexes = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(newIndexes.getPrimary().getKey()).withFixedId(newIndexes.getPrimary().getId()).makePrimary())
                .build();
        Atlvs after = database.atlvsBuilder().fieldKeys(FieldKeys.of(onlyNewValues, onlyNewIndexes)).build();
        for (Map.Entry<UUID, String> phone : phones.entrySet()) {
            assertThat(keyId(stored(database, "phone_primary", phone.getKey()))).isEqualTo(rotated.primaryKeyId());
            assertThat(keyId(stored(database, "employee_id_bidx", phone.getKey()))).isEqualTo(rotated.primaryIndexKeyId());
        }
        List<UserProfile> read = new ArrayList<>();
        for (OrganizationFixture org : List.of(north, south)) {
            read.addAll(after.inTenant(org.id(), org.owner().id(), tx -> phones.keySet().stream()
                    .flatMap(id -> tx.repository(UserProfileRepository.class).find(id).stream()).toList()));
        }
        assertThat(read).hasSize(7).allSatisfy(profile -> assertThat(profile.phonePrimary()).contains(phones.get(profile.id())));
        Optional<UserProfile> found = after.inTenant(south.id(), south.owner().id(),
                tx -> tx.repository(UserProfileRepository.class).findByEmployeeId("R-1"));
        assertThat(found).isPresent();
    }

    @Test
    void theKeysAreNeverPrinted() {
        FieldKeys keys = FieldKeys.generate();

        assertThat(keys.toString()).startsWith("FieldKeys[primaryKeyId=").doesNotContain("value").doesNotContain("AES");
    }
}
