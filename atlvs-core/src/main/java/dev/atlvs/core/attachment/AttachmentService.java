package dev.atlvs.core.attachment;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.ReferenceMissingException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attaching stored files to records of any registered entity type, inside the caller's tenant
 * transaction. Only an active file is attached; a file is attached to a record once. Detaching removes
 * the link only, never the file. Deleting the record removes its attachments (the database does this).
 *
 * <p>Permissions: {@link CorePermissions#ATTACHMENTS_CREATE} to attach, {@link CorePermissions#ATTACHMENTS_READ} to list, and {@link CorePermissions#ATTACHMENTS_DELETE} to detach an
 * attachment someone else made (whoever attached a file may detach it).
 */
public final class AttachmentService {

    private final TenantTransaction tx;
    private final AttachmentRepository attachments;
    private final StorageFileRepository files;

    public AttachmentService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.attachments = tx.repository(AttachmentRepository.class);
        this.files = tx.repository(StorageFileRepository.class);
    }

    /** Attaches file {@code fileId} to {@code target} as {@code label}, not public, without description. */
    public Attachment attach(EntityRef target, UUID fileId, AttachmentLabel label) {
        requireNonNull(target, "target is null");
        return attach(Attachment.builder()
                .organizationId(tx.organizationId())
                .entityType(target.type())
                .entityId(target.id())
                .fileId(requireNonNull(fileId, "fileId is null"))
                .label(requireNonNull(label, "label is null"))
                .build());
    }

    /**
     * Stores {@code attachment}.
     *
     * @throws dev.atlvs.core.error.ValidationException when it breaks a rule, or names an unregistered entity
     *         type (field {@code entityType})
     * @throws ReferenceMissingException when the record (field {@code entityId}) or the file (field
     *         {@code fileId}) does not exist in this organization
     * @throws ConflictException ({@link CoreErrorCode#RULE_VIOLATED}) when the file is not active
     * @throws DuplicateException when the file is already attached to the record
     */
    public Attachment attach(Attachment attachment) {
        requireNonNull(attachment, "attachment is null");
        tx.require(CorePermissions.ATTACHMENTS_CREATE);
        tx.validate("Attachment", attachment);
        EntityType type = EntityTypes.require(attachment.entityType(), dev.atlvs.core.CoreRules.ATTACHMENTS_ENTITY_ID_TYPE);
        StorageFile file = files.find(attachment.fileId())
                .orElseThrow(() -> new ReferenceMissingException("Attachment", "fileId", "attachments_file_fkey", null));
        if (file.status() != FileStatus.ACTIVE) {
            throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "fileId", "only an active file is attached, not a " + file.status() + " one");
        }
        type.requireLive(tx, attachment.entityId(), "Attachment", "attachments");
        if (attachments.findLink(attachment.entityType(), attachment.entityId(), attachment.fileId()).isPresent()) {
            throw new DuplicateException("Attachment", List.of("entityType", "entityId", "fileId"), "attachments_file_unique", null);
        }
        return attachments.insert(attachment);
    }

    /** Changes the label, description or visibility of an attachment (the record and file stay). */
    public Attachment update(Attachment attachment) {
        requireNonNull(attachment, "attachment is null");
        tx.require(CorePermissions.ATTACHMENTS_UPDATE);
        return attachments.update(attachment);
    }

    /**
     * Removes attachment {@code id}; the file stays. Whoever attached it may; anyone else needs {@link CorePermissions#ATTACHMENTS_DELETE}.
     */
    public void detach(UUID id) {
        requireNonNull(id, "id is null");
        Attachment attachment = attachments.get(id);
        if (!attachment.createdBy().map(tx.actorId()::equals).orElse(false)) {
            tx.require(CorePermissions.ATTACHMENTS_DELETE);
        }
        attachments.delete(attachment);
    }

    /** The files attached to {@code target}, oldest attachment first. */
    public List<AttachedFile> attachmentsOf(EntityRef target) {
        requireNonNull(target, "target is null");
        tx.require(CorePermissions.ATTACHMENTS_READ);
        EntityTypes.require(target.type());
        List<Attachment> links = attachments.of(target.type(), target.id());
        if (links.isEmpty()) {
            return List.of();
        }
        Map<UUID, StorageFile> byId = files.withIds(links.stream().map(Attachment::fileId).distinct().toArray(UUID[]::new))
                .stream().collect(Collectors.toMap(StorageFile::id, Function.identity()));
        return links.stream().map(link -> new AttachedFile(link, byId.get(link.fileId()))).toList();
    }

    /** The records file {@code fileId} is attached to, oldest attachment first. */
    public List<Attachment> usesOf(UUID fileId) {
        requireNonNull(fileId, "fileId is null");
        tx.require(CorePermissions.ATTACHMENTS_READ);
        return attachments.ofFile(fileId);
    }
}
