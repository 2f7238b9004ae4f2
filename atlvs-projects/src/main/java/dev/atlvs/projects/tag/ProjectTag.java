package dev.atlvs.projects.tag;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A tag on a project, as the {@code project_tags} view shows it. Read-only: tag and untag projects
 * through {@link dev.atlvs.core.tag.TagService} with the entity reference {@code project:<id>}.
 *
 * @param organizationId the organization
 * @param projectId the tagged project
 * @param tagId the tag
 * @param tag the tag's name
 * @param color the tag's color as {@code #RRGGBB}, if it has one
 * @param taggingId the tagging that puts the tag on the project
 * @param taggedAt when the tag was put on the project
 * @param taggedBy who put it there, when known
 */
public record ProjectTag(UUID organizationId, UUID projectId, UUID tagId, String tag, Optional<String> color, UUID taggingId,
        Instant taggedAt, Optional<UUID> taggedBy) {

    public ProjectTag {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(tagId, "tagId is null");
        requireNonNull(tag, "tag is null");
        requireNonNull(color, "color is null");
        requireNonNull(taggingId, "taggingId is null");
        requireNonNull(taggedAt, "taggedAt is null");
        requireNonNull(taggedBy, "taggedBy is null");
    }
}
