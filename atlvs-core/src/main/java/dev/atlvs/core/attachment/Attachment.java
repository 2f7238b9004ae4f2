package dev.atlvs.core.attachment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The link between a stored file and a record of any registered entity type ({@link #entity()}), with
 * what the file is to the record ({@link #label()}). A file is attached to a record at most once.
 * Deleting the record removes its attachments; removing an attachment never deletes the file.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("attachments")
public interface Attachment extends TenantEntity {

    Table<Attachment, ImmutableAttachment.Builder> TABLE = AttachmentTable.TABLE;

    static ImmutableAttachment.Builder builder() {
        return ImmutableAttachment.builder();
    }

    /** The type of the record, a registered {@link dev.atlvs.core.entity.EntityType} name. */
    @Db.Fixed
    @NotNull
    @Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a registered entity type such as location")
    String entityType();

    /** The record the file is attached to. */
    @Db.Fixed
    UUID entityId();

    /** The attached file. */
    @Db.Fixed
    UUID fileId();

    @Db.Sortable
    @Value.Default
    default AttachmentLabel label() {
        return AttachmentLabel.OTHER;
    }

    Optional<@Size(max = 2000) String> description();

    /** Whether the host may show the file to people outside the organization (a public listing, a client portal). */
    @Value.Default
    default boolean isPublic() {
        return false;
    }

    /** The record the file is attached to, as a reference. */
    default EntityRef entity() {
        return new EntityRef(entityType(), entityId());
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
