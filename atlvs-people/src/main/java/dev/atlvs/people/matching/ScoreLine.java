package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One part of a candidate's score, with why: "Rigging: advanced, at least intermediate required — 40.00 of 40".
 *
 * @param factor what is scored
 * @param points the points earned, 0 to {@code max}
 * @param max    the points the factor is worth
 * @param reason the explanation, in words
 */
public record ScoreLine(Factor factor, BigDecimal points, BigDecimal max, String reason) {
    public ScoreLine {
        requireNonNull(factor, "factor is null");
        requireNonNull(points, "points is null");
        requireNonNull(max, "max is null");
        requireNonNull(reason, "reason is null");
    }

    /** The factors of a candidate's score and what each is worth. */
    public enum Factor {
        /** The required competencies at their minimum levels: 40 points. */
        COMPETENCIES(40),
        /** The required certifications valid through the end of the work: 20 points. */
        CERTIFICATIONS(20),
        /** Free over the window: 20 points, 10 when only tentatively held. */
        AVAILABILITY(20),
        /** Endorsements for the role's competencies, verified ones weighing more: 10 points. */
        ENDORSEMENTS(10),
        /** The day rate against the budget: 10 points. */
        RATE(10);

        private final int max;

        Factor(int max) {
            this.max = max;
        }

        /** The points the factor is worth. */
        public int max() {
            return max;
        }
    }
}
