package dev.atlvs.core.attachment;

import static java.util.Objects.requireNonNull;

/**
 * An attachment together with the file it links.
 *
 * @param attachment the link
 * @param file the stored file
 */
public record AttachedFile(Attachment attachment, StorageFile file) {
    public AttachedFile {
        requireNonNull(attachment, "attachment is null");
        requireNonNull(file, "file is null");
    }
}
