package dev.atlvs.people.endorsement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.people.testing.PeopleFixtures.FestivalEndorsements;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

@AtlvsTest
class EndorsementServiceTest {

    @Test
    void anEndorsementIsStoredAsGivenAndAudited(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Endorsing Crew");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Competency rigging = PeopleFixtures.competency(acme, "Rigging", true);

        // when
        EndorsementView stored = acme.asOwner(tx -> new EndorsementService(tx).endorse(Endorsement.builder().organizationId(acme.id())
                .personId(ana.id()).endorserId(ben.id()).competencyId(rigging.id()).rating(5).message("Calm on a 40 m truss").build()));

        // then
        Endorsement read = acme.asOwner(tx -> tx.repository(EndorsementRepository.class).get(stored.endorsement().id()));
        assertThat(read).isEqualTo(stored.endorsement());
        assertThat(read.personId()).isEqualTo(ana.id());
        assertThat(read.endorserId()).contains(ben.id());
        assertThat(read.endorserName()).isEmpty();
        assertThat(read.competencyId()).contains(rigging.id());
        assertThat(read.rating()).contains(5);
        assertThat(read.message()).contains("Calm on a 40 m truss");
        assertThat(stored.verified()).isFalse();
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Endorsement.TABLE, read.id()));
        assertThat(history).extracting(AuditEntry::action, AuditEntry::actorId).containsExactly(tuple(AuditAction.INSERT, Optional.of(acme.owner().id())));
    }

    @Test
    void anEndorsementByACrewmateOfACompletedProjectIsVerifiedAndOthersAreNot(Fixtures fixtures) {
        // given: Ana and Ben worked the completed Harbour Festival; Cleo did not; Maya is an external referee
        OrganizationFixture acme = fixtures.organization("Harbour Crew");
        FestivalEndorsements festival = PeopleFixtures.festivalEndorsements(acme);

        // when
        List<EndorsementView> ofAna = acme.asOwner(tx -> new EndorsementService(tx).of(festival.ana().id()));

        // then
        assertThat(ofAna).extracting(view -> view.endorsement().id(), EndorsementView::verified).containsExactlyInAnyOrder(
                tuple(festival.verified().endorsement().id(), true),
                tuple(festival.unverified().endorsement().id(), false),
                tuple(festival.referee().endorsement().id(), false));
        assertThat(festival.verified().verified()).isTrue();
    }

    @Test
    void sharingAProjectThatIsNotCompletedDoesNotVerify(Fixtures fixtures) {
        // given: Ana and Ben are on the team of a project still in planning
        OrganizationFixture acme = fixtures.organization("Planning Crew");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        var project = dev.atlvs.projects.testing.ProjectFixtures.project(acme, "Winter Arena Run");
        dev.atlvs.projects.testing.ProjectFixtures.manager(acme, project);
        acme.asOwner(tx -> List.of(ana, ben).stream().map(p -> tx.repository(dev.atlvs.projects.team.ProjectMemberRepository.class)
                .insert(dev.atlvs.projects.team.ProjectMember.builder().organizationId(acme.id()).projectId(project.id()).personId(p.id())
                        .role(dev.atlvs.projects.team.ProjectRole.MEMBER).function("Rigger").build())).toList());

        // when
        EndorsementView view = PeopleFixtures.endorsement(acme, ana, ben, PeopleFixtures.competency(acme, "Rigging", true), 4, "Solid");

        // then
        assertThat(view.verified()).isFalse();
    }

    @Test
    void aPersonCannotEndorseThemselvesThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Praise");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "people_endorsements");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new EndorsementService(tx).endorse(Endorsement.builder().organizationId(acme.id())
                .personId(ana.id()).endorserId(ana.id()).rating(5).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("endorserId", "people_endorsements_self_check"));
                });
        assertThat(Rows.count(database, "people_endorsements")).isEqualTo(before);
    }

    @Test
    void aPersonCannotEndorseThemselvesByRawSql(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Praise Raw");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        long before = Rows.count(database, "people_endorsements");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.people_endorsements (organization_id, person_id, endorser_id, rating)
                values (:organizationId, :ana, :ana, 5)
                """).bind("organizationId", acme.id()).bind("ana", ana.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endorserId", "people_endorsements_self_check")));
        assertThat(Rows.count(database, "people_endorsements")).isEqualTo(before);
    }

    @Test
    void anEndorsementNamesAPersonOrAnExternalRefereeButNotBoth(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Two Endorsers");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");

        assertThatThrownBy(() -> Endorsement.builder().organizationId(acme.id()).personId(ana.id()).endorserId(ben.id())
                .endorserName("Maya Brandt").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endorserId", "people_endorsements_endorser_check")));
        assertThatThrownBy(() -> Endorsement.builder().organizationId(acme.id()).personId(ana.id()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endorserId", "people_endorsements_endorser_check")));
    }

    @Test
    void anEndorserEndorsesAPersonOnceForACompetency(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Praise");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Competency rigging = PeopleFixtures.competency(acme, "Rigging", true);
        PeopleFixtures.endorsement(acme, ana, ben, rigging, 5, "Great");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.endorsement(acme, ana, ben, rigging, 4, "Great again"))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).contains("personId", "endorserId", "competencyId"));
    }

    @Test
    void twoGeneralEndorsementsBySameRefereeAreOneTooMany(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Referee Twice");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Endorsement general = Endorsement.builder().organizationId(acme.id()).personId(ana.id()).endorserName("Maya Brandt").build();
        acme.asOwner(tx -> new EndorsementService(tx).endorse(general));

        assertThatThrownBy(() -> acme.asOwner(tx -> new EndorsementService(tx).endorse(general)))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void verifiedEndorsementsWeighMoreInTheScore(Fixtures fixtures) {
        // given: one verified endorsement (rating 5), one unverified (4) and one referee's (4), all for rigging
        OrganizationFixture acme = fixtures.organization("Weighted Praise");
        FestivalEndorsements festival = PeopleFixtures.festivalEndorsements(acme);

        // when
        EndorsementScore score = acme.asOwner(tx -> new EndorsementService(tx).score(festival.ana().id(), Optional.of(festival.rigging().id())));
        EndorsementScore ofBen = acme.asOwner(tx -> new EndorsementService(tx).score(festival.ben().id(), Optional.empty()));

        // then: 1.0 + 0.4 + 0.4, and the ratings weighted the same way: (5 * 1.0 + 4 * 0.4 + 4 * 0.4) / 1.8
        assertThat(score.personId()).isEqualTo(festival.ana().id());
        assertThat(score.competencyId()).contains(festival.rigging().id());
        assertThat(score.endorsements()).isEqualTo(3);
        assertThat(score.verified()).isEqualTo(1);
        assertThat(score.score()).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.weightedRating().getAsDouble()).isCloseTo(8.2 / 1.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ofBen).isEqualTo(new EndorsementScore(festival.ben().id(), Optional.empty(), 0, 0, 0.0, OptionalDouble.empty()));
    }
}
