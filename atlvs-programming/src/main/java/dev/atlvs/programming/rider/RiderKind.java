package dev.atlvs.programming.rider;

import dev.atlvs.projects.budget.BudgetCategory;

/**
 * What a rider asks for. Each kind rolls its approved costs into one budget category of the project
 * ({@link #budgetCategory()}): hospitality and catering into the catering (hospitality) line, technical and stage plot
 * into the equipment (production) line, transportation and accommodation into travel, security into operations, other
 * into other.
 */
public enum RiderKind {
    TECHNICAL, HOSPITALITY, STAGE_PLOT, CATERING, TRANSPORTATION, ACCOMMODATION, SECURITY, OTHER;

    /** The budget category the approved costs of a rider of this kind roll into. */
    public BudgetCategory budgetCategory() {
        return switch (this) {
            case HOSPITALITY, CATERING -> BudgetCategory.CATERING;
            case TECHNICAL, STAGE_PLOT -> BudgetCategory.EQUIPMENT;
            case TRANSPORTATION, ACCOMMODATION -> BudgetCategory.TRAVEL;
            case SECURITY -> BudgetCategory.OPERATIONS;
            case OTHER -> BudgetCategory.OTHER;
        };
    }
}
