package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.matching.ScoreLine.Factor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores and ranks candidates for a role over dates, from their {@link CandidateFacts}; pure arithmetic, no database.
 *
 * <ul>
 *   <li><b>Competencies (40)</b>: each requirement counts equally: met (at least the minimum level) 1, one level short
 *       ½, further short or missing 0. A requirement not met is a gap.</li>
 *   <li><b>Certifications (20)</b>: the share of the requirements needing a certification whose certification is valid
 *       through the last day of the work; all of them when none does. A missing or expiring one is a gap.</li>
 *   <li><b>Availability (20)</b>: free 20, only tentatively held 10, committed 0 (a gap).</li>
 *   <li><b>Endorsements (10)</b>: each endorsement of one of the role's competencies (or a general one) weighs its
 *       rating / 5, times 1 when verified (the endorser worked a completed project with the person) and 0.4 when not;
 *       the points are 10 × (1 − e<sup>−weight/3</sup>), so that three verified five-star endorsements give 6.3 and the
 *       tenth adds little.</li>
 *   <li><b>Rate (10)</b>: without a budget, or within it, 10; above it, 10 less 20 per whole budget above (so 25% over
 *       gives 5, 50% over 0); an unknown rate 5.</li>
 * </ul>
 * A candidate who is not active is never eligible. The ranking puts eligible candidates first, then by score, then by
 * name.
 */
public final class CandidateScorer {
    private static final BigDecimal UNVERIFIED_WEIGHT = new BigDecimal("0.4");

    private CandidateScorer() {}

