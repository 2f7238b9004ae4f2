package dev.atlvs.people.company.rating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a vendor scorecard weighs the categories and how strongly it pulls few ratings toward the prior.
 *
 * @param weights the weight of each category (a category without a weight counts zero), zero or more
 * @param priorMean the mean assumed before any rating, 1 to 5
 * @param priorWeight how many ratings the prior counts as, zero or more
 */
public record ScorecardWeights(Map<RatingCategory, BigDecimal> weights, BigDecimal priorMean, int priorWeight) {

    /**
     * The defaults: quality and overall count 2, timeliness and safety 1.5, communication and value 1, other 0.5; a prior
     * of 3 (the middle of the scale) worth 3 ratings.
     */
    public static final ScorecardWeights DEFAULT = new ScorecardWeights(Map.of(
            RatingCategory.OVERALL, new BigDecimal("2"), RatingCategory.QUALITY, new BigDecimal("2"),
            RatingCategory.TIMELINESS, new BigDecimal("1.5"), RatingCategory.SAFETY, new BigDecimal("1.5"),
            RatingCategory.COMMUNICATION, BigDecimal.ONE, RatingCategory.VALUE, BigDecimal.ONE,
            RatingCategory.OTHER, new BigDecimal("0.5")), new BigDecimal("3"), 3);

    public ScorecardWeights {
        requireNonNull(weights, "weights is null");
        requireNonNull(priorMean, "priorMean is null");
        weights = Map.copyOf(weights);
        if (weights.values().stream().anyMatch(weight -> weight.signum() < 0)) {
            throw new IllegalArgumentException("weights are zero or more");
        }
        if (priorMean.compareTo(BigDecimal.ONE) < 0 || priorMean.compareTo(new BigDecimal("5")) > 0) {
            throw new IllegalArgumentException("the prior mean is 1 to 5");
        }
        if (priorWeight < 0) {
            throw new IllegalArgumentException("the prior weight is zero or more");
        }
    }

    /** The weight of {@code category}: zero when none is given. */
    public BigDecimal weight(RatingCategory category) {
        return weights.getOrDefault(category, BigDecimal.ZERO);
    }
}
