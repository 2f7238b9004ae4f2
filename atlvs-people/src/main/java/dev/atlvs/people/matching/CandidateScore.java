package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A candidate's rank for a role and dates: the score out of 100 with one explained line per factor, and whether the
 * candidate is eligible at all (active, every required competency at its level with its certification, free), with the
 * reasons when not.
 *
 * @param personId  the candidate
 * @param name      the candidate's name
 * @param score     the total, 0 to 100
 * @param eligible  whether the candidate meets every hard requirement
 * @param lines     the score, factor by factor
 * @param gaps      why the candidate is not eligible; empty when eligible
 */
public record CandidateScore(UUID personId, String name, BigDecimal score, boolean eligible, List<ScoreLine> lines, List<String> gaps) {
    public CandidateScore {
        requireNonNull(personId, "personId is null");
        requireNonNull(name, "name is null");
        requireNonNull(score, "score is null");
        lines = List.copyOf(lines);
        gaps = List.copyOf(gaps);
    }
}
