package dev.atlvs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.PrivilegeService;
import dev.atlvs.core.user.User;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.personal.ImmutablePersonProfile;
import dev.atlvs.people.personal.PersonHealthRecord;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonProfileRepository;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's identity, tax, bank and health details are read only by the person and by holders of the HR
 * (people.personal.access) or safety (people.safety.access) permission, on every path of the SDK: the service, the
 * repository, a query mapped on {@code tx.handle()}, the audit trail. Raw SQL sees ciphertext, and the database refuses
 * anybody else's writes.
 */
@AtlvsTest
class PersonalDataTest {

    private record Crew(OrganizationFixture org, User ana, Person anaPerson, PersonProfile profile, User colleague) {}

    private static Crew crew(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        User ana = org.addMember(MemberRole.CONTRIBUTOR);
        Person person = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Person linked = org.asOwner(tx -> tx.repository(PersonRepository.class).update(ImmutablePerson.copyOf(person).withUserId(ana.id())));
        PersonProfile profile = PeopleFixtures.personalDetails(org, linked);
        PeopleFixtures.healthRecord(org, linked);
        return new Crew(org, ana, linked, profile, org.addMember(MemberRole.MANAGER));
    }

    private static User withGrant(OrganizationFixture org, User member, String permission) {
        org.asOwner(tx -> new PrivilegeService(tx).grant(member.id(), permission, Optional.empty(), Optional.empty()));
        return member;
    }

    @Test
    void thePersonReadsTheirOwnDetails(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Own Details Live");

        Optional<PersonProfile> read = crew.org().as(crew.ana(), tx -> new PersonalDataService(tx).profileOf(crew.anaPerson().id()));

        assertThat(read).contains(crew.profile());
        assertThat(read.orElseThrow().passportNumber()).isEqualTo(crew.profile().passportNumber());
    }

    @Test
    void aHolderOfTheHrPermissionReadsEveryonesDetails(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Hr Reads Live");
        User hr = withGrant(crew.org(), crew.org().addMember(MemberRole.VIEWER), PeoplePermissions.PERSONAL_ACCESS.name());

        Optional<PersonProfile> read = crew.org().as(hr, tx -> new PersonalDataService(tx).profileOf(crew.anaPerson().id()));

        assertThat(read).contains(crew.profile());
    }

    @Test
    void aManagerWithoutTheHrPermissionIsRefusedByTheServiceWithTheRule(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Manager Refused Live");

        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> new PersonalDataService(tx).profileOf(crew.anaPerson().id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED);
                    assertThat(e.rule()).contains("person_profiles_access");
                    assertThat(e.field()).contains("personId");
                });
    }

    @Test
    void theRepositoryRefusesTheRowToAnybodyElse(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Repository Refused Live");

        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> tx.repository(PersonProfileRepository.class).get(crew.profile().id())))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).contains(PeoplePermissions.PERSONAL_ACCESS.name()));
        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> tx.repository(PersonProfileRepository.class)
                .findByPerson(crew.anaPerson().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> tx.repository(PersonProfileRepository.class)
                .findByTaxId("QQ123456C"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aQueryMappedOnTheHandleIsRefusedToo(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Handle Refused Live");

        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> tx.handle()
                .createQuery("select * from atlvs.person_profiles where id = :id").bind("id", crew.profile().id())
                .mapTo(PersonProfile.class).one())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rawSqlSeesOnlyCiphertext(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Ciphertext Live");

        byte[] stored = crew.org().as(crew.colleague(), tx -> tx.handle()
                .createQuery("select passport_number from atlvs.person_profiles where id = :id").bind("id", crew.profile().id())
                .mapTo(byte[].class).one());

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(crew.profile().passportNumber().orElseThrow());
    }

    @Test
    void theAuditTrailRefusesAFormerStateToAnybodyElse(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Audit Refused Live");
        Instant later = Instant.now().plusSeconds(60);

        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> new AuditTrail(tx).stateAt(PersonProfile.TABLE, crew.profile().id(), later)))
                .isInstanceOf(AccessDeniedException.class);
        Optional<PersonProfile> own = crew.org().as(crew.ana(), tx -> new AuditTrail(tx).stateAt(PersonProfile.TABLE, crew.profile().id(), later));
        assertThat(own.map(PersonProfile::passportExpiresOn)).contains(crew.profile().passportExpiresOn());
    }

    @Test
    void theDatabaseRefusesAnybodyElsesWriteByRawSql(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Raw Write Refused Live");

        assertThatThrownBy(() -> crew.org().as(crew.colleague(), tx -> tx.handle()
                .createUpdate("update atlvs.person_profiles set nationality = 'FR' where id = :id").bind("id", crew.profile().id()).execute()))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED));
        Optional<PersonProfile> stored = crew.org().as(crew.ana(), tx -> new PersonalDataService(tx).profileOf(crew.anaPerson().id()));
        assertThat(stored.map(PersonProfile::nationality)).contains(Optional.of("GB"));
    }

    @Test
    void thePersonChangesTheirOwnDetails(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Own Change Live");

        PersonProfile changed = crew.org().as(crew.ana(), tx -> new PersonalDataService(tx).saveProfile(
                ImmutablePersonProfile.copyOf(crew.profile()).withPassportExpiresOn(LocalDate.of(2034, 2, 28))));

        assertThat(changed.version()).isEqualTo(crew.profile().version() + 1);
        assertThat(changed.passportExpiresOn()).contains(LocalDate.of(2034, 2, 28));
    }

    @Test
    void theHrPermissionDoesNotOpenHealthRecords(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Hr Not Health Live");
        User hr = withGrant(crew.org(), crew.org().addMember(MemberRole.VIEWER), PeoplePermissions.PERSONAL_ACCESS.name());
        User medic = withGrant(crew.org(), crew.org().addMember(MemberRole.VIEWER), PeoplePermissions.SAFETY_ACCESS.name());

        assertThatThrownBy(() -> crew.org().as(hr, tx -> new PersonalDataService(tx).healthRecordOf(crew.anaPerson().id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).contains("person_health_records_access"));
        Optional<PersonHealthRecord> record = crew.org().as(medic, tx -> new PersonalDataService(tx).healthRecordOf(crew.anaPerson().id()));
        assertThat(record.map(PersonHealthRecord::allergies)).contains(Optional.of("Peanuts"));
    }

    @Test
    void anInvalidIbanIsRefusedBeforeAnythingIsWritten(Fixtures fixtures) {
        Crew crew = crew(fixtures, "Invalid Iban Live");

        assertThatThrownBy(() -> crew.org().as(crew.ana(), tx -> new PersonalDataService(tx).saveProfile(
                ImmutablePersonProfile.copyOf(crew.profile()).withBankIban("GB29 NWBK 6016"))))
                .isInstanceOfSatisfying(dev.atlvs.core.error.ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("bankIban"));
        List<UUID> unchanged = crew.org().as(crew.ana(), tx -> List.of(new PersonalDataService(tx).profileOf(crew.anaPerson().id())
                .filter(p -> p.bankIban().equals(crew.profile().bankIban())).orElseThrow().id()));
        assertThat(unchanged).containsExactly(crew.profile().id());
    }
}
