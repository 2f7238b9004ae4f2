package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationService;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The profile views: profile_documents over attachments and person_documents, user_profile_activity over the audit trail. */
@AtlvsTest
class ProfileViewsTest {

    @Test
    void aDescribedAttachmentOnAPersonIsAProfileDocument(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Passport Desk");
        Person eli = PeopleFixtures.person(acme, "Eli", "Moreau", "Lighting Designer");
        PersonDocument passport = PeopleFixtures.document(acme, eli, DocumentType.PASSPORT, LocalDate.of(2031, 5, 1));

        // when
        List<ProfileDocument> documents = acme.asOwner(tx -> tx.repository(ProfileDocumentRepository.class).of(eli.id()));
        List<ProfileDocument> expiring = acme.asOwner(tx -> tx.repository(ProfileDocumentRepository.class).expiringThrough(LocalDate.of(2031, 12, 31)));

        // then
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(passport.id());
            assertThat(d.attachmentId()).isEqualTo(passport.attachmentId());
            assertThat(d.documentType()).isEqualTo(DocumentType.PASSPORT);
            assertThat(d.expiresAt()).contains(LocalDate.of(2031, 5, 1));
            assertThat(d.fileName()).isEqualTo("passport.pdf");
            assertThat(d.mediaType()).isEqualTo("application/pdf");
        });
        assertThat(expiring).extracting(ProfileDocument::id).containsExactly(passport.id());
    }

    @Test
    void aPersonsDocumentsAreReadableByHrButNotByAnotherMember(Fixtures fixtures) {
        // given: a manager holds ordinary rights but no personal-data access
        OrganizationFixture acme = fixtures.organization("HR Desk");
        User manager = acme.addMember(MemberRole.MANAGER);
        Person eli = PeopleFixtures.person(acme, "Eli", "Moreau", "Lighting Designer");
        PersonDocument passport = PeopleFixtures.document(acme, eli, DocumentType.PASSPORT, LocalDate.of(2031, 5, 1));

        // when
        List<ProfileDocument> asOwner = acme.asOwner(tx -> new PersonDocumentService(tx).of(eli.id()));

        // then
        assertThat(asOwner).extracting(ProfileDocument::id).containsExactly(passport.id());
        assertThatThrownBy(() -> acme.as(manager, tx -> new PersonDocumentService(tx).of(eli.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).contains(PeoplePermissions.PERSONAL_ACCESS.name()));
    }

    @Test
    void anAttachmentOnAnotherPersonCannotBeDescribedAsThisPersonsDocument(Fixtures fixtures, TestDatabase database) {
        // given: a passport scan attached to Eli
        OrganizationFixture acme = fixtures.organization("Wrong Drawer");
        Person eli = PeopleFixtures.person(acme, "Eli", "Moreau", "Lighting Designer");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        PersonDocument elis = PeopleFixtures.document(acme, eli, DocumentType.PASSPORT, LocalDate.of(2031, 5, 1));
        long before = Rows.count(database, "person_documents");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new PersonDocumentService(tx).describe(PersonDocument.builder().organizationId(acme.id())
                .personId(ana.id()).attachmentId(elis.attachmentId()).documentType(DocumentType.VISA).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_DOCUMENT_NOT_ON_PERSON);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("attachmentId", "person_documents_attachment_person"));
                });
        assertThat(Rows.count(database, "person_documents")).isEqualTo(before);
    }

    @Test
    void theProfileActivityListsEachChangeByKindWithoutValues(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Activity Feed");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Certification ipaf = PeopleFixtures.certification(acme, ben, "IPAF 3a+3b", "IPAF", Optional.empty(), LocalDate.of(2021, 9, 1),
                LocalDate.of(2026, 8, 31));
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.PENDING);
        acme.asOwner(tx -> new EmergencyContactService(tx).update(ImmutableEmergencyContact.copyOf(ada).withPhonePrimary("+447700900999")));
        acme.asOwner(tx -> new CertificationService(tx).expirePast(LocalDate.of(2026, 9, 1)));

        // when
        List<ProfileActivity> activity = acme.asOwner(tx -> tx.repository(ProfileActivityRepository.class).of(ben.id(), 50));

        // then
        assertThat(activity).extracting(ProfileActivity::activityType, ProfileActivity::recordId, ProfileActivity::performedBy)
                .containsExactly(
                        tuple("profile_created", ben.id(), Optional.of(acme.owner().id())),
                        tuple("certification_added", ipaf.id(), Optional.of(acme.owner().id())),
                        tuple("emergency_contact_added", ada.id(), Optional.of(acme.owner().id())),
                        tuple("emergency_contact_updated", ada.id(), Optional.of(acme.owner().id())),
                        tuple("certification_expired", ipaf.id(), Optional.of(acme.owner().id())));
        assertThat(activity.get(3).changedFields()).contains("phone_primary");
        assertThat(activity).allSatisfy(a -> {
            assertThat(a.personId()).isEqualTo(ben.id());
            assertThat(a.userId()).isEmpty();
        });
    }
}
