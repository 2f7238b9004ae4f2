package dev.atlvs.people.company.rating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A vendor's scorecard: per category the count, the plain mean and the Bayesian average of its ratings; the score
 * (the weighted mean of the categories' Bayesian averages, over the rated categories with a weight), the number of
 * ratings and the share of reviewers who would hire the vendor again.
 *
 * @param companyId the company
 * @param score the weighted Bayesian score, 1-5; empty without weighted ratings
 * @param categories the scores of the rated categories
 * @param ratingCount the number of ratings
 * @param wouldHireAgainPercent the percentage of the ratings answering "would hire again" that say yes; empty when none answers
 */
public record Scorecard(UUID companyId, Optional<BigDecimal> score, Map<RatingCategory, CategoryScore> categories, int ratingCount,
        Optional<BigDecimal> wouldHireAgainPercent) {

    public Scorecard {
        requireNonNull(companyId, "companyId is null");
        requireNonNull(score, "score is null");
        categories = Map.copyOf(requireNonNull(categories, "categories is null"));
        requireNonNull(wouldHireAgainPercent, "wouldHireAgainPercent is null");
    }

    /**
     * The score of one category.
     *
     * @param count the number of ratings
     * @param mean their plain mean
     * @param bayesian their Bayesian average ({@link dev.atlvs.people.company.BayesianAverage})
     */
    public record CategoryScore(int count, BigDecimal mean, BigDecimal bayesian) {
        public CategoryScore {
            requireNonNull(mean, "mean is null");
            requireNonNull(bayesian, "bayesian is null");
        }
    }
}
