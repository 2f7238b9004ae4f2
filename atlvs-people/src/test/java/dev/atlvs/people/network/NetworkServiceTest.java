package dev.atlvs.people.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.people.testing.PeopleFixtures.CrewNetwork;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@AtlvsTest
class NetworkServiceTest {

    @Test
    void aSymmetricConnectionIsStoredOnceInIdOrderWhicheverSideRecordsIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Colleagues");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Person larger = Connection.compareIds(ana.id(), ben.id()) > 0 ? ana : ben;
        Person smaller = larger == ana ? ben : ana;

        // when: the person with the larger id records it
        Relationship recorded = acme.asOwner(tx -> new NetworkService(tx).connect(larger.id(), smaller.id(), RelationshipType.COLLEAGUE, 4,
                Optional.of("Toured Europe together")));

        // then
        assertThat(recorded).isEqualTo(new Relationship(larger.id(), smaller.id(), RelationshipType.COLLEAGUE, 4, Optional.of("Toured Europe together")));
        List<Connection> rows = acme.asOwner(tx -> tx.repository(ConnectionRepository.class).between(ana.id(), ben.id()));
        assertThat(rows).extracting(Connection::personId, Connection::connectedPersonId, Connection::relationshipType, Connection::strength)
                .containsExactly(tuple(smaller.id(), larger.id(), RelationshipType.COLLEAGUE, 4));
        assertThatThrownBy(() -> acme.asOwner(tx -> new NetworkService(tx).connect(smaller.id(), larger.id(), RelationshipType.COLLEAGUE, 3,
                Optional.empty()))).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aMentorConnectionIsStoredWithItsInverse(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Mentors");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Production Electrician");
        Person cleo = PeopleFixtures.person(acme, "Cleo", "Martin", "Lighting Technician");

        // when
        acme.asOwner(tx -> new NetworkService(tx).connect(ben.id(), cleo.id(), RelationshipType.MENTOR, 5, Optional.empty()));

