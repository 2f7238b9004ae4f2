package dev.atlvs.projects.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The budget figures another module keeps on a project go through {@link ProjectBudgetService}. */
@AtlvsTest
class ProjectBudgetServiceTest {

    @Test
    void theCurrentLineOfACategoryIsFoundAndAnAbsentOneIsEmpty(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        Project project = ProjectFixtures.project(acme);
        ProjectBudget equipment = ProjectFixtures.equipmentBudget(acme, project);

        Optional<ProjectBudget> found = acme.asOwner(tx -> new ProjectBudgetService(tx).currentLine(project.id(), BudgetCategory.EQUIPMENT));
        Optional<ProjectBudget> absent = acme.asOwner(tx -> new ProjectBudgetService(tx).currentLine(project.id(), BudgetCategory.CATERING));

        assertThat(found).contains(equipment);
        assertThat(absent).isEmpty();
    }

    @Test
    void recordingSpendStoresCommittedAndActualAmounts(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        ProjectBudget equipment = ProjectFixtures.equipmentBudget(acme, ProjectFixtures.project(acme));

        ProjectBudget recorded = acme.asOwner(tx -> new ProjectBudgetService(tx)
                .recordSpend(equipment, new BigDecimal("12000.0000"), new BigDecimal("3500.5000")));

        assertThat(recorded.committedAmount()).isEqualByComparingTo("12000");
        assertThat(recorded.actualAmount()).isEqualByComparingTo("3500.50");
        assertThat(recorded.version()).isEqualTo(equipment.version() + 1);
    }

    @Test
    void recordingUnchangedSpendWritesNothing(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        ProjectBudget equipment = ProjectFixtures.equipmentBudget(acme, ProjectFixtures.project(acme));

        ProjectBudget unchanged = acme.asOwner(tx -> new ProjectBudgetService(tx)
                .recordSpend(equipment, equipment.committedAmount(), equipment.actualAmount()));

        long storedVersion = acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).get(equipment.id()).version());
        assertThat(unchanged).isSameAs(equipment);
        assertThat(storedVersion).isEqualTo(equipment.version());
    }

    @Test
    void recordingSpendOnAStaleLineIsRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        ProjectBudget equipment = ProjectFixtures.equipmentBudget(acme, ProjectFixtures.project(acme));
        acme.asOwner(tx -> new ProjectBudgetService(tx).recordSpend(equipment, new BigDecimal("100.0000"), BigDecimal.ZERO));

        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectBudgetService(tx)
                .recordSpend(equipment, new BigDecimal("200.0000"), BigDecimal.ZERO)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theBudgetTotalIsRecordedOnTheProjectAndCanBeCleared(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        Project project = ProjectFixtures.project(acme);

        acme.asOwner(tx -> {
            new ProjectBudgetService(tx).recordBudgetTotal(project.id(), new BigDecimal("125000.0000"));
            return null;
        });
        Optional<BigDecimal> recorded = acme.asOwner(tx -> new ProjectService(tx).get(project.id()).budgetAmount());
        acme.asOwner(tx -> {
            new ProjectBudgetService(tx).recordBudgetTotal(project.id(), null);
            return null;
        });
        Optional<BigDecimal> cleared = acme.asOwner(tx -> new ProjectService(tx).get(project.id()).budgetAmount());

        assertThat(recorded).hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("125000"));
        assertThat(cleared).isEmpty();
    }
}
