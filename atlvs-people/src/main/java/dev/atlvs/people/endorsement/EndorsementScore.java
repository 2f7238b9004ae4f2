package dev.atlvs.people.endorsement;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * How strongly a person is endorsed, for one competency or in general: the signal candidate matching adds to its
 * score. Each endorsement counts its weight, {@value #VERIFIED_WEIGHT} when verified (endorser and endorsed shared a
 * completed project) and {@value #UNVERIFIED_WEIGHT} otherwise (an unverified peer or an external referee); the
 * {@link #score()} is the sum of the weights, and the {@link #weightedRating()} the mean of the ratings given, each
 * counted with its endorsement's weight.
 *
 * @param personId       the person endorsed
 * @param competencyId   the competency, or empty for every endorsement of the person
 * @param endorsements   how many endorsements count
 * @param verified       how many of them are verified
 * @param score          the sum of their weights
 * @param weightedRating the weighted mean of their ratings, empty when none is rated
 */
public record EndorsementScore(UUID personId, Optional<UUID> competencyId, int endorsements, int verified, double score,
        OptionalDouble weightedRating) {

    /** The weight of a verified endorsement. */
    public static final double VERIFIED_WEIGHT = 1.0;

    /** The weight of an endorsement that is not verified, including every external referee's. */
    public static final double UNVERIFIED_WEIGHT = 0.4;

    public EndorsementScore {
        requireNonNull(personId, "personId is null");
        requireNonNull(competencyId, "competencyId is null");
        requireNonNull(weightedRating, "weightedRating is null");
    }

    /** The score of {@code views}, all of them endorsements of {@code personId}. */
    public static EndorsementScore of(UUID personId, Optional<UUID> competencyId, Collection<EndorsementView> views) {
        int verified = 0;
        double score = 0;
        double ratingSum = 0;
        double ratedWeight = 0;
        for (EndorsementView view : views) {
            if (view.verified()) {
                verified++;
            }
            score += view.weight();
            if (view.endorsement().rating().isPresent()) {
                ratingSum += view.weight() * view.endorsement().rating().get();
                ratedWeight += view.weight();
            }
        }
        return new EndorsementScore(personId, competencyId, views.size(), verified, score,
                ratedWeight == 0 ? OptionalDouble.empty() : OptionalDouble.of(ratingSum / ratedWeight));
    }
}
