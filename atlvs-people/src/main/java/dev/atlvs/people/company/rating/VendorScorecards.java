package dev.atlvs.people.company.rating;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.company.BayesianAverage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Vendor scorecards from company ratings: each category's ratings averaged with {@link BayesianAverage} (so that one
 * review does not dominate), the categories weighted by {@link ScorecardWeights}, and the would-hire-again share.
 *
 * <pre>{@code
 * Scorecard card = new VendorScorecards(tx).of(vendor.id(), ScorecardWeights.DEFAULT);
 * card.score(); // Optional[4.1250]
 * }</pre>
 */
public final class VendorScorecards {
    private final TenantTransaction tx;

    public VendorScorecards(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The scorecard of a company from its stored ratings. */
    public Scorecard of(UUID companyId, ScorecardWeights weights) {
        requireNonNull(companyId, "companyId is null");
        return compute(companyId, tx.repository(CompanyRatingRepository.class).ofCompany(companyId), weights);
    }

    /** The scorecard of {@code ratings}, computed without the database. */
    public static Scorecard compute(UUID companyId, Collection<CompanyRating> ratings, ScorecardWeights weights) {
        requireNonNull(companyId, "companyId is null");
        requireNonNull(ratings, "ratings is null");
        requireNonNull(weights, "weights is null");
        Map<RatingCategory, List<Integer>> byCategory = new EnumMap<>(RatingCategory.class);
        int answered = 0;
        int yes = 0;
        for (CompanyRating rating : ratings) {
            byCategory.computeIfAbsent(rating.category(), category -> new ArrayList<>()).add(rating.rating());
            if (rating.wouldHireAgain().isPresent()) {
                answered++;
                yes += rating.wouldHireAgain().get() ? 1 : 0;
            }
        }
        Map<RatingCategory, Scorecard.CategoryScore> scores = new EnumMap<>(RatingCategory.class);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Map.Entry<RatingCategory, List<Integer>> entry : byCategory.entrySet()) {
            List<Integer> values = entry.getValue();
            BigDecimal mean = BayesianAverage.of(BigDecimal.ZERO, 0, values);
            BigDecimal bayesian = BayesianAverage.of(weights.priorMean(), weights.priorWeight(), values);
            scores.put(entry.getKey(), new Scorecard.CategoryScore(values.size(), mean, bayesian));
            BigDecimal weight = weights.weight(entry.getKey());
            weighted = weighted.add(bayesian.multiply(weight));
            totalWeight = totalWeight.add(weight);
        }
        Optional<BigDecimal> score = totalWeight.signum() == 0 ? Optional.empty()
                : Optional.of(weighted.divide(totalWeight, BayesianAverage.SCALE, RoundingMode.HALF_UP));
        Optional<BigDecimal> hireAgain = answered == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(yes * 100L).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP));
        return new Scorecard(companyId, score, scores, ratings.size(), hireAgain);
    }
}
