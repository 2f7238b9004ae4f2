package dev.atlvs.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.matching.CandidateFacts.Endorsement;
import dev.atlvs.people.matching.CandidateFacts.Free;
import dev.atlvs.people.matching.ScoreLine.Factor;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The score of a candidate, factor by factor, worked out by hand. */
class CandidateScorerTest {
    private static final UUID RIGGING = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID HEIGHT = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final List<Requirement> RIGGER = List.of(
            new Requirement(RIGGING, "Rigging", CompetencyLevel.ADVANCED, true),
            new Requirement(HEIGHT, "Working at height", CompetencyLevel.INTERMEDIATE, false));
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 7, 17);

    private static CandidateFacts facts(String name, Map<UUID, CompetencyLevel> levels, Map<UUID, Optional<LocalDate>> certified, Free free,
            List<Endorsement> endorsements, String rate) {
        return new CandidateFacts(UUID.nameUUIDFromBytes(name.getBytes()), name, PersonStatus.ACTIVE, levels, certified, free, endorsements,
                Optional.ofNullable(rate).map(BigDecimal::new));
    }

    private static BigDecimal points(CandidateScore score, Factor factor) {
        return score.lines().stream().filter(l -> l.factor() == factor).findFirst().orElseThrow().points();
    }

    @Test
    void aCandidateMeetingEveryRequirementWithinBudgetScoresByEndorsementsAlone() {
        // three verified five-star endorsements: weight 3, 10 × (1 − e^−1) = 6.32
        CandidateFacts ana = facts("Ana Souza", Map.of(RIGGING, CompetencyLevel.EXPERT, HEIGHT, CompetencyLevel.ADVANCED),
                Map.of(RIGGING, Optional.of(LocalDate.of(2027, 3, 31))), Free.FREE,
                List.of(new Endorsement(Optional.of(RIGGING), true, 5), new Endorsement(Optional.of(RIGGING), true, 5),
                        new Endorsement(Optional.empty(), true, 5)), "420.00");

        CandidateScore score = CandidateScorer.score(ana, RIGGER, LAST_DAY, Optional.of(new BigDecimal("450.00")));

        assertThat(score.eligible()).isTrue();
        assertThat(score.gaps()).isEmpty();
        assertThat(score.lines()).extracting(ScoreLine::factor, ScoreLine::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Factor.COMPETENCIES, new BigDecimal("40.00")),
                org.assertj.core.groups.Tuple.tuple(Factor.CERTIFICATIONS, new BigDecimal("20.00")),
                org.assertj.core.groups.Tuple.tuple(Factor.AVAILABILITY, new BigDecimal("20.00")),
                org.assertj.core.groups.Tuple.tuple(Factor.ENDORSEMENTS, new BigDecimal("6.32")),
                org.assertj.core.groups.Tuple.tuple(Factor.RATE, new BigDecimal("10.00")));
        assertThat(score.score()).isEqualByComparingTo("96.32");
    }

    @Test
    void aLevelOneShortEarnsHalfTheRequirementAndIsAGap() {
        CandidateFacts ben = facts("Ben Okafor", Map.of(RIGGING, CompetencyLevel.INTERMEDIATE, HEIGHT, CompetencyLevel.INTERMEDIATE),
                Map.of(RIGGING, Optional.empty()), Free.FREE, List.of(), null);

        CandidateScore score = CandidateScorer.score(ben, RIGGER, LAST_DAY, Optional.empty());

        // (½ + 1) / 2 × 40 = 30
        assertThat(points(score, Factor.COMPETENCIES)).isEqualByComparingTo("30.00");
        assertThat(score.eligible()).isFalse();
        assertThat(score.gaps()).containsExactly("Rigging at least advanced, holds intermediate");
    }

    @Test
    void aCertificationExpiringBeforeTheLastDayIsAGapAndEarnsNothing() {
        CandidateFacts cleo = facts("Cleo Martin", Map.of(RIGGING, CompetencyLevel.ADVANCED, HEIGHT, CompetencyLevel.EXPERT),
                Map.of(RIGGING, Optional.of(LocalDate.of(2026, 7, 16))), Free.FREE, List.of(), "450");

        CandidateScore score = CandidateScorer.score(cleo, RIGGER, LAST_DAY, Optional.of(new BigDecimal("450")));

        assertThat(points(score, Factor.CERTIFICATIONS)).isEqualByComparingTo("0.00");
        assertThat(score.gaps()).containsExactly("Rigging certification valid only until 2026-07-16, before the work ends 2026-07-17");
    }

    @Test
    void unverifiedEndorsementsWeighLessThanVerifiedOnes() {
        List<Endorsement> verified = List.of(new Endorsement(Optional.of(RIGGING), true, 4));
        List<Endorsement> unverified = List.of(new Endorsement(Optional.of(RIGGING), false, 4));
        Map<UUID, CompetencyLevel> levels = Map.of(RIGGING, CompetencyLevel.ADVANCED, HEIGHT, CompetencyLevel.ADVANCED);

        BigDecimal fromVerified = points(CandidateScorer.score(facts("A", levels, Map.of(RIGGING, Optional.empty()), Free.FREE, verified, null),
                RIGGER, LAST_DAY, Optional.empty()), Factor.ENDORSEMENTS);
        BigDecimal fromUnverified = points(CandidateScorer.score(facts("B", levels, Map.of(RIGGING, Optional.empty()), Free.FREE, unverified, null),
                RIGGER, LAST_DAY, Optional.empty()), Factor.ENDORSEMENTS);

        // 10 × (1 − e^−0.8/3) = 2.34; 10 × (1 − e^−0.32/3) = 1.01
        assertThat(fromVerified).isEqualByComparingTo("2.34");
        assertThat(fromUnverified).isEqualByComparingTo("1.01");
    }

    @Test
    void aRateAQuarterAboveBudgetEarnsHalfTheRatePoints() {
        CandidateFacts dev = facts("Dev Patel", Map.of(), Map.of(), Free.HELD, List.of(), "500");

        CandidateScore score = CandidateScorer.score(dev, List.of(), LAST_DAY, Optional.of(new BigDecimal("400")));

        assertThat(points(score, Factor.RATE)).isEqualByComparingTo("5.00");
        assertThat(points(score, Factor.AVAILABILITY)).isEqualByComparingTo("10.00");
        assertThat(score.eligible()).isTrue();
    }

    @Test
    void theRankingPutsEligibleCandidatesFirstWhateverTheirScore() {
        CandidateFacts committedStar = facts("Zoe Committed", Map.of(RIGGING, CompetencyLevel.EXPERT, HEIGHT, CompetencyLevel.EXPERT),
                Map.of(RIGGING, Optional.empty()), Free.COMMITTED, List.of(new Endorsement(Optional.empty(), true, 5)), "300");
        CandidateFacts freeEnough = facts("Al Free", Map.of(RIGGING, CompetencyLevel.ADVANCED, HEIGHT, CompetencyLevel.INTERMEDIATE),
                Map.of(RIGGING, Optional.empty()), Free.FREE, List.of(), "600");

        List<CandidateScore> ranked = CandidateScorer.rank(List.of(committedStar, freeEnough), RIGGER, LAST_DAY, Optional.of(new BigDecimal("450")));

        assertThat(ranked).extracting(CandidateScore::name).containsExactly("Al Free", "Zoe Committed");
        assertThat(ranked.get(1).gaps()).containsExactly("committed elsewhere over the dates");
    }

    @PropertyTest(tries = 500)
    void everyScoreLiesBetweenZeroAndAHundredAndIsTheSumOfItsLines(Gen gen) {
        Map<UUID, CompetencyLevel> levels = new java.util.HashMap<>();
        if (gen.chance(0.8)) {
            levels.put(RIGGING, gen.oneOf(CompetencyLevel.class));
        }
        if (gen.chance(0.8)) {
            levels.put(HEIGHT, gen.oneOf(CompetencyLevel.class));
        }
        Map<UUID, Optional<LocalDate>> certified = gen.chance(0.5) ? Map.of() : Map.of(RIGGING,
                gen.chance(0.3) ? Optional.empty() : Optional.of(LAST_DAY.plusDays(gen.intBetween(-30, 30))));
        List<Endorsement> endorsements = gen.listOf(0, 12, () -> new Endorsement(gen.chance(0.5) ? Optional.of(RIGGING) : Optional.empty(),
                gen.chance(0.5), gen.intBetween(1, 5)));
        CandidateFacts facts = new CandidateFacts(UUID.randomUUID(), "Candidate", gen.oneOf(PersonStatus.class), levels, certified,
                gen.oneOf(Free.class), endorsements, gen.chance(0.2) ? Optional.empty() : Optional.of(BigDecimal.valueOf(gen.intBetween(0, 1500))));
        Optional<BigDecimal> budget = gen.chance(0.3) ? Optional.empty() : Optional.of(BigDecimal.valueOf(gen.intBetween(0, 1000)));

        CandidateScore score = CandidateScorer.score(facts, RIGGER, LAST_DAY, budget);

        assertThat(score.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(score.score()).isEqualByComparingTo(score.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(score.lines()).allSatisfy(line -> assertThat(line.points()).isBetween(BigDecimal.ZERO, line.max()));
        assertThat(score.eligible()).isEqualTo(score.gaps().isEmpty());
        if (facts.status() != PersonStatus.ACTIVE || facts.availability() == Free.COMMITTED) {
            assertThat(score.eligible()).isFalse();
        }
    }
}