        // then
        List<Connection> rows = acme.asOwner(tx -> tx.repository(ConnectionRepository.class).between(ben.id(), cleo.id()));
        assertThat(rows).extracting(Connection::personId, Connection::connectedPersonId, Connection::relationshipType)
                .containsExactlyInAnyOrder(tuple(ben.id(), cleo.id(), RelationshipType.MENTOR), tuple(cleo.id(), ben.id(), RelationshipType.MENTEE));
        List<Relationship> ofCleo = acme.asOwner(tx -> new NetworkService(tx).connectionsOf(cleo.id()));
        assertThat(ofCleo).containsExactly(new Relationship(cleo.id(), ben.id(), RelationshipType.MENTEE, 5, Optional.empty()));
    }

    @Test
    void changingAndRemovingAMentorConnectionTouchesBothRows(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Former Mentors");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Production Electrician");
        Person cleo = PeopleFixtures.person(acme, "Cleo", "Martin", "Lighting Technician");
        PeopleFixtures.connection(acme, ben, cleo, RelationshipType.MENTOR, 5);

        Relationship changed = acme.asOwner(tx -> new NetworkService(tx).change(cleo.id(), ben.id(), RelationshipType.MENTEE, 2,
                Optional.of("Less contact since the spring")));
        assertThat(changed).isEqualTo(new Relationship(cleo.id(), ben.id(), RelationshipType.MENTEE, 2, Optional.of("Less contact since the spring")));
        List<Connection> changedRows = acme.asOwner(tx -> tx.repository(ConnectionRepository.class).between(ben.id(), cleo.id()));
        assertThat(changedRows).extracting(Connection::strength).containsExactly(2, 2);

        acme.asOwner(tx -> {
            new NetworkService(tx).disconnect(ben.id(), cleo.id(), RelationshipType.MENTOR);
            return null;
        });
        List<Connection> remaining = acme.asOwner(tx -> tx.repository(ConnectionRepository.class).between(ben.id(), cleo.id()));
        assertThat(remaining).isEmpty();
    }

    @Test
    void aPersonIsNotConnectedToThemselves(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Self Connected");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "people_network");

        assertThatThrownBy(() -> PeopleFixtures.connection(acme, ana, ana, RelationshipType.FRIEND, 3))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("connectedPersonId", "people_network_self_check")));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.people_network (organization_id, person_id, connected_person_id, relationship_type)
                values (:organizationId, :ana, :ana, 'mentor')
                """).bind("organizationId", acme.id()).bind("ana", ana.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("connectedPersonId", "people_network_self_check")));
        assertThat(Rows.count(database, "people_network")).isEqualTo(before);
    }

    @Test
    void aSymmetricConnectionStoredInTheWrongOrderIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Wrong Order");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        UUID larger = Connection.compareIds(ana.id(), ben.id()) > 0 ? ana.id() : ben.id();
        UUID smaller = larger.equals(ana.id()) ? ben.id() : ana.id();

        // when / then: through a value, and by raw SQL
        assertThatThrownBy(() -> Connection.builder().organizationId(acme.id()).personId(larger).connectedPersonId(smaller)
                .relationshipType(RelationshipType.FRIEND).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("connectedPersonId", "people_network_order_check")));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.people_network (organization_id, person_id, connected_person_id, relationship_type)
                values (:organizationId, :larger, :smaller, 'friend')
                """).bind("organizationId", acme.id()).bind("larger", larger).bind("smaller", smaller).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("connectedPersonId", "people_network_order_check"));
                });
    }

    @Test
    void aMentorRowWithoutItsMenteeRowIsRefusedAtCommit(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Half Pairs");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Production Electrician");
        Person cleo = PeopleFixtures.person(acme, "Cleo", "Martin", "Lighting Technician");
        long before = Rows.count(database, "people_network");

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(ConnectionRepository.class).insert(Connection.builder().organizationId(acme.id())
                .personId(ben.id()).connectedPersonId(cleo.id()).relationshipType(RelationshipType.MENTOR).build())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("relationshipType");
                    assertThat(e.rule()).contains("people_network_inverse");
                });
        assertThat(Rows.count(database, "people_network")).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsEachWritingHalfAMentorPairCannotCommitAHalfPair(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Half Pairs " + isolation);
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Production Electrician");
        Person cleo = PeopleFixtures.person(acme, "Cleo", "Martin", "Lighting Technician");

        // when: one transaction writes the mentor row, the other the mentee row, both begun before either writes
        List<Race.Outcome<Connection>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ConnectionRepository.class).insert(Connection.builder().organizationId(acme.id())
                            .personId(ben.id()).connectedPersonId(cleo.id()).relationshipType(RelationshipType.MENTOR).build());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ConnectionRepository.class).insert(Connection.builder().organizationId(acme.id())
                            .personId(cleo.id()).connectedPersonId(ben.id()).relationshipType(RelationshipType.MENTEE).build());
                })));

        // then: neither half commits on its own, and no half pair is stored
        assertThat(outcomes).noneMatch(Race.Outcome::won);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure().orElseThrow())
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("people_network_inverse")));
        List<Connection> rows = acme.asOwner(tx -> tx.repository(ConnectionRepository.class).between(ben.id(), cleo.id()));
        assertThat(rows).isEmpty();
    }

    @Test
    void theIntroductionPathNamesEachPersonAndRelationship(Fixtures fixtures) {
        // given: Ana - colleague - Ben - mentor of - Cleo - collaborator - Dev
        OrganizationFixture acme = fixtures.organization("Crew Network");
        CrewNetwork crew = PeopleFixtures.crewNetwork(acme);

        // when
        Optional<IntroductionPath> path = acme.asOwner(tx -> new NetworkService(tx).path(crew.ana().id(), crew.dev().id()));

        // then
        assertThat(path).contains(new IntroductionPath(
                List.of(new IntroductionPath.PathPerson(crew.ana().id(), "Ana Souza"), new IntroductionPath.PathPerson(crew.ben().id(), "Ben Okafor"),
                        new IntroductionPath.PathPerson(crew.cleo().id(), "Cleo Martin"), new IntroductionPath.PathPerson(crew.dev().id(), "Dev Patel")),
                List.of(new IntroductionPath.Hop(crew.ana().id(), crew.ben().id(), RelationshipType.COLLEAGUE),
                        new IntroductionPath.Hop(crew.ben().id(), crew.cleo().id(), RelationshipType.MENTOR),
                        new IntroductionPath.Hop(crew.cleo().id(), crew.dev().id(), RelationshipType.COLLABORATOR))));
        Optional<IntroductionPath> back = acme.asOwner(tx -> new NetworkService(tx).path(crew.dev().id(), crew.ana().id()));
        assertThat(back.orElseThrow().hops()).extracting(IntroductionPath.Hop::relationship)
                .containsExactly(RelationshipType.COLLABORATOR, RelationshipType.MENTEE, RelationshipType.COLLEAGUE);
    }

    @Test
    void nobodyReachesSomeoneWithoutConnections(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Loners");
        CrewNetwork crew = PeopleFixtures.crewNetwork(acme);

        Optional<IntroductionPath> path = acme.asOwner(tx -> new NetworkService(tx).path(crew.ana().id(), crew.eve().id()));
        OptionalInt degrees = acme.asOwner(tx -> new NetworkService(tx).degrees(crew.ana().id(), crew.eve().id()));
        assertThat(path).isEmpty();
        assertThat(degrees).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aPathLongerThanTheMaximumDepthIsNotFound(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Far Apart");
        CrewNetwork crew = PeopleFixtures.crewNetwork(acme);

        Optional<IntroductionPath> withinTwo = acme.asOwner(tx -> new NetworkService(tx).path(crew.ana().id(), crew.dev().id(), 2, 1000));
        Optional<IntroductionPath> withinThree = acme.asOwner(tx -> new NetworkService(tx).path(crew.ana().id(), crew.dev().id(), 3, 1000));
        OptionalInt toThemselves = acme.asOwner(tx -> new NetworkService(tx).degrees(crew.ana().id(), crew.ana().id()));
        assertThat(withinTwo).isEmpty();
        assertThat(withinThree.map(IntroductionPath::degrees)).contains(3);
        assertThat(toThemselves).isEqualTo(OptionalInt.of(0));
    }
}
