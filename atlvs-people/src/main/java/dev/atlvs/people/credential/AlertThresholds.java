package dev.atlvs.people.credential;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The days before an expiry date at which the {@link ExpiryMonitor} alerts: by default 90, 60, 30, 7 and 0 (the day
 * itself). A credential with {@code n} days left has reached the smallest threshold not below {@code n}.
 *
 * <pre>{@code
 * AlertThresholds.DEFAULT.reached(45);  // Optional[60]
 * AlertThresholds.DEFAULT.reached(91);  // Optional.empty: not yet
 * AlertThresholds.DEFAULT.reached(-1);  // Optional.empty: expired
 * }</pre>
 */
public final class AlertThresholds {

    /** 90, 60, 30 and 7 days before, and on the day. */
    public static final AlertThresholds DEFAULT = of(List.of(90, 60, 30, 7, 0));

    private final TreeSet<Integer> days;

    private AlertThresholds(TreeSet<Integer> days) {
        this.days = days;
    }

    /**
     * The thresholds {@code days} (days before expiry, 0 for the day itself; duplicates ignored).
     *
     * @throws IllegalArgumentException when there is none, or one is negative
     */
    public static AlertThresholds of(Collection<Integer> days) {
        TreeSet<Integer> sorted = new TreeSet<>(days);
        if (sorted.isEmpty() || sorted.first() < 0) {
            throw new IllegalArgumentException("thresholds are days before expiry: at least one, none negative");
        }
        return new AlertThresholds(sorted);
    }

    /** The thresholds, the farthest from expiry first. */
    public List<Integer> days() {
        return List.copyOf(days.descendingSet());
    }

    /** The largest threshold: how far ahead the monitor looks. */
    public int horizon() {
        return days.last();
    }

    /** The threshold a credential with {@code daysLeft} days left has reached; empty once expired or while beyond the horizon. */
    public Optional<Integer> reached(long daysLeft) {
        if (daysLeft < 0 || daysLeft > horizon()) {
            return Optional.empty();
        }
        return Optional.of(days.ceiling((int) daysLeft));
    }

    @Override
    public String toString() {
        return "AlertThresholds" + days();
    }
}
