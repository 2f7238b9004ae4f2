package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The Bayesian average of ratings: the sample mean pulled toward a prior mean as if {@code priorWeight} ratings of
 * the prior had been given too, so that one review does not dominate a vendor's score. It is
 * {@code (priorMean × priorWeight + Σ ratings) / (priorWeight + n)}, which lies between the prior mean and the sample
 * mean, and tends to the sample mean as ratings accumulate. The one function for every vendor rating aggregate
 * (company scorecards, marketplace reviews).
 *
 * <pre>{@code
 * BigDecimal score = BayesianAverage.of(new BigDecimal("3.5"), 5, List.of(5, 5)); // 3.93, not 5
 * }</pre>
 */
public final class BayesianAverage {

    /** The scale of the results. */
    public static final int SCALE = 4;

    private BayesianAverage() {}

    /**
     * The Bayesian average of {@code ratings}, rounded half-up to {@link #SCALE} places; the prior mean when there are none.
     *
     * @param priorMean the mean assumed before any rating (such as the organization-wide average, or 3 on a 1-5 scale)
     * @param priorWeight how many ratings the prior counts as, zero or more
     * @param ratings the ratings
     * @throws IllegalArgumentException when {@code priorWeight} is negative, or zero without ratings
     */
    public static BigDecimal of(BigDecimal priorMean, int priorWeight, Collection<? extends Number> ratings) {
        requireNonNull(priorMean, "priorMean is null");
        requireNonNull(ratings, "ratings is null");
        BigDecimal sum = BigDecimal.ZERO;
        for (Number rating : ratings) {
            sum = sum.add(new BigDecimal(requireNonNull(rating, "a rating is null").toString()));
        }
        return of(priorMean, priorWeight, sum, ratings.size());
    }

    /**
     * The Bayesian average of {@code count} ratings adding up to {@code sum}.
     *
     * @throws IllegalArgumentException when {@code priorWeight} or {@code count} is negative, or both are zero
     */
    public static BigDecimal of(BigDecimal priorMean, int priorWeight, BigDecimal sum, long count) {
        requireNonNull(priorMean, "priorMean is null");
        requireNonNull(sum, "sum is null");
        if (priorWeight < 0 || count < 0) {
            throw new IllegalArgumentException("the prior weight and the count are zero or more");
        }
        if (priorWeight == 0 && count == 0) {
            throw new IllegalArgumentException("an average needs a prior weight or at least one rating");
        }
        BigDecimal weighted = priorMean.multiply(BigDecimal.valueOf(priorWeight)).add(sum);
        return weighted.divide(BigDecimal.valueOf(priorWeight + count), SCALE, RoundingMode.HALF_UP);
    }
}
