/** Public for technical reasons only: the row mapper of the {@code project_tags} view. Not API. */
package dev.atlvs.projects.tag.internal;
