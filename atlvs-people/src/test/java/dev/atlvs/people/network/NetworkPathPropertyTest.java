package dev.atlvs.people.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On random networks stored in the database, the introduction path is a real path of the network, as short as the
 * shortest path a plain breadth-first search finds, and missing exactly when that search finds none within the
 * maximum depth.
 */
@AtlvsTest
class NetworkPathPropertyTest {

    /** An edge of the generated network: person {@code a} is {@code type} of person {@code b} (indexes into the people). */
    record Edge(int a, int b, RelationshipType type) {}

    @PropertyTest(tries = 25)
    void theIntroductionPathIsAShortestPathWithinTheMaximumDepth(Gen gen, Fixtures fixtures) {
        // given: 2 to 14 people and a random set of connections between distinct pairs, one type per pair
        int size = gen.intBetween(2, 14);
        int wanted = gen.intBetween(0, size * 2);
        Map<Set<Integer>, Edge> byPair = new HashMap<>();
        for (int i = 0; i < wanted; i++) {
            int a = gen.intBetween(0, size - 1);
            int b = gen.intBetween(0, size - 1);
            if (a != b) {
                byPair.putIfAbsent(Set.of(a, b), new Edge(a, b, gen.oneOf(RelationshipType.class)));
            }
        }
        List<Edge> edges = new ArrayList<>(byPair.values());
        OrganizationFixture org = fixtures.organization();
        List<Person> people = org.asOwner(tx -> {
            List<Person> added = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                added.add(new PersonService(tx).add(Person.builder().organizationId(org.id()).firstName("Crew").lastName("Member " + i).build()));
            }
            NetworkService network = new NetworkService(tx);
            for (Edge edge : edges) {
                network.connect(added.get(edge.a()).id(), added.get(edge.b()).id(), edge.type(), gen.intBetween(1, 5), Optional.empty());
            }
            return added;
        });
        Map<Integer, Set<Integer>> adjacent = new HashMap<>();
        for (Edge edge : edges) {
            adjacent.computeIfAbsent(edge.a(), k -> new HashSet<>()).add(edge.b());
            adjacent.computeIfAbsent(edge.b(), k -> new HashSet<>()).add(edge.a());
        }

        for (int query = 0; query < 5; query++) {
            int from = gen.intBetween(0, size - 1);
            int to = gen.intBetween(0, size - 1);
            int maxDepth = gen.intBetween(0, 7);

            // when
            Optional<IntroductionPath> path = org.asOwner(tx -> new NetworkService(tx).path(people.get(from).id(), people.get(to).id(),
                    maxDepth, 10_000));

            // then
            int shortest = shortest(adjacent, from, to);
            if (shortest > maxDepth) {
                assertThat(path).as("from %d to %d within %d over %s", from, to, maxDepth, edges).isEmpty();
                continue;
            }
            assertThat(path).as("from %d to %d within %d over %s", from, to, maxDepth, edges).isPresent();
            IntroductionPath found = path.orElseThrow();
            assertThat(found.degrees()).isEqualTo(shortest);
            List<Integer> indexes = found.personIds().stream().map(id -> indexOf(people, id)).toList();
            assertThat(indexes.get(0)).isEqualTo(from);
            assertThat(indexes.get(indexes.size() - 1)).isEqualTo(to);
            for (int hop = 0; hop < found.hops().size(); hop++) {
                int a = indexes.get(hop);
                int b = indexes.get(hop + 1);
                Edge edge = byPair.get(Set.of(a, b));
                assertThat(edge).as("people %d and %d are connected", a, b).isNotNull();
                assertThat(found.hops().get(hop)).isEqualTo(new IntroductionPath.Hop(people.get(a).id(), people.get(b).id(),
                        edge.a() == a ? edge.type() : edge.type().inverse()));
            }
            assertThat(found.people()).extracting(IntroductionPath.PathPerson::name)
                    .allSatisfy(name -> assertThat(name).startsWith("Crew Member "));
        }
    }

    /** The length of the shortest path by plain breadth-first search, or {@code Integer.MAX_VALUE} when there is none. */
    private static int shortest(Map<Integer, Set<Integer>> adjacent, int from, int to) {
        Map<Integer, Integer> distance = new HashMap<>(Map.of(from, 0));
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (at == to) {
                return distance.get(at);
            }
            for (int next : adjacent.getOrDefault(at, Set.of())) {
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int indexOf(List<Person> people, java.util.UUID id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("the path holds a person outside the network");
    }
}
