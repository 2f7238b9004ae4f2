package dev.atlvs.pipeline.sales.deal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.projects.budget.BudgetCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed budget a won deal's new project gets: one <em>draft</em> cost budget of the project, of
 * {@link #category()}, over the show's dates, whose amount is {@link #share()} of the deal's value in the deal's currency
 * (the expected cost of delivering what was sold), with one planned line per {@link Line} of the template, each its
 * percentage of that amount (the last line takes the rounding remainder, so the lines add up to the budget). The budget
 * stays a draft: finance reviews and activates it. A deal without a value gets no seed budget.
 *
 * <p>{@link #DEFAULT}: 60 % of the deal's value as an operations budget, in lines crew and labour 35 %, production
 * equipment 30 %, logistics and travel 20 %, contingency 15 %.
 *
 * @param share    the budget's share of the deal's value, between 0 (exclusive) and 1 (inclusive)
 * @param category the budget's category
 * @param lines    the template of its lines, their percentages adding up to 100
 */
public record SeedBudget(BigDecimal share, BudgetCategory category, List<Line> lines) {

    /** 60 % of the value: crew 35 %, equipment 30 %, logistics 20 %, contingency 15 %. */
    public static final SeedBudget DEFAULT = new SeedBudget(new BigDecimal("0.60"), BudgetCategory.OPERATIONS, List.of(
            new Line("Crew and labour", BudgetCategory.PERSONNEL, new BigDecimal("35")),
            new Line("Production equipment", BudgetCategory.EQUIPMENT, new BigDecimal("30")),
            new Line("Logistics and travel", BudgetCategory.TRAVEL, new BigDecimal("20")),
            new Line("Contingency", BudgetCategory.OTHER, new BigDecimal("15"))));

    /**
     * A line of the template.
     *
     * @param description the line's description
     * @param category    the line's category
     * @param percent     its share of the budget, in percent
     */
    public record Line(String description, BudgetCategory category, BigDecimal percent) {
        public Line {
            requireNonNull(description, "description is null");
            requireNonNull(category, "category is null");
            requireNonNull(percent, "percent is null");
        }
    }

    public SeedBudget {
        requireNonNull(share, "share is null");
        requireNonNull(category, "category is null");
        lines = List.copyOf(lines);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share is between 0 (exclusive) and 1");
        }
        if (!lines.isEmpty() && lines.stream().map(Line::percent).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal("100")) != 0) {
            throw new IllegalArgumentException("the lines' percentages add up to 100");
        }
    }

    /** The same template with another share of the deal's value. */
    public SeedBudget withShare(BigDecimal share) {
        return new SeedBudget(share, category, lines);
    }

    /** The budget's amount for a deal worth {@code value}: the share, rounded to {@code scale} decimals (the currency's minor unit). */
    public BigDecimal amount(BigDecimal value, int scale) {
        return value.multiply(share).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * The planned amounts of the lines for a budget of {@code amount}, in the template's order, each rounded to
     * {@code scale} decimals; they add up to it.
     */
    public List<BigDecimal> split(BigDecimal amount, int scale) {
        List<BigDecimal> split = new ArrayList<>();
        BigDecimal left = amount;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal part = i == lines.size() - 1 ? left
                    : amount.multiply(lines.get(i).percent()).divide(new BigDecimal("100"), scale, RoundingMode.HALF_UP);
            split.add(part);
            left = left.subtract(part);
        }
        return List.copyOf(split);
    }
}
