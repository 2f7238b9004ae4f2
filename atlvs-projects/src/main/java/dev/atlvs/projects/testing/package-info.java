/**
 * Test data of the projects module: realistic projects, tasks, milestones, dependencies, resources,
 * phases and budgets, written through the module's services as an organization's owner. The builders
 * take any {@link dev.atlvs.core.module.FixtureOrganization}, such as the organizations that
 * {@code atlvs-testing} creates for an {@code @AtlvsTest}.
 *
 * <pre>{@code
 * OrganizationFixture acme = fixtures.organization("Acme Live");
 * ProjectFixtures.FestivalBuild build = ProjectFixtures.festivalBuild(acme);
 * }</pre>
 */
package dev.atlvs.projects.testing;
