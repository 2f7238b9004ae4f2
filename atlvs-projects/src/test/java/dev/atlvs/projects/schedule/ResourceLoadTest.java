package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.id;
import static dev.atlvs.projects.schedule.ScheduleFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceLoadTest {
    private static final UUID RIGGER = id("rigger");
    private static final UUID FORKLIFT = id("forklift");
    private static final UUID FESTIVAL = id("festival");
    private static final UUID TOUR = id("tour");

    private static Allocation allocation(UUID resource, UUID project, int firstDay, int lastDay, String percent) {
        return Allocation.of(resource, project, june(firstDay), june(lastDay), new BigDecimal(percent));
    }

    @Test
    void twoSixtyPercentAllocationsOverlappingThreeDaysOverAllocateThoseDays() {
        Allocation festival = allocation(RIGGER, FESTIVAL, 1, 5, "60");
        Allocation tour = allocation(RIGGER, TOUR, 3, 10, "60");

        List<Overallocation> found = ResourceLoad.of(List.of(festival, tour)).overallocations();

        assertThat(found).containsExactly(
                overallocation(RIGGER, 3, "120", festival, tour),
                overallocation(RIGGER, 4, "120", festival, tour),
                overallocation(RIGGER, 5, "120", festival, tour));
    }

    @Test
    void twoHalfTimeAllocationsFillButDoNotOverAllocate() {
        List<Allocation> allocations = List.of(allocation(RIGGER, FESTIVAL, 1, 5, "50"), allocation(RIGGER, TOUR, 1, 5, "50.00"));

        assertThat(ResourceLoad.of(allocations).overallocations()).isEmpty();
        assertThat(ResourceLoad.of(allocations).loadOn(RIGGER, june(3))).isEqualByComparingTo("100");
    }

    @Test
    void allocationsOfDifferentResourcesDoNotAddUp() {
        List<Allocation> allocations = List.of(allocation(RIGGER, FESTIVAL, 1, 5, "60"), allocation(FORKLIFT, FESTIVAL, 1, 5, "60"));

        assertThat(ResourceLoad.of(allocations).overallocations()).isEmpty();
    }

    @Test
    void onlyTheAllocationsCoveringADayAreListedForIt() {
        // 40 % all week, 40 % Mon - Wed, 40 % Wed - Fri: only Wednesday reaches 120 %.
        Allocation week = allocation(RIGGER, FESTIVAL, 1, 5, "40");
        Allocation early = allocation(RIGGER, TOUR, 1, 3, "40");
        Allocation late = allocation(RIGGER, TOUR, 3, 5, "40");

        assertThat(ResourceLoad.of(List.of(week, early, late)).overallocations())
                .containsExactly(overallocation(RIGGER, 3, "120", week, early, late));
    }

    @Test
    void weekendDaysCountBecauseEventsWorkThem() {
        Allocation show = allocation(RIGGER, FESTIVAL, 6, 7, "100");
        Allocation load = allocation(RIGGER, TOUR, 7, 7, "10");

        assertThat(ResourceLoad.of(List.of(show, load)).overallocations()).containsExactly(overallocation(RIGGER, 7, "110", show, load));
    }

    @Test
    void aDateRangeLimitsTheDaysChecked() {
        Allocation festival = allocation(RIGGER, FESTIVAL, 1, 5, "60");
        Allocation tour = allocation(RIGGER, TOUR, 3, 10, "60");

        assertThat(ResourceLoad.of(List.of(festival, tour)).overallocations(june(4), june(30)))
                .extracting(Overallocation::date)
                .containsExactly(june(4), june(5));
    }

    @Test
    void overAllocatedDaysAreGroupedByResourceInTheOrderTheyFirstAppear() {
        List<Allocation> allocations = List.of(
                allocation(FORKLIFT, FESTIVAL, 2, 2, "100"), allocation(RIGGER, FESTIVAL, 1, 1, "100"),
                allocation(FORKLIFT, TOUR, 1, 2, "100"), allocation(RIGGER, TOUR, 1, 1, "100"));

        assertThat(ResourceLoad.of(allocations).overallocations())
                .extracting(Overallocation::resourceId, Overallocation::date)
                .containsExactly(
                        tuple(FORKLIFT, june(2)),
                        tuple(RIGGER, june(1)));
    }

    @Test
    void theLoadOfADayListsItsAllocations() {
        Allocation festival = allocation(RIGGER, FESTIVAL, 1, 5, "60");
        Allocation tour = allocation(RIGGER, TOUR, 3, 10, "60");
        ResourceLoad load = ResourceLoad.of(List.of(festival, tour));

        assertThat(load.allocationsOn(RIGGER, june(2))).containsExactly(festival);
        assertThat(load.loadOn(RIGGER, june(4))).isEqualByComparingTo("120");
        assertThat(load.loadOn(FORKLIFT, june(4))).isEqualByComparingTo("0");
    }

    @Test
    void anAllocationEndingBeforeItStartsAndAboveFullTimeIsRejectedWithBothProblems() {
        assertThatThrownBy(() -> allocation(RIGGER, FESTIVAL, 5, 4, "120"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.ALLOCATION_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                            tuple("lastDay", "NotBeforeFirstDay"),
                            tuple("percent", "DecimalMax"));
                });
    }

    @Test
    void aNegativePercentageIsRejected() {
        assertThatThrownBy(() -> allocation(RIGGER, FESTIVAL, 1, 1, "-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("DecimalMin"));
    }

    private static Overallocation overallocation(UUID resource, int day, String total, Allocation... allocations) {
        return Overallocation.builder()
                .resourceId(resource)
                .date(june(day))
                .totalPercent(new BigDecimal(total))
                .allocations(List.of(allocations))
                .build();
    }
}
