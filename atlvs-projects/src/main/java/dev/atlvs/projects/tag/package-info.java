/**
 * Project tags: the tags on projects, read through the {@code project_tags} view (consolidated into the
 * polymorphic taggings). Tag and untag with {@link dev.atlvs.core.tag.TagService}.
 *
 * <pre>{@code
 * Tag headline = new TagService(tx).create("Headline act", Optional.of("#D4AF37"));
 * new TagService(tx).tag(new EntityRef("project", festival.id()), headline.id());
 * ProjectTagRepository projectTags = tx.repository(ProjectTagRepository.class);
 * List<ProjectTag> tags = projectTags.of(festival.id());
 * List<Project> headliners = projectTags.projectsTagged("headline act");
 * }</pre>
 */
package dev.atlvs.projects.tag;
