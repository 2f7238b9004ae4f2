package dev.atlvs.pipeline.workforce.manning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.pipeline.testing.ManningFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The crew plan of a random plan under any sequence of assignments, confirmations, declines and cancellations. */
@AtlvsTest
class CrewPlanPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 7);
    private static final List<String> ROLES = List.of("Rigger", "Stagehand", "Electrician");

    /** An assignment as the model sees it. */
    private record Placed(UUID id, UUID slotId, LocalDate day, UUID personId, BigDecimal rate, boolean confirmed) {}

    @PropertyTest(tries = 8)
    void theFillRateIsFilledOverRequiredAndTheCommittedCostTheSumOfLiveAgreedRates(Gen gen, Fixtures fixtures) {
        // given: one to three days, one to three roles a day, one to four places each, at random rates
        OrganizationFixture acme = fixtures.organization("Crew Plan " + gen.seed());
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        List<ManningSlot> slots = new ArrayList<>();
        int days = gen.intBetween(1, 3);
        for (int d = 0; d < days; d++) {
            for (String role : ROLES.subList(0, gen.intBetween(1, ROLES.size()))) {
                String rate = gen.decimalBetween(new BigDecimal("100"), new BigDecimal("500"), 2).toPlainString();
                slots.add(ManningFixtures.slot(acme, project, role, FIRST_DAY.plusDays(d), gen.intBetween(1, 4), rate));
            }
        }
        List<UUID> crew = new ArrayList<>();
        for (int p = 0; p < gen.intBetween(2, 6); p++) {
            crew.add(ManningFixtures.crewMember(acme, "Crew" + p, "Member", "Stagehand").id());
        }
        List<Placed> live = new ArrayList<>();

        // when: assignments (refused exactly when the slot is full or the person is on a shift that day), and moves
        int steps = gen.intBetween(5, 16);
        for (int step = 0; step < steps; step++) {
            int choice = gen.intBetween(0, 9);
            if (choice < 6 || live.isEmpty()) {
                ManningSlot slot = slots.get(gen.intBetween(0, slots.size() - 1));
                UUID person = crew.get(gen.intBetween(0, crew.size() - 1));
                BigDecimal agreed = gen.chance(0.3) ? gen.decimalBetween(new BigDecimal("100"), new BigDecimal("600"), 2) : null;
                boolean full = live.stream().filter(a -> a.slotId().equals(slot.id())).count() >= slot.requiredCount();
                boolean busy = live.stream().anyMatch(a -> a.personId().equals(person) && a.day().equals(slot.neededOn()));
                try {
                    ManningAssignment assigned = acme.asOwner(tx -> new ManningService(tx).assign(ManningAssignment.builder()
                            .organizationId(acme.id()).slotId(slot.id()).projectId(project.id()).personId(person)
                            .dayRate(java.util.Optional.ofNullable(agreed)).build()));
                    assertThat(full || busy).as("an assignment the model refuses was taken").isFalse();
                    live.add(new Placed(assigned.id(), slot.id(), slot.neededOn(), person, agreed == null ? slot.dayRate() : agreed, false));
                } catch (AtlvsException refused) {
                    assertThat(full || busy).as("an assignment the model takes was refused: %s", refused).isTrue();
                }
            } else {
                Placed placed = live.get(gen.intBetween(0, live.size() - 1));
                int move = gen.intBetween(0, 2);
                if (move == 0 && !placed.confirmed()) {
                    acme.asOwner(tx -> new ManningService(tx).confirm(placed.id()));
                    live.set(live.indexOf(placed), new Placed(placed.id(), placed.slotId(), placed.day(), placed.personId(), placed.rate(), true));
                } else if (move == 1 && !placed.confirmed()) {
                    acme.asOwner(tx -> new ManningService(tx).decline(placed.id()));
                    live.remove(placed);
                } else {
                    acme.asOwner(tx -> new ManningService(tx).cancel(placed.id()));
                    live.remove(placed);
                }
            }
        }

        // then
        CrewPlan plan = acme.asOwner(tx -> new ManningService(tx).crewPlan(project.id()));
        int required = slots.stream().mapToInt(ManningSlot::requiredCount).sum();
        assertThat(plan.requiredCount()).isEqualTo(required);
        assertThat(plan.filledCount()).isEqualTo(live.size());
        assertThat(plan.fillRatePct()).isEqualByComparingTo(BigDecimal.valueOf(live.size() * 100L)
                .divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP));
        Map<UUID, Integer> filledBySlot = new HashMap<>();
        live.forEach(a -> filledBySlot.merge(a.slotId(), 1, Integer::sum));
        for (ManningSlot slot : acme.<List<ManningSlot>>asOwner(tx -> new ManningService(tx).slots(project.id()))) {
            assertThat(slot.filledCount()).isEqualTo(filledBySlot.getOrDefault(slot.id(), 0)).isLessThanOrEqualTo(slot.requiredCount());
            CrewPlan.Fill fill = plan.fill(slot.neededOn(), slot.roleName()).orElseThrow();
            assertThat(fill.required()).isEqualTo(slot.requiredCount());
            assertThat(fill.filled()).isEqualTo(slot.filledCount());
        }
        BigDecimal committed = live.stream().map(Placed::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(plan.committed().getOrDefault("EUR", BigDecimal.ZERO)).isEqualByComparingTo(committed);
        BigDecimal planned = slots.stream().map(s -> s.dayRate().multiply(BigDecimal.valueOf(s.requiredCount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(plan.planned().get("EUR")).isEqualByComparingTo(planned);
    }
}
