package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.pipeline.workforce.advancing.AdvancingCategory;
import dev.atlvs.pipeline.workforce.advancing.AdvancingItem;
import dev.atlvs.pipeline.workforce.advancing.AdvancingService;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Production advance items and a project with a budget plan, for tests and demos. */
public final class AdvancingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** The first day of the show of {@link #festival}. */
    public static final LocalDate SHOW_START = LocalDate.of(2026, 9, 10);

    private AdvancingFixtures() {}

    /** A builder of a pending item of {@code project}, not stored. */
    public static dev.atlvs.pipeline.workforce.advancing.ImmutableAdvancingItem.Builder itemBuilder(Project project,
            AdvancingCategory category, String title) {
        return AdvancingItem.builder().organizationId(project.organizationId()).projectId(project.id()).category(category).title(title);
    }

    /** A stored pending item of {@code project} with an estimated cost in {@code currency}. */
    public static AdvancingItem item(FixtureOrganization org, Project project, AdvancingCategory category, String title,
            String estimated, String currency) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new AdvancingService(tx).add(itemBuilder(project, category, title)
                .estimatedCost(new BigDecimal(estimated)).currency(currency).build()));
    }

    /** A stored plan line of {@code project}: {@code planned} in {@code currency} for {@code category}. */
    public static ProjectBudget planLine(FixtureOrganization org, Project project, BudgetCategory category, String planned, String currency) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).insert(ProjectBudget.builder().organizationId(org.id())
                .projectId(project.id()).category(category).description("Production plan: " + category.name().toLowerCase(java.util.Locale.ROOT))
                .plannedAmount(new BigDecimal(planned)).currency(currency).build()));
    }

    /** A stored vendor company. */
    public static Company vendor(FixtureOrganization org, String name) {
        return CompanyFixtures.vendor(org, name + " " + SEQUENCE.incrementAndGet());
    }

    /**
     * A show in EUR from {@link #SHOW_START} with plan lines for equipment (EUR 60,000) and travel (EUR 20,000).
     *
     * @param project the show
     * @param equipment its equipment plan line
     * @param travel its travel plan line
     */
    public record Festival(Project project, ProjectBudget equipment, ProjectBudget travel) {}

    /** See {@link Festival}. */
    public static Festival festival(FixtureOrganization org) {
        requireNonNull(org, "org is null");
        Project project = org.asOwner(tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(org,
                "Quayside Sessions " + SEQUENCE.incrementAndGet()).startDate(SHOW_START).endDate(SHOW_START.plusDays(2)).currency("EUR").build()));
        return new Festival(project, planLine(org, project, BudgetCategory.EQUIPMENT, "60000", "EUR"),
                planLine(org, project, BudgetCategory.TRAVEL, "20000", "EUR"));
    }
}
