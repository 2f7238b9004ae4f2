package dev.atlvs.people.shortlist;

import static java.util.Objects.requireNonNull;

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
 * The funnel of one shortlist, from its members' current statuses. For each stage of
 * {@link ShortlistMemberStatus#FUNNEL}, {@link Stage#current()} counts the members in it now and {@link Stage#reached()}
 * those in it or in a later stage. Members who left the funnel (rejected, declined) are counted apart: the stage they
 * left at is not stored, so they count as having reached the candidate stage only. A conversion is the share of the
 * members who reached a stage that reached the next one, as a fraction with four decimals, and empty when nobody
 * reached the first.
 *
 * @param shortlistId the shortlist
 * @param stages      the five funnel stages, in order
 * @param conversions the four conversions between consecutive stages, in order
 * @param rejected    members rejected
 * @param declined    members who declined
 * @param selected    members selected
 * @param target      the shortlist's target count, when it has one
 */
public record ShortlistFunnel(UUID shortlistId, List<Stage> stages, List<Conversion> conversions, long rejected, long declined,
        long selected, Optional<Integer> target) {

    /**
     * One stage of the funnel.
     *
     * @param status  the stage
     * @param current members in the stage now
     * @param reached members in the stage or a later one (every member for the candidate stage)
     */
    public record Stage(ShortlistMemberStatus status, long current, long reached) {}

    /**
     * The conversion from one stage to the next.
     *
     * @param from the earlier stage
     * @param to   the next stage
     * @param rate the share of the members who reached {@code from} that reached {@code to}, empty when none reached {@code from}
     */
    public record Conversion(ShortlistMemberStatus from, ShortlistMemberStatus to, Optional<BigDecimal> rate) {}

    public ShortlistFunnel {
        requireNonNull(shortlistId, "shortlistId is null");
        stages = List.copyOf(stages);
        conversions = List.copyOf(conversions);
        requireNonNull(target, "target is null");
    }

    /** The funnel of the shortlist {@code shortlist} with {@code members}. */
    public static ShortlistFunnel of(Shortlist shortlist, Collection<ShortlistMember> members) {
        Map<ShortlistMemberStatus, Long> counts = new EnumMap<>(ShortlistMemberStatus.class);
        for (ShortlistMemberStatus status : ShortlistMemberStatus.values()) {
            counts.put(status, 0L);
        }
        members.forEach(member -> counts.merge(member.status(), 1L, Long::sum));
        List<ShortlistMemberStatus> funnel = ShortlistMemberStatus.FUNNEL;
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < funnel.size(); i++) {
            long reached = 0;
            for (int j = i; j < funnel.size(); j++) {
                reached += counts.get(funnel.get(j));
            }
            if (i == 0) {
                reached += counts.get(ShortlistMemberStatus.REJECTED) + counts.get(ShortlistMemberStatus.DECLINED);
            }
            stages.add(new Stage(funnel.get(i), counts.get(funnel.get(i)), reached));
        }
        List<Conversion> conversions = new ArrayList<>();
        for (int i = 0; i + 1 < stages.size(); i++) {
            Stage from = stages.get(i);
            Stage to = stages.get(i + 1);
            conversions.add(new Conversion(from.status(), to.status(), from.reached() == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(to.reached()).divide(BigDecimal.valueOf(from.reached()), 4, RoundingMode.HALF_UP))));
        }
        return new ShortlistFunnel(shortlist.id(), stages, conversions, counts.get(ShortlistMemberStatus.REJECTED),
                counts.get(ShortlistMemberStatus.DECLINED), counts.get(ShortlistMemberStatus.SELECTED), shortlist.targetCount());
    }

    /** The places still open: the target less the members selected, empty without a target. */
    public Optional<Long> openPlaces() {
        return target.map(t -> Math.max(0, t - selected));
    }
}