    /** The score of one candidate against the requirements, for work through {@code lastDay}, within {@code budget}. */
    public static CandidateScore score(CandidateFacts facts, List<Requirement> requirements, LocalDate lastDay, Optional<BigDecimal> budget) {
        requireNonNull(facts, "facts is null");
        requireNonNull(requirements, "requirements is null");
        requireNonNull(lastDay, "lastDay is null");
        requireNonNull(budget, "budget is null");
        List<ScoreLine> lines = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        if (!facts.status().assignable()) {
            gaps.add("the person is " + facts.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        lines.add(competencies(facts, requirements, gaps));
        lines.add(certifications(facts, requirements, lastDay, gaps));
        lines.add(availability(facts, gaps));
        lines.add(endorsements(facts, requirements));
        lines.add(rate(facts, budget));
        BigDecimal total = lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new CandidateScore(facts.personId(), facts.name(), total, gaps.isEmpty(), lines, gaps);
    }

    /** The candidates scored and ranked: eligible first, then by score, then by name. */
    public static List<CandidateScore> rank(List<CandidateFacts> candidates, List<Requirement> requirements, LocalDate lastDay,
            Optional<BigDecimal> budget) {
        return candidates.stream().map(c -> score(c, requirements, lastDay, budget))
                .sorted(Comparator.comparing(CandidateScore::eligible).reversed()
                        .thenComparing(CandidateScore::score, Comparator.reverseOrder())
                        .thenComparing(CandidateScore::name))
                .toList();
    }

    private static ScoreLine competencies(CandidateFacts facts, List<Requirement> requirements, List<String> gaps) {
        if (requirements.isEmpty()) {
            return line(Factor.COMPETENCIES, BigDecimal.ONE, "the role requires no competency");
        }
        BigDecimal earned = BigDecimal.ZERO;
        List<String> reasons = new ArrayList<>();
        for (Requirement requirement : requirements) {
            CompetencyLevel level = facts.levels().get(requirement.competencyId());
            String wanted = requirement.name() + " at least " + word(requirement.minLevel());
            if (level != null && level.atLeast(requirement.minLevel())) {
                earned = earned.add(BigDecimal.ONE);
                reasons.add(requirement.name() + ": " + word(level));
            } else if (level != null && level.ordinal() == requirement.minLevel().ordinal() - 1) {
                earned = earned.add(new BigDecimal("0.5"));
                reasons.add(requirement.name() + ": " + word(level) + ", one level short");
                gaps.add(wanted + ", holds " + word(level));
            } else {
                reasons.add(requirement.name() + ": " + (level == null ? "not held" : word(level)));
                gaps.add(wanted + (level == null ? ", not held" : ", holds " + word(level)));
            }
        }
        return line(Factor.COMPETENCIES, earned.divide(BigDecimal.valueOf(requirements.size()), 6, RoundingMode.HALF_UP),
                String.join("; ", reasons));
    }

    private static ScoreLine certifications(CandidateFacts facts, List<Requirement> requirements, LocalDate lastDay, List<String> gaps) {
        List<Requirement> certified = requirements.stream().filter(Requirement::certificationRequired).toList();
        if (certified.isEmpty()) {
            return line(Factor.CERTIFICATIONS, BigDecimal.ONE, "no certification required");
        }
        int valid = 0;
        List<String> reasons = new ArrayList<>();
        for (Requirement requirement : certified) {
            Optional<LocalDate> until = facts.certifiedUntil().get(requirement.competencyId());
            if (until == null) {
                reasons.add(requirement.name() + ": no valid certification");
                gaps.add(requirement.name() + " certification missing");
            } else if (until.isPresent() && until.get().isBefore(lastDay)) {
                reasons.add(requirement.name() + ": certified only until " + until.get());
                gaps.add(requirement.name() + " certification valid only until " + until.get() + ", before the work ends " + lastDay);
            } else {
                valid++;
                reasons.add(requirement.name() + ": certified" + until.map(d -> " until " + d).orElse(""));
            }
        }
        return line(Factor.CERTIFICATIONS, BigDecimal.valueOf(valid).divide(BigDecimal.valueOf(certified.size()), 6, RoundingMode.HALF_UP),
                String.join("; ", reasons));
    }

    private static ScoreLine availability(CandidateFacts facts, List<String> gaps) {
        return switch (facts.availability()) {
            case FREE -> line(Factor.AVAILABILITY, BigDecimal.ONE, "free over the dates");
            case HELD -> line(Factor.AVAILABILITY, new BigDecimal("0.5"), "free, with a tentative hold over the dates");
            case COMMITTED -> {
                gaps.add("committed elsewhere over the dates");
                yield line(Factor.AVAILABILITY, BigDecimal.ZERO, "committed elsewhere over the dates");
            }
        };
    }

    private static ScoreLine endorsements(CandidateFacts facts, List<Requirement> requirements) {
        BigDecimal weight = BigDecimal.ZERO;
        int verified = 0;
        int counted = 0;
        for (CandidateFacts.Endorsement endorsement : facts.endorsements()) {
            boolean relevant = endorsement.competencyId().map(id -> requirements.stream().anyMatch(r -> r.competencyId().equals(id))).orElse(true);
            if (!relevant) {
                continue;
            }
            counted++;
            verified += endorsement.verified() ? 1 : 0;
            BigDecimal stars = BigDecimal.valueOf(endorsement.rating()).divide(BigDecimal.valueOf(5), 6, RoundingMode.HALF_UP);
            weight = weight.add(endorsement.verified() ? stars : stars.multiply(UNVERIFIED_WEIGHT));
        }
        double share = 1 - Math.exp(-weight.doubleValue() / 3);
        return line(Factor.ENDORSEMENTS, BigDecimal.valueOf(share), counted == 0 ? "no endorsement for these competencies"
                : counted + " endorsement" + (counted == 1 ? "" : "s") + ", " + verified + " verified");
    }

    private static ScoreLine rate(CandidateFacts facts, Optional<BigDecimal> budget) {
        if (budget.isEmpty()) {
            return line(Factor.RATE, BigDecimal.ONE, "no budget given");
        }
        if (facts.dayRate().isEmpty()) {
            return line(Factor.RATE, new BigDecimal("0.5"), "day rate unknown");
        }
        BigDecimal rate = facts.dayRate().get();
        BigDecimal limit = budget.get();
        if (rate.compareTo(limit) <= 0) {
            return line(Factor.RATE, BigDecimal.ONE, "day rate " + plain(rate) + " within the budget of " + plain(limit));
        }
        BigDecimal over = limit.signum() == 0 ? BigDecimal.ONE : rate.subtract(limit).divide(limit, 6, RoundingMode.HALF_UP);
        BigDecimal share = BigDecimal.ONE.subtract(over.multiply(BigDecimal.valueOf(2))).max(BigDecimal.ZERO);
        return line(Factor.RATE, share, "day rate " + plain(rate) + " above the budget of " + plain(limit));
    }

    private static ScoreLine line(Factor factor, BigDecimal share, String reason) {
        BigDecimal max = BigDecimal.valueOf(factor.max()).setScale(2, RoundingMode.UNNECESSARY);
        return new ScoreLine(factor, max.multiply(share).setScale(2, RoundingMode.HALF_UP), max, reason);
    }

    private static String word(CompetencyLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
