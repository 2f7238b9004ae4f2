/**
 * Stored files and attachments: one {@link dev.atlvs.core.attachment.StorageFile} per blob (de-duplicated
 * by checksum, versioned, counted against the organization's storage quota) and
 * {@link dev.atlvs.core.attachment.Attachment}s linking files to records of any registered entity type.
 *
 * <pre>{@code
 * StorageFile plot = new StorageService(tx).register(Upload.builder()
 *         .name("Main Stage plot.pdf").mediaType("application/pdf").sizeBytes(482_113)
 *         .checksumSha256(sha256Hex).storageKey("acme/main-stage-plot.pdf").build());
 * AttachmentService attachments = new AttachmentService(tx);
 * attachments.attach(EntityTypes.require("location").ref(stageId), plot.id(), AttachmentLabel.STAGE_PLOT);
 * List<AttachedFile> files = attachments.attachmentsOf(EntityTypes.require("location").ref(stageId));
 * StorageUsage usage = new StorageService(tx).usage();
 * }</pre>
 */
package dev.atlvs.core.attachment;
