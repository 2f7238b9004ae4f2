package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.testing.ProjectFixtures.FestivalBuild;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import dev.atlvs.projects.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deleting a project for good removes everything that is part of it (team, tasks, milestones,
 * dependencies, resources, timelines, budget lines) and every comment, attachment and tag on it and its
 * tasks, and nothing of another project; the stored files stay. A soft delete removes nothing.
 */
@AtlvsTest
class ProjectDeletionTest {
    private static final String[] PARTS = {"project_members", "project_tasks", "project_milestones", "project_dependencies",
            "project_resources", "project_timelines", "project_budgets"};

    @Test
    void deletingAProjectRemovesItsPartsAndEverythingLinkedToIt(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Clean Sweeps");
        FestivalBuild doomed = ProjectFixtures.festivalBuild(acme);
        FestivalBuild survivor = ProjectFixtures.festivalBuild(acme);
        EntityRef project = new EntityRef("project", doomed.project().id());
        EntityRef task = new EntityRef("task", doomed.task("Build the main stage").id());
        StorageFile plan = acme.asOwner(tx -> new StorageService(tx).register(Upload.builder().name("Site plan.pdf").mediaType("application/pdf")
                .sizeBytes(1_000).checksumSha256(checksum()).storageKey("plans/" + UUID.randomUUID()).build()));
        Tag vip = acme.asOwner(tx -> new TagService(tx).create("VIP"));
        acme.asOwner(tx -> {
            new CommentService(tx).post(project, "Settlement meeting moved to Friday.");
            new CommentService(tx).post(task, "Deck panels arrive Tuesday.");
            new AttachmentService(tx).attach(project, plan.id(), AttachmentLabel.OTHER);
            new AttachmentService(tx).attach(task, plan.id(), AttachmentLabel.STAGE_PLOT);
            new TagService(tx).tag(project, vip.id());
            return new TagService(tx).tag(new EntityRef("project", survivor.project().id()), vip.id());
        });
        Map<String, Long> before = counts(database);

        // when
        acme.asOwner(tx -> {
            ProjectRepository projects = tx.repository(ProjectRepository.class);
            projects.delete(projects.get(doomed.project().id()));
            return null;
        });

        // then
        Map<String, Long> after = counts(database);
        assertThat(after.get("projects")).isEqualTo(before.get("projects") - 1);
        assertThat(after.get("project_members")).isEqualTo(before.get("project_members") - 1);
        assertThat(after.get("project_tasks")).isEqualTo(before.get("project_tasks") - doomed.tasks().size());
        assertThat(after.get("project_milestones")).isEqualTo(before.get("project_milestones") - doomed.milestones().size());
        assertThat(after.get("project_dependencies")).isEqualTo(before.get("project_dependencies") - doomed.dependencies().size());
        assertThat(after.get("project_resources")).isEqualTo(before.get("project_resources") - doomed.resources().size());
        assertThat(after.get("project_timelines")).isEqualTo(before.get("project_timelines") - doomed.timelines().size());
        assertThat(after.get("project_budgets")).isEqualTo(before.get("project_budgets") - doomed.budgets().size());
        assertThat(after.get("comments")).isEqualTo(before.get("comments") - 2);
        assertThat(after.get("attachments")).isEqualTo(before.get("attachments") - 2);
        assertThat(after.get("taggings")).isEqualTo(before.get("taggings") - 1);
        assertThat(after.get("storage_files")).isEqualTo(before.get("storage_files"));
        List<Task> survivingTasks = acme.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(survivor.project().id()));
        assertThat(survivingTasks).hasSameSizeAs(survivor.tasks());
    }

    @Test
    void softDeletingAProjectKeepsItsPartsAndBringsItBackWhole(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Thoughts");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Map<String, Long> before = counts(database);

        // when
        Project deleted = acme.asOwner(tx -> tx.repository(ProjectRepository.class).softDelete(build.project()));
        Map<String, Long> whileDeleted = counts(database);
        Project restored = acme.asOwner(tx -> tx.repository(ProjectRepository.class).restore(deleted));

        // then
        assertThat(whileDeleted).isEqualTo(before);
        Optional<Project> found = acme.asOwner(tx -> tx.repository(ProjectRepository.class).find(build.project().id()));
        assertThat(found).contains(restored);
        assertThat(restored.deletedAt()).isEmpty();
    }

    private static Map<String, Long> counts(TestDatabase database) {
        return Stream.concat(Stream.of("projects", "comments", "attachments", "taggings", "storage_files"), Stream.of(PARTS))
                .collect(Collectors.toMap(table -> table, table -> Rows.count(database, table)));
    }

    private static String checksum() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}
