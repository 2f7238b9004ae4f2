package dev.atlvs.core.attachment;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One stored blob: its metadata here, its bytes in the host's object storage under {@link #storageKey()}.
 * The content ({@link #sizeBytes()}, {@link #checksumSha256()}, {@link #storageKey()}) never changes; a
 * changed document is a new file that points at its predecessor ({@link #versionOf()}). Each file has at
 * most one newer version, so a document's versions form one chain whose latest file is the one no other
 * file points at. Register files through {@link StorageService}, which de-duplicates content and checks the
 * storage quota (the database enforces the quota as well).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("storage_files")
public interface StorageFile extends TenantEntity {

    Table<StorageFile, ImmutableStorageFile.Builder> TABLE = StorageFileTable.TABLE;

    /** A media type as {@code type/subtype} in lower case, such as {@code application/pdf}. */
    String MEDIA_TYPE_PATTERN = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";

    static ImmutableStorageFile.Builder builder() {
        return ImmutableStorageFile.builder();
    }

    /** The file name shown to users, 1 to 255 characters. */
    @Db.Sortable
    @NotBlank
    @Size(max = 255)
    String name();

    /** The media type, such as {@code application/pdf} or {@code image/png}. */
    @NotNull
    @Pattern(regexp = MEDIA_TYPE_PATTERN, message = "must be a lower-case media type such as application/pdf")
    String mediaType();

    /** The size of the content in bytes. */
    @Db.Fixed
    @Db.Sortable
    @PositiveOrZero
    long sizeBytes();

    /** The SHA-256 of the content, as 64 lower-case hexadecimal digits. */
    @Db.Fixed
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 as 64 lower-case hexadecimal digits")
    String checksumSha256();

    /** Where the host's object storage keeps the content; unique in the organization. */
    @Db.Fixed
    @NotBlank
    @Size(max = 1024)
    String storageKey();

    @Db.Sortable
    @Value.Default
    default FileStatus status() {
        return FileStatus.ACTIVE;
    }

    /** The previous version of the same document, if this file is a newer version. */
    @Db.Fixed
    Optional<UUID> versionOf();

    /** The user who uploaded the content. */
    @Db.Fixed
    UUID uploadedBy();

    @Value.Check
    default void check() {
        if (versionOf().isPresent() && versionOf().get().equals(id())) {
            throw dev.atlvs.core.CoreRules.STORAGE_FILES_VERSION_OF_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
