package dev.atlvs.pipeline.workforce.advancing;

import dev.atlvs.projects.budget.BudgetCategory;

/**
 * What an advancing item arranges. Each category rolls its costs into one budget category of the project's plan
 * ({@link #budgetCategory()}): site infrastructure into facilities; staging and rigging into construction; power, audio,
 * lighting and video into equipment; security and medical into operations; catering into catering; accommodation,
 * transport and artist travel into travel.
 */
public enum AdvancingCategory {
    SITE_INFRASTRUCTURE, POWER, STAGING, AUDIO, LIGHTING, VIDEO, RIGGING, SECURITY, MEDICAL, CATERING, ACCOMMODATION, TRANSPORT,
    ARTIST_TRAVEL;

    /** The budget category of the project's plan that this category's costs roll into. */
    public BudgetCategory budgetCategory() {
        return switch (this) {
            case SITE_INFRASTRUCTURE -> BudgetCategory.FACILITIES;
            case STAGING, RIGGING -> BudgetCategory.CONSTRUCTION;
            case POWER, AUDIO, LIGHTING, VIDEO -> BudgetCategory.EQUIPMENT;
            case SECURITY, MEDICAL -> BudgetCategory.OPERATIONS;
            case CATERING -> BudgetCategory.CATERING;
            case ACCOMMODATION, TRANSPORT, ARTIST_TRAVEL -> BudgetCategory.TRAVEL;
        };
    }
}
