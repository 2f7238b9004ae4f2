package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The revision diff: who was added, removed, or had their call, wrap or location changed, and nobody else. */
class RevisionDiffTest {

    private static final Instant CALL = Instant.parse("2026-07-10T07:00:00Z");

    private static RevisionDiff.Call call(int hourOffset, int hours, String location) {
        Instant start = CALL.plus(Duration.ofHours(hourOffset));
        return new RevisionDiff.Call(start, start.plus(Duration.ofHours(hours)), Optional.ofNullable(location));
    }

    @Test
    void identicalCallsMakeAnEmptyDiff() {
        // given
        Map<UUID, RevisionDiff.Call> calls = Map.of(UUID.randomUUID(), call(0, 10, "Gate B"));

        // when
        RevisionDiff diff = RevisionDiff.of(1, calls, 2, calls);

        // then
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.recipients()).isEmpty();
    }

    @Test
    void aLocationChangeAloneIsAChange() {
        // given
        UUID ana = UUID.randomUUID();

        // when
        RevisionDiff diff = RevisionDiff.of(1, Map.of(ana, call(0, 10, "Gate B")), 2, Map.of(ana, call(0, 10, "Gate C")));

        // then
        assertThat(diff.changeOf(ana).orElseThrow().fields()).containsExactly(RevisionDiff.Field.LOCATION);
        assertThat(diff.changesOf(RevisionDiff.Kind.CHANGED)).hasSize(1);
    }

    @Test
    void aFirstDistributionAddsEveryone() {
        // given
        CallSheetEntry entry = CallSheetEntry.builder().organizationId(UUID.randomUUID()).callSheetId(UUID.randomUUID())
                .personId(UUID.randomUUID()).callAt(CALL).wrapAt(CALL.plus(Duration.ofHours(8))).build();

        // when
        RevisionDiff diff = RevisionDiff.first(1, List.of(entry));

        // then
        assertThat(diff.fromRevision()).isZero();
        assertThat(diff.changesOf(RevisionDiff.Kind.ADDED)).extracting(RevisionDiff.PersonChange::personId)
                .containsExactly(entry.personId());
    }

    @PropertyTest(tries = 200)
    void theRecipientsAreExactlyThePeopleAddedRemovedOrWithADifferentCall(Gen gen) {
        // given: random calls before and after, some people on both, some on one side only
        List<UUID> people = gen.listOf(0, 12, () -> new UUID(gen.random().nextLong(), gen.random().nextLong()));
        Map<UUID, RevisionDiff.Call> before = new LinkedHashMap<>();
        Map<UUID, RevisionDiff.Call> after = new LinkedHashMap<>();
        for (UUID person : people) {
            RevisionDiff.Call was = call(gen.intBetween(0, 3), gen.intBetween(1, 3), gen.oneOf("Gate A", "Gate B", null));
            if (gen.chance(0.8)) {
                before.put(person, was);
            }
            if (gen.chance(0.8)) {
                after.put(person, gen.chance(0.5) ? was
                        : call(gen.intBetween(0, 3), gen.intBetween(1, 3), gen.oneOf("Gate A", "Gate B", null)));
            }
        }

        // when
        RevisionDiff diff = RevisionDiff.of(1, before, 2, after);

        // then
        Set<UUID> expected = new HashSet<>();
        for (UUID person : people) {
            if (!java.util.Objects.equals(before.get(person), after.get(person))) {
                expected.add(person);
            }
        }
        assertThat(diff.recipients()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(diff.changesOf(RevisionDiff.Kind.ADDED)).allSatisfy(c -> assertThat(before).doesNotContainKey(c.personId()));
        assertThat(diff.changesOf(RevisionDiff.Kind.REMOVED)).allSatisfy(c -> assertThat(after).doesNotContainKey(c.personId()));
        assertThat(diff.changesOf(RevisionDiff.Kind.CHANGED)).allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
        assertThat(RevisionDiff.of(2, after, 3, after).isEmpty()).isTrue();
    }
}
