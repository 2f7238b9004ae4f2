package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which dates are working days: the working weekdays (Monday to Friday unless set) minus a set of
 * non-working dates (public holidays, show-day blackouts, a crew rest day). Immutable and thread-safe;
 * build one with {@link #builder()} or take {@link #mondayToFriday()}.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.builder()
 *         .nonWorkingDay(LocalDate.of(2026, 5, 25))                                  // a public holiday
 *         .nonWorkingDays(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 5))        // show blackout, inclusive
 *         .build();
 * calendar.addWorkingDays(LocalDate.of(2026, 5, 22), 1);                             // 2026-05-26
 * }</pre>
 *
 * <p>Counting conventions: {@link #addWorkingDays(LocalDate, int)} steps over working days only and
 * does not count its starting date; {@link #workingDaysBetween(LocalDate, LocalDate)} counts the
 * half-open range {@code [a, b)}, so for two working days {@code addWorkingDays(a, workingDaysBetween(a, b))}
 * is {@code b}. Every method runs in time proportional to the number of calendar days it walks.
 */
public final class WorkingCalendar {
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final WorkingCalendar MONDAY_TO_FRIDAY_CALENDAR = new WorkingCalendar(MONDAY_TO_FRIDAY, new TreeSet<>());

    private final Set<DayOfWeek> workingWeekdays;
    private final NavigableSet<LocalDate> nonWorkingDates;

    private WorkingCalendar(Set<DayOfWeek> workingWeekdays, NavigableSet<LocalDate> nonWorkingDates) {
        this.workingWeekdays = workingWeekdays;
        this.nonWorkingDates = Collections.unmodifiableNavigableSet(nonWorkingDates);
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday() {
        return MONDAY_TO_FRIDAY_CALENDAR;
    }

    /** A builder that starts from Monday to Friday without holidays. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this calendar. */
    public Builder toBuilder() {
        return new Builder().workingWeekdays(workingWeekdays).nonWorkingDays(nonWorkingDates);
    }

    /** The weekdays that are working days unless listed as non-working dates. */
    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    /** The dates that are not working days although they fall on a working weekday (or on any weekday), ascending. */
    public NavigableSet<LocalDate> nonWorkingDates() {
        return nonWorkingDates;
    }

    /** Whether {@code date} falls on a working weekday and is not a listed non-working date. */
    public boolean isWorkingDay(LocalDate date) {
        requireNonNull(date, "date is null");
        return workingWeekdays.contains(date.getDayOfWeek()) && !nonWorkingDates.contains(date);
    }

    /**
     * The date {@code workingDays} working days after {@code date} (before it when negative); {@code date}
     * itself is not counted and need not be a working day. For {@code workingDays == 0} the date is
     * returned unchanged. Friday plus 1 is the next Monday (Monday to Friday, no holiday); Saturday plus 1
     * is also Monday; Monday minus 1 is the previous Friday.
     */
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        requireNonNull(date, "date is null");
        int step = workingDays >= 0 ? 1 : -1;
        LocalDate current = date;
        for (int remaining = Math.abs(workingDays); remaining > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /**
     * The number of working days {@code d} with {@code from <= d < to}; when {@code to} is before
     * {@code from}, minus the number with {@code to <= d < from}. Monday to Wednesday of one week is 2;
     * Wednesday to Monday is -2; a date to itself is 0.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return addWorkingDays(date, -1);
    }

    /** {@code date} when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** {@code date} when it is a working day, otherwise the previous working day. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : previousWorkingDay(date);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar that
                && workingWeekdays.equals(that.workingWeekdays)
                && nonWorkingDates.equals(that.nonWorkingDates);
    }

    @Override
    public int hashCode() {
        return 31 * workingWeekdays.hashCode() + nonWorkingDates.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar{workingWeekdays=" + workingWeekdays + ", nonWorkingDates=" + nonWorkingDates + "}";
    }

    /**
     * Builds a {@link WorkingCalendar}. Starts from Monday to Friday without non-working dates;
     * {@link #workingWeekdays(Collection)} replaces the weekdays, the {@code nonWorking*} methods add dates.
     */
    public static final class Builder {
        private final EnumSet<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final TreeSet<LocalDate> nonWorkingDates = new TreeSet<>();

        private Builder() {}

        /** Replaces the working weekdays, for example Tuesday to Saturday for a venue crew. */
        public Builder workingWeekdays(Collection<DayOfWeek> weekdays) {
            requireNonNull(weekdays, "weekdays is null");
            workingWeekdays.clear();
            for (DayOfWeek weekday : weekdays) {
                workingWeekdays.add(requireNonNull(weekday, "weekday is null"));
            }
            return this;
        }

        /** Replaces the working weekdays. */
        public Builder workingWeekdays(DayOfWeek... weekdays) {
            return workingWeekdays(List.of(weekdays));
        }

        /** Adds one non-working date. */
        public Builder nonWorkingDay(LocalDate date) {
            nonWorkingDates.add(requireNonNull(date, "date is null"));
            return this;
        }

        /** Adds every date from {@code first} to {@code last}, both inclusive (a blackout period); nothing when {@code last} is before {@code first}. */
        public Builder nonWorkingDays(LocalDate first, LocalDate last) {
            requireNonNull(first, "first is null");
            requireNonNull(last, "last is null");
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                nonWorkingDates.add(d);
            }
            return this;
        }

        /** Adds non-working dates. */
        public Builder nonWorkingDays(Collection<LocalDate> dates) {
            requireNonNull(dates, "dates is null");
            dates.forEach(this::nonWorkingDay);
            return this;
        }

        /**
         * The calendar. Throws a {@link ValidationException} ({@link ProjectsErrorCode#CALENDAR_INVALID},
         * rule {@code NotEmpty}) when no weekday is a working day.
         */
        public WorkingCalendar build() {
            if (workingWeekdays.isEmpty()) {
                throw new ValidationException(ProjectsErrorCode.CALENDAR_INVALID, "WorkingCalendar",
                        List.of(new FieldViolation("workingWeekdays", "NotEmpty", "at least one weekday must be a working day")));
            }
            return new WorkingCalendar(Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays)), new TreeSet<>(nonWorkingDates));
        }
    }
}
