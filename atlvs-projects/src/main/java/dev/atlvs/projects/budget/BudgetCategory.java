package dev.atlvs.projects.budget;

/** The cost category of a project budget line. */
public enum BudgetCategory {
    EQUIPMENT, CONSTRUCTION, CATERING, TRAVEL, MARKETING, OPERATIONS, PERSONNEL, FACILITIES, TECHNOLOGY, OTHER
}
