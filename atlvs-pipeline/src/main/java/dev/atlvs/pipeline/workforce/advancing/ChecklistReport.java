package dev.atlvs.pipeline.workforce.advancing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The production advance of a project on a day, by category (only the categories with live items, in category order):
 * counts by status, overdue items, and estimated against actual cost with the variance, all in {@link #currency()}
 * (the project's currency, else the organization's base currency; other currencies converted through the finance
 * module's exchange rates at each item's due date, else the report's day).
 *
 * @param projectId the project
 * @param asOf the day the report is read on
 * @param currency the currency of every amount
 * @param categories one report per category with live items
 */
public record ChecklistReport(UUID projectId, LocalDate asOf, String currency, List<CategoryReport> categories) {

    public ChecklistReport {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(currency, "currency is null");
        categories = List.copyOf(categories);
    }

    /** The report of one category, when it has live items. */
    public Optional<CategoryReport> category(AdvancingCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst();
    }

    /** The estimated costs of every category. */
    public BigDecimal estimated() {
        return categories.stream().map(CategoryReport::estimated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The actual costs of every category. */
    public BigDecimal actual() {
        return categories.stream().map(CategoryReport::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The variance of every category. */
    public BigDecimal variance() {
        return categories.stream().map(CategoryReport::variance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The number of overdue items of every category. */
    public int overdue() {
        return categories.stream().mapToInt(c -> c.overdue().size()).sum();
    }
}
