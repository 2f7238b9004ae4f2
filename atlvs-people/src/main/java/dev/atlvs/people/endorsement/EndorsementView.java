package dev.atlvs.people.endorsement;

import static java.util.Objects.requireNonNull;

/**
 * An endorsement as users see it: the stored row and whether it is verified, that is given by a person of the
 * directory who was on the team of a completed project with the person endorsed.
 *
 * @param endorsement the stored endorsement
 * @param verified    whether endorser and endorsed shared a completed project
 */
public record EndorsementView(Endorsement endorsement, boolean verified) {
    public EndorsementView {
        requireNonNull(endorsement, "endorsement is null");
    }

    /** The weight the endorsement carries in an {@link EndorsementScore}. */
    public double weight() {
        return verified ? EndorsementScore.VERIFIED_WEIGHT : EndorsementScore.UNVERIFIED_WEIGHT;
    }
}
