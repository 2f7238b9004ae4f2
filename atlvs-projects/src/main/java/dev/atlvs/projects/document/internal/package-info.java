/** Public for technical reasons only: the row mapper of the {@code project_documents} view. Not API. */
package dev.atlvs.projects.document.internal;
