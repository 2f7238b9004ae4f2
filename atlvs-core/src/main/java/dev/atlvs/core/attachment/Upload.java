package dev.atlvs.core.attachment;

import dev.atlvs.core.AtlvsStyle;
import org.immutables.value.Value;

/**
 * The metadata of content the host has put into its object storage, to register with
 * {@link StorageService#register} or {@link StorageService#createVersion}. It is validated as the
 * {@link StorageFile} it becomes (field names are the same).
 *
 * <pre>{@code
 * Upload upload = Upload.builder()
 *         .name("Main Stage plot v3.pdf")
 *         .mediaType("application/pdf")
 *         .sizeBytes(482_113)
 *         .checksumSha256(sha256Hex)
 *         .storageKey("acme/2026/main-stage-plot-v3.pdf")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@AtlvsStyle
public interface Upload {

    static ImmutableUpload.Builder builder() {
        return ImmutableUpload.builder();
    }

    /** The file name shown to users. */
    String name();

    /** The media type, such as {@code application/pdf}. */
    String mediaType();

    /** The size of the content in bytes. */
    long sizeBytes();

    /** The SHA-256 of the content, as 64 lower-case hexadecimal digits. */
    String checksumSha256();

    /** Where the object storage keeps the content. */
    String storageKey();
}
