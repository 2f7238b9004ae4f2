package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Bayesian average of vendor ratings. */
class BayesianAverageTest {

    @Test
    void oneFiveStarReviewDoesNotMakeAFiveStarVendor() {
        assertThat(BayesianAverage.of(new BigDecimal("3"), 3, List.of(5))).isEqualByComparingTo("3.5");
    }

    @Test
    void withoutRatingsTheAverageIsThePrior() {
        assertThat(BayesianAverage.of(new BigDecimal("3.2"), 5, List.of())).isEqualByComparingTo("3.2");
    }

    @Test
    void withoutAPriorTheAverageIsTheSampleMean() {
        assertThat(BayesianAverage.of(BigDecimal.ZERO, 0, List.of(5, 4, 3, 4))).isEqualByComparingTo("4");
    }

    @Test
    void noPriorAndNoRatingsHaveNoAverage() {
        assertThatThrownBy(() -> BayesianAverage.of(new BigDecimal("3"), 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BayesianAverage.of(new BigDecimal("3"), -1, List.of(4))).isInstanceOf(IllegalArgumentException.class);
    }

    @PropertyTest
    void theBayesianAverageLiesBetweenThePriorAndTheSampleMean(Gen gen) {
        BigDecimal prior = gen.decimalBetween(BigDecimal.ONE, new BigDecimal("5"), 2);
        int weight = gen.intBetween(0, 20);
        List<Integer> ratings = gen.listOf(1, 30, () -> gen.intBetween(1, 5));

        BigDecimal average = BayesianAverage.of(prior, weight, ratings);

        BigDecimal mean = BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(ratings.size()), BayesianAverage.SCALE, RoundingMode.HALF_UP);
        BigDecimal low = prior.min(mean).subtract(new BigDecimal("0.0001"));
        BigDecimal high = prior.max(mean).add(new BigDecimal("0.0001"));
        assertThat(average).as("prior %s × %s, ratings %s", prior, weight, ratings).isBetween(low, high);
    }

    @PropertyTest
    void moreRatingsPullTheAverageCloserToTheirMean(Gen gen) {
        BigDecimal prior = new BigDecimal("3");
        int weight = gen.intBetween(1, 10);
        int stars = gen.intBetween(1, 5);
        int few = gen.intBetween(1, 5);
        int many = few + gen.intBetween(1, 20);

        BigDecimal distanceFew = BayesianAverage.of(prior, weight, java.util.Collections.nCopies(few, stars)).subtract(BigDecimal.valueOf(stars)).abs();
        BigDecimal distanceMany = BayesianAverage.of(prior, weight, java.util.Collections.nCopies(many, stars)).subtract(BigDecimal.valueOf(stars)).abs();

        assertThat(distanceMany).isLessThanOrEqualTo(distanceFew);
    }
}
