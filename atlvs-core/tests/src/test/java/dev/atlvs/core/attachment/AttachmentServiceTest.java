package dev.atlvs.core.attachment;

import static dev.atlvs.core.attachment.Storage.MIB;
import static dev.atlvs.core.attachment.Storage.attachments;
import static dev.atlvs.core.attachment.Storage.register;
import static dev.atlvs.core.attachment.Storage.storage;
import static dev.atlvs.core.attachment.Storage.upload;
import static dev.atlvs.core.attachment.Storage.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.AttachedFile;
import dev.atlvs.core.attachment.Attachment;
import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.FileStatus;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/**
 * Attachments link an active file to a record of the organization, once per record and file. Removing a
 * link, or the record, never removes the file.
 */
@AtlvsTest
class AttachmentServiceTest {

    @Test
    void attachedFilesAreListedWithTheirRecord(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Paper Trail");
        EntityRef stage = venue(acme, "Main Stage");
        StorageFile plot = register(acme, upload("Stage plot.pdf", MIB));
        StorageFile photo = register(acme, upload("Stage.jpg", 3 * MIB));

        // when
        Attachment plotLink = attachments(acme, service -> service.attach(stage, plot.id(), AttachmentLabel.STAGE_PLOT));
        Attachment photoLink = attachments(acme, service -> service.attach(stage, photo.id(), AttachmentLabel.PHOTO));

        // then
        assertThat(attachments(acme, (AttachmentService service) -> service.attachmentsOf(stage)))
                .containsExactly(new AttachedFile(plotLink, plot), new AttachedFile(photoLink, photo));
        assertThat(plotLink.createdBy()).contains(acme.owner().id());
    }

    @Test
    void attachingTheSameFileToARecordTwiceIsADuplicate(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Attachers");
        EntityRef stage = venue(acme, "Arena");
        StorageFile coi = register(acme, upload("COI.pdf", MIB));
        attachments(acme, service -> service.attach(stage, coi.id(), AttachmentLabel.COI));
        long before = Rows.count(database, "attachments");

        // when / then
        assertThatThrownBy(() -> attachments(acme, service -> service.attach(stage, coi.id(), AttachmentLabel.EVIDENCE)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).contains("fileId"));
        assertThat(Rows.count(database, "attachments")).isEqualTo(before);
    }

    @Test
    void attachingToARecordThatDoesNotExistIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Lost Attachers");
        StorageFile receipt = register(acme, upload("Receipt.pdf", MIB));
        long before = Rows.count(database, "attachments");

        // when / then
        assertThatThrownBy(() -> attachments(acme, service -> service.attach(EntityTypes.require("location").ref(Ids.newId()),
                        receipt.id(), AttachmentLabel.RECEIPT)))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "attachments")).isEqualTo(before);
    }

    @Test
    void attachingAnotherOrganizationsFileIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("File Borrowers");
        OrganizationFixture globex = fixtures.organization("File Owners");
        EntityRef stage = venue(acme, "Borrowed Stage");
        StorageFile theirs = register(globex, upload("Their contract.pdf", MIB));
        long before = Rows.count(database, "attachments");

        // when / then
        assertThatThrownBy(() -> attachments(acme, service -> service.attach(stage, theirs.id(), AttachmentLabel.CONTRACT)))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("fileId"));
        assertThat(Rows.count(database, "attachments")).isEqualTo(before);
    }

    @Test
    void attachingToAnUnknownEntityTypeIsRefusedNamingEntityType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Typeless Attachers");
        StorageFile file = register(acme, upload("Notes.txt", MIB));
        long before = Rows.count(database, "attachments");

        // when / then
        assertThatThrownBy(() -> attachments(acme, service -> service.attach(new EntityRef("hologram", Ids.newId()), file.id(),
                        AttachmentLabel.OTHER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("entityType"));
        assertThat(Rows.count(database, "attachments")).isEqualTo(before);
    }

    @Test
    void onlyAnActiveFileIsAttached(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Careful Attachers");
        EntityRef stage = venue(acme, "Scanned Stage");
        StorageFile suspicious = register(acme, upload("Invoice.exe.pdf", MIB));
        storage(acme, files -> files.quarantine(suspicious.id()));
        long before = Rows.count(database, "attachments");

        // when / then
        assertThatThrownBy(() -> attachments(acme, service -> service.attach(stage, suspicious.id(), AttachmentLabel.RECEIPT)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("fileId");
                });
        assertThat(Rows.count(database, "attachments")).isEqualTo(before);
    }

    @Test
    void detachingRemovesTheLinkButKeepsTheFile(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Detachers");
        EntityRef stage = venue(acme, "Tent");
        StorageFile plot = register(acme, upload("Tent plot.pdf", MIB));
        Attachment link = attachments(acme, service -> service.attach(stage, plot.id(), AttachmentLabel.STAGE_PLOT));

        // when
        attachments(acme, service -> {
            service.detach(link.id());
            return null;
        });

        // then
        assertThat(attachments(acme, (AttachmentService service) -> service.attachmentsOf(stage))).isEmpty();
        assertThat(storage(acme, (StorageService files) -> files.get(plot.id()))).isEqualTo(plot);
    }

    @Test
    void aContributorDetachesOnlyWhatTheyAttached(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Polite Detachers");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = venue(acme, "Bandstand");
        StorageFile plot = register(acme, upload("Bandstand plot.pdf", MIB));
        Attachment ownerLink = attachments(acme, service -> service.attach(stage, plot.id(), AttachmentLabel.STAGE_PLOT));

        // when / then
        assertThatThrownBy(() -> acme.as(crew, tx -> {
            new AttachmentService(tx).detach(ownerLink.id());
            return null;
        })).isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(CorePermissions.ATTACHMENTS_DELETE.name()));
        assertThat(attachments(acme, (AttachmentService service) -> service.attachmentsOf(stage))).hasSize(1);
    }

    @Test
    void anAttachedFileIsNotDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Attached Keepers");
        EntityRef stage = venue(acme, "Pier");
        StorageFile plot = register(acme, upload("Pier plot.pdf", MIB));
        attachments(acme, service -> service.attach(stage, plot.id(), AttachmentLabel.STAGE_PLOT));

        // when / then
        assertThatThrownBy(() -> storage(acme, files -> files.delete(plot.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STILL_REFERENCED));
        assertThat(storage(acme, (StorageService files) -> files.get(plot.id())).status()).isEqualTo(FileStatus.ACTIVE);
    }

    @Test
    void deletingARecordRemovesItsAttachmentsButNotTheFiles(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Demolition Crew");
        EntityRef doomed = venue(acme, "Temporary Stage");
        EntityRef survivor = venue(acme, "Permanent Stage");
        StorageFile plot = register(acme, upload("Shared plot.pdf", MIB));
        attachments(acme, service -> service.attach(doomed, plot.id(), AttachmentLabel.STAGE_PLOT));
        Attachment kept = attachments(acme, service -> service.attach(survivor, plot.id(), AttachmentLabel.STAGE_PLOT));
        long links = Rows.count(database, "attachments");
        long files = Rows.count(database, "storage_files");

        // when
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.delete(locations.get(doomed.id()));
            return null;
        });

        // then
        assertThat(Rows.count(database, "attachments")).isEqualTo(links - 1);
        assertThat(Rows.count(database, "storage_files")).isEqualTo(files);
        assertThat(attachments(acme, (AttachmentService service) -> service.usesOf(plot.id()))).containsExactly(kept);
    }
}
