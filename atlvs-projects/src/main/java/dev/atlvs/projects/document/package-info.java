/**
 * Project documents: the files attached to projects, read through the {@code project_documents} view
 * (the audit's {@code project_files}, consolidated into attachments and storage files). Attach and
 * detach with {@link dev.atlvs.core.attachment.AttachmentService}.
 *
 * <pre>{@code
 * new AttachmentService(tx).attach(new EntityRef("project", festival.id()), sitePlan.id(), AttachmentLabel.STAGE_PLOT);
 * List<ProjectDocument> documents = tx.repository(ProjectDocumentRepository.class).of(festival.id());
 * }</pre>
 */
package dev.atlvs.projects.document;
